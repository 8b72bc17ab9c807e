import { getIntrospectionQuery } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { writeArticles } from "../../src/graph/write-article-facts.js";
import { removeApiFixture, writeApiFixture, type ApiFixture } from "../support/api-fixture.js";
import { buildArticle } from "../support/ingest-fixtures.js";
import { openTestServices, startTestApi } from "../support/open-test-api.js";
import { postGraphQL } from "../support/post-graphql.js";
import { testConfig } from "../support/test-config.js";

const strict = testConfig({
  MAX_QUERY_DEPTH: "4",
  MAX_QUERY_COMPLEXITY: "300",
  MAX_PAGE_SIZE: "10",
  INTROSPECTION: "false",
});
const open = testConfig({ MAX_QUERY_DEPTH: "4" });
const impatient = testConfig({ QUERY_TIMEOUT_MS: "200", MAX_QUERY_COMPLEXITY: "1000000000000" });
const database = strict.neo4j.database;
let driver: Driver;
let strictApi: ApiServer;
let openApi: ApiServer;
let impatientApi: ApiServer;
let f: ApiFixture;

beforeAll(async () => {
  const services = await openTestServices(strict);
  driver = services.driver;
  f = await writeApiFixture(driver, database, `limits${Date.now()}`);
  strictApi = await startTestApi(strict, services);
  openApi = await startTestApi(open, services);
  impatientApi = await startTestApi(impatient, services);
});

afterAll(async () => {
  await strictApi?.stop();
  await openApi?.stop();
  await impatientApi?.stop();
  if (f) await removeApiFixture(driver, f.prefix);
  await driver?.close();
});

const refusal = async (api: ApiServer, query: string, variables?: Record<string, unknown>) => {
  const reply = await postGraphQL(api.url, query, variables);
  expect(reply.body.data ?? null).toBeNull();
  return { status: reply.status, error: reply.body.errors![0]! };
};

describe("query limits", () => {
  it("refuses a query nested deeper than MAX_QUERY_DEPTH with QUERY_TOO_DEEP", async () => {
    const { status, error } = await refusal(
      strictApi,
      `{ ...Deep }
       fragment Deep on Query { articles { mentions { ... on Person { ...Said } } } }
       fragment Said on Person { statements { madeAt { title } } }`,
    );
    expect(status).toBe(400);
    expect(error.extensions?.code).toBe("QUERY_TOO_DEEP");
    const deep = await refusal(
      strictApi,
      `{ articles { mentionsConnection { edges { node { mentionedIn { id } } } } } }`,
    );
    expect(deep.error.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", depth: 6, maximum: 4 });
    expect(deep.error.message).toContain("MAX_QUERY_DEPTH");
  });

  it("refuses a page over MAX_PAGE_SIZE, given inline or as a variable, on generated and custom fields", async () => {
    const generated = await refusal(strictApi, `{ articles(limit: 11) { id } }`);
    expect(generated.status).toBe(400);
    expect(generated.error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "limit", maximum: 10 });
    expect(generated.error.message).toContain("MAX_PAGE_SIZE");
    const connection = await refusal(strictApi, `query ($n: Int) { articlesConnection(first: $n) { totalCount } }`, {
      n: 50,
    });
    expect(connection.error.extensions?.code).toBe("BAD_USER_INPUT");
    const custom = await refusal(strictApi, `query ($id: ID!) { timeline(entity: $id, limit: 11) { id } }`, {
      id: f.tokayev,
    });
    expect(custom.error.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a query whose estimated cost exceeds MAX_QUERY_COMPLEXITY with QUERY_TOO_COMPLEX", async () => {
    const { status, error } = await refusal(
      strictApi,
      `query ($id: ID!) { timeline(entity: $id, limit: 10) {
         id title date { value from to } place { id name }
         participants { role entity { id name type } }
         sources { evidence article { id title url publishedAt } }
         statements { quote speaker { id name } article { id title } }
       } }`,
      { id: f.tokayev },
    );
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maximum: 300 });
    expect(error.message).toContain("MAX_QUERY_COMPLEXITY");
  });

  it("answers a query inside every limit", async () => {
    const reply = await postGraphQL(strictApi.url, `query ($id: ID!) { timeline(entity: $id, limit: 10) { id } }`, {
      id: f.tokayev,
    });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.timeline).toHaveLength(2);
  });
});

describe("introspection", () => {
  it("serves the IDE's full introspection query by default, whatever the depth limit", async () => {
    const reply = await postGraphQL(openApi.url, getIntrospectionQuery());
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.__schema.queryType.name).toBe("Query");
  });

  it("refuses introspection when INTROSPECTION=false", async () => {
    const { error } = await refusal(strictApi, `{ __schema { queryType { name } } }`);
    expect(error.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(/introspection/i);
  });
});

describe("query timeout", () => {
  it("stops a read running longer than QUERY_TIMEOUT_MS with QUERY_TIMEOUT", async () => {
    // Ten events sharing the same hundred participants: walking participants → events →
    // participants → events → participants multiplies to 10^7 rows, seconds of work.
    const hub = `${f.prefix}:hub`;
    const people = Array.from({ length: 100 }, (_, j) => `${hub}:person:${j + 1}`);
    const { record, facts } = buildArticle({
      id: `${hub}:article`,
      language: "en",
      publishedAt: "2024-07-06",
      text: "Ten meetings of the same hundred people.",
      entities: people.map((id, j) => ({
        id,
        type: "PERSON" as const,
        name: `Person ${j + 1}`,
        surface: `Person ${j + 1}`,
      })),
      events: Array.from({ length: 10 }, (_, i) => ({
        id: `${hub}:event:${i + 1}`,
        type: "MEETING" as const,
        title: `Hub meeting ${i + 1}`,
        participants: people.map((id) => [id, "PARTICIPANT"] as [string, "PARTICIPANT"]),
      })),
    });
    await writeArticles(driver, { database, articles: [{ article: record, facts }] });
    const { error } = await refusal(
      impatientApi,
      `query ($id: ID!) { events(where: { id: { eq: $id } }) { participants(limit: 100) { participatesIn(limit: 100) {
         participants(limit: 100) { participatesIn(limit: 100) { participants(limit: 100) { id } } } } } } }`,
      { id: `${hub}:event:1` },
    );
    expect(error.extensions?.code).toBe("QUERY_TIMEOUT");
    expect(error.message).toMatch(/narrow it/);
  });
});
