import type { Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/auth/mint-token.js";
import type { ApiServer } from "../../src/api/create-server.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";
import { storedArticleIds, trackStoredArticles, type StoredArticles } from "../support/track-stored-articles.js";

const secret = "ingest-mutation-test-secret-of-enough-length";
const config = testConfig({ JWT_SECRET: secret });
const prefix = `t${randomUUID().slice(0, 8)}`;
const articleId = `${prefix}:article:mutation`;
const batchIds = [`${prefix}:article:batch-1`, `${prefix}:article:batch-2`];
const text =
  "Президент Казахстана Касым-Жомарт Токаев в субботу выступил на неформальном саммите Организации тюркских государств в Шуше. " +
  "«Наша сила в единстве», – заявил Токаев.";

const mutation = /* GraphQL */ `
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      articleId
      status
      entityIds
      eventIds
      events {
        created
        merged
      }
    }
  }
`;

let driver: Driver;
let api: ApiServer;
let stored: StoredArticles;

beforeAll(async () => {
  ({ driver, api } = await openTestApi(config));
  stored = await trackStoredArticles(driver, config.neo4j.database);
});

afterAll(async () => {
  // Every article this file stored carries its prefix.
  if (stored) await stored.remove(await storedArticleIds(driver, config.neo4j.database, prefix));
  await api?.stop();
  await driver?.close();
});

async function post<T>(token: string | null, query: string, variables: Record<string, unknown>) {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

const ingest = (token: string | null) =>
  post<{ ingestArticle: Record<string, unknown> }>(token, mutation, {
    input: { id: articleId, language: "ru", publishedAt: "2024-07-06", text },
  });

const batchMutation = /* GraphQL */ `
  mutation IngestBatch($inputs: [ArticleInput!]!) {
    ingestArticles(inputs: $inputs) {
      results {
        articleId
        status
      }
      failures {
        index
      }
      new
      unchanged
      statements {
        created
        merged
      }
    }
  }
`;

const ingestBatch = (token: string) =>
  post<{ ingestArticles: Record<string, unknown> }>(token, batchMutation, {
    inputs: [
      {
        id: batchIds[0],
        language: "en",
        publishedAt: "2024-05-11",
        text: "Kazakh President Kassym-Jomart Tokayev visited Baku on Friday.",
      },
      {
        id: batchIds[1],
        language: "ru",
        publishedAt: "2024-07-06",
        text: "Президент Казахстана Касым-Жомарт Токаев в пятницу посетил Баку. «Мы открыты для сотрудничества со всеми соседями», – заявил Токаев.",
      },
    ],
  });

const token = (roles: string[]) => mintToken({ secret, roles, subject: "ingest-mutation-test", expiresIn: "5m" });

async function storedArticles(): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (a:Article {id: $articleId}) RETURN count(a) AS n", {
    articleId,
  });
  return records[0]!.get("n");
}

describe("the ingestArticle mutation over HTTP", () => {
  it("answers UNAUTHENTICATED without a token and writes nothing", async () => {
    const body = await ingest(null);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await storedArticles()).toBe(0);
  });

  it("answers FORBIDDEN to a reader's token and writes nothing", async () => {
    const body = await ingest(await token(["reader"]));
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await storedArticles()).toBe(0);
  });

  it("ingests the article for a writer's token, and finds it unchanged the second time", async () => {
    const writer = await token(["writer"]);
    const first = await ingest(writer);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle).toMatchObject({
      articleId,
      status: "NEW",
      entityIds: expect.arrayContaining(["Q232"]),
    });
    expect((first.data?.ingestArticle.eventIds as string[]).length).toBeGreaterThan(0);
    expect(await storedArticles()).toBe(1);
    const second = await ingest(writer);
    expect(second.data?.ingestArticle).toMatchObject({
      articleId,
      status: "UNCHANGED",
      eventIds: first.data?.ingestArticle.eventIds,
    });
  });
});

describe("the ingestArticles mutation over HTTP", () => {
  it("answers per article in input order with the batch's counts, and finds both unchanged the second time", async () => {
    const writer = await token(["writer"]);
    const first = await ingestBatch(writer);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticles).toMatchObject({
      results: [
        { articleId: batchIds[0], status: "NEW" },
        { articleId: batchIds[1], status: "NEW" },
      ],
      failures: [],
      new: 2,
      unchanged: 0,
      statements: { created: 1, merged: 0 },
    });
    const second = await ingestBatch(writer);
    expect(second.data?.ingestArticles).toMatchObject({ new: 0, unchanged: 2, statements: { created: 0, merged: 0 } });
  });
});

/** Every node and relationship of the database: this file's tests run alone on it, one after another. */
async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships",
  );
  return { nodes: records[0]!.get("nodes"), relationships: records[0]!.get("relationships") };
}

describe("an ingest mutation's write, bounded by QUERY_TIMEOUT_MS", () => {
  const slowId = `${prefix}:article:slow`;
  const ingestEnglish = async (id: string, english: string) =>
    post<{ ingestArticle: Record<string, unknown> }>(await token(["writer"]), mutation, {
      input: { id, language: "en", publishedAt: "2024-05-11", text: english },
    });

  it("fails with QUERY_TIMEOUT and stores nothing when its transaction cannot finish in time, and succeeds once it can", async () => {
    // The first ingest of the server also stores the gazetteer's reference data: done before anything is counted.
    const warmUp = await ingestEnglish(
      `${prefix}:article:warm-up`,
      "Kazakh President Kassym-Jomart Tokayev visited Tashkent on Monday.",
    );
    expect(warmUp.errors).toBeUndefined();
    const before = await graphSize();
    const slowText =
      "Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev in Baku on Friday. " +
      '"We agreed on a new transport corridor," Tokayev said.';
    // Another writer holds the article's lock, so the mutation's transaction waits past QUERY_TIMEOUT_MS (10 s here).
    const session = driver.session();
    const blocker = session.beginTransaction();
    try {
      await blocker.run("MERGE (a:Article {id: $slowId}) SET a._LOCK_ = true", { slowId });
      const body = await ingestEnglish(slowId, slowText);
      expect(body.data?.ingestArticle ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(body.errors?.[0]?.message).toContain("nothing of it was stored");
    } finally {
      await blocker.rollback();
      await session.close();
    }
    expect(await graphSize()).toEqual(before);
    const again = await ingestEnglish(slowId, slowText);
    expect(again.errors).toBeUndefined();
    expect(again.data?.ingestArticle).toMatchObject({ articleId: slowId, status: "NEW" });
    expect((await graphSize()).nodes).toBeGreaterThan(before.nodes);
  });
});
