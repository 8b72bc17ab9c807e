import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { loadExamples } from "../../src/api/load-examples.js";
import { seedDatabase } from "../../src/commands/seed-database.js";
import type { IngestService } from "../../src/ingest/ingest-service.js";
import { silentLogger } from "../../src/logger.js";
import { postGraphQL } from "../support/post-graphql.js";
import { openTestApi } from "../support/open-test-api.js";
import { articlesBeside, removeArticles, seedCorpusIds } from "../support/seed-corpus.js";
import { testConfig } from "../support/test-config.js";

const config = testConfig();
const examples = loadExamples("docs/QUERIES.md");
let driver: Driver;
let api: ApiServer;
let ingest: IngestService;

let seedIds: string[];

beforeAll(async () => {
  ({ driver, api, ingest } = await openTestApi(config, examples));
  // The documented answers are those of the seed corpus alone: the graph may hold no other article.
  // Nothing is deleted to get there; a database holding other articles is refused, by name.
  seedIds = await seedCorpusIds(config);
  const others = await articlesBeside(driver, config.neo4j.database, seedIds);
  if (others.length > 0)
    throw new Error(`the database holds articles besides the seed corpus (${others.join(", ")}…); run on an empty one`);
  await seedDatabase(ingest, config, silentLogger);
});

afterAll(async () => {
  // Only the seed corpus this file (or the explorer test) stored; it holds the reference article that
  // tests/e2e/reference-article.test.ts ingests itself.
  if (driver && seedIds) await removeArticles(driver, config.neo4j.database, seedIds);
  await api?.stop();
  await driver?.close();
});

describe("docs/QUERIES.md", () => {
  it("documents an answer for every example", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const example of examples) expect(example.answer, example.title).toBeDefined();
  });

  it.each(examples.map((example) => [example.title, example] as const))("%s", async (_title, example) => {
    const reply = await postGraphQL(api.url, example.query, example.variables);
    expect(reply.body.errors).toBeUndefined();
    expect(
      reply.body.data,
      "the seed corpus now answers differently; if extraction changed on purpose, regenerate the answers: " +
        "npx tsx tests/support/update-query-answers.ts <GraphQL URL of a seeded server>",
    ).toEqual(example.answer);
  });
});
