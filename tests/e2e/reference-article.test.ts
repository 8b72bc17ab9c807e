import type { Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import type { IngestService } from "../../src/ingest/ingest-service.js";
import { readArticles } from "../../src/input/read-articles.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";
import { trackStoredArticles, type StoredArticles } from "../support/track-stored-articles.js";

// The spine end to end: the reference article goes in through the project's own read → extract →
// write path and comes back out through GraphQL over HTTP. The article gets an id of its own, so
// the test neither sees nor disturbs what other files store.
const config = testConfig();
const database = config.neo4j.database;
const articleId = `e2e-${randomUUID()}`;
let driver: Driver;
let api: ApiServer;
let ingest: IngestService;
let stored: StoredArticles;

beforeAll(async () => {
  ({ driver, api, ingest } = await openTestApi(config));
  stored = await trackStoredArticles(driver, database);
});

afterAll(async () => {
  await api?.stop();
  // Statements and events other articles also report stay, without what this one gave them.
  await stored?.remove([articleId]);
  await driver?.close();
});

describe("the reference article, from file to GraphQL", () => {
  it("is absent before ingestion and answers with its facts after", async () => {
    expect((await queryArticle()).articles).toEqual([]);

    const summary = await ingest.ingest(referenceArticleWithId(articleId));
    expect(summary.failures).toEqual([]);
    expect(summary.articles.new).toBe(1);

    const [article] = (await queryArticle()).articles;
    expect(article).toMatchObject({
      title: "Казахстан готов вновь предоставить площадку для переговоров между Азербайджаном и Арменией – Токаев",
      language: "ru",
      publishedAt: "2024-07-06",
    });
    const mentioned = article.mentions.map((entity: { name: string }) => entity.name);
    expect(mentioned).toEqual(expect.arrayContaining(["Kazakhstan", "Azerbaijan", "Armenia", "Kassym-Jomart Tokayev"]));
    expect(article.reports.map((event: { type: string }) => event.type)).toContain("SUMMIT");
    expect(article.statements).toContainEqual({
      quote: expect.stringMatching(/^Наша сила в единстве\./),
      speaker: [{ name: "Kassym-Jomart Tokayev" }],
    });
  });
});

async function* referenceArticleWithId(id: string) {
  for await (const item of readArticles(["seed/articles/seed-ru-001.json"], { maxArticleBytes: 1_000_000 })) {
    yield { ...item, article: item.article && { ...item.article, id } };
  }
}

async function queryArticle() {
  const query = /* GraphQL */ `
    query ($id: ID!) {
      articles(where: { id: { eq: $id } }) {
        title
        language
        publishedAt
        mentions {
          name
        }
        reports {
          type
          title
        }
        statements {
          quote
          speaker {
            name
          }
        }
      }
    }
  `;
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables: { id: articleId } }),
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}
