import type { Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/auth/mint-token.js";
import type { ApiServer } from "../../src/api/create-server.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";

const secret = "ingest-write-timeout-test-secret-of-enough-length";
// QUERY_TIMEOUT_MS as shipped (10 s): the blocked write waits that long, and a real write fits in it.
const config = testConfig({ JWT_SECRET: secret });
const prefix = `t${randomUUID().slice(0, 8)}`;
const articleId = `${prefix}:article:slow`;
const text =
  "Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev in Baku on Friday. " +
  '"We agreed on a new transport corridor," Tokayev said.';
const warmUp = {
  id: `${prefix}:article:warm-up`,
  text: "Kazakh President Kassym-Jomart Tokayev visited Tashkent on Monday.",
};

const mutation = /* GraphQL */ `
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) {
      articleId
      status
    }
  }
`;

let driver: Driver;
let api: ApiServer;

beforeAll(async () => {
  ({ driver, api } = await openTestApi(config));
});

afterAll(async () => {
  await driver?.executeQuery(
    `MATCH (a:Article) WHERE a.id STARTS WITH $prefix
     OPTIONAL MATCH (a)-[:REPORTS]->(ev:Event) WHERE NOT EXISTS { (ev)<-[:REPORTS]-(other:Article) WHERE NOT other.id STARTS WITH $prefix }
     OPTIONAL MATCH (a)-[:CONTAINS]->(s:Statement) WHERE NOT EXISTS { (s)<-[:CONTAINS]-(other:Article) WHERE NOT other.id STARTS WITH $prefix }
     DETACH DELETE a, ev, s`,
    { prefix },
  );
  await api?.stop();
  await driver?.close();
});

async function ingest(article: { id: string; text: string }) {
  const token = await mintToken({ secret, roles: ["writer"], subject: "ingest-write-timeout-test", expiresIn: "5m" });
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: mutation,
      variables: { input: { ...article, language: "en", publishedAt: "2024-05-11" } },
    }),
  });
  return (await response.json()) as {
    data?: { ingestArticle: { articleId: string; status: string } } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

/** Every node and relationship of the database: this file's tests run alone on it. */
async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships",
  );
  return { nodes: records[0]!.get("nodes"), relationships: records[0]!.get("relationships") };
}

describe("an ingest mutation's write bounded by QUERY_TIMEOUT_MS", () => {
  it("fails with QUERY_TIMEOUT and stores nothing when its transaction cannot finish in time, and succeeds once it can", async () => {
    // The first ingest also stores the gazetteer's reference data: done before anything is counted.
    expect((await ingest(warmUp)).data?.ingestArticle.status).toBe("NEW");
    const before = await graphSize();
    // Another writer holds the article's lock, so the mutation's transaction waits past its timeout.
    const session = driver.session();
    const blocker = session.beginTransaction();
    try {
      await blocker.run("MERGE (a:Article {id: $articleId}) SET a._LOCK_ = true", { articleId });
      const body = await ingest({ id: articleId, text });
      expect(body.data?.ingestArticle ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(body.errors?.[0]?.message).toContain("nothing of it was stored");
    } finally {
      await blocker.rollback();
      await session.close();
    }
    expect(await graphSize()).toEqual(before);
    const again = await ingest({ id: articleId, text });
    expect(again.errors).toBeUndefined();
    expect(again.data?.ingestArticle).toEqual({ articleId, status: "NEW" });
    expect((await graphSize()).nodes).toBeGreaterThan(before.nodes);
  });
});
