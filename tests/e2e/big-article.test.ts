import type { Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/auth/mint-token.js";
import type { ApiServer } from "../../src/api/create-server.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";
import { trackStoredArticles, type StoredArticles } from "../support/track-stored-articles.js";

const secret = "big-article-test-secret-of-enough-length";
const config = testConfig({ JWT_SECRET: secret });
const articleId = `t${randomUUID().slice(0, 8)}:article:big`;
// About 400 KB of plain prose naming nothing: extraction reads all of it, the graph gets one article.
const paragraph = "The river ran slowly past the old mill, and the morning was calm and grey over the fields.\n";
const text = paragraph.repeat(Math.ceil(400_000 / paragraph.length));

let driver: Driver;
let api: ApiServer;
let stored: StoredArticles;

beforeAll(async () => {
  ({ driver, api } = await openTestApi(config));
  stored = await trackStoredArticles(driver, config.neo4j.database);
});

afterAll(async () => {
  await stored?.remove([articleId]);
  await api?.stop();
  await driver?.close();
});

describe("a big article through ingestArticle", () => {
  it("is extracted off the event loop: /health and queries answer while it is being ingested", async () => {
    const token = await mintToken({ secret, roles: ["writer"], subject: "big-article-test", expiresIn: "5m" });
    let ingested = false;
    const ingest = fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: "mutation ($a: ArticleInput!) { ingestArticle(input: $a) { articleId status } }",
        variables: { a: { id: articleId, language: "en", publishedAt: "2024-07-06", text } },
      }),
    }).then(async (response) => {
      ingested = true;
      return response.json();
    });
    // Let the request arrive and its extraction start.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await fetch(api.url.replace(/\/graphql$/, "/health"));
    expect(health.status).toBe(200);
    const query = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await query.json()).toEqual({ data: { __typename: "Query" } });
    expect(ingested, "the big article was already done: this test proves nothing; make it bigger").toBe(false);
    expect(await ingest).toEqual({ data: { ingestArticle: { articleId, status: "NEW" } } });
  });
});
