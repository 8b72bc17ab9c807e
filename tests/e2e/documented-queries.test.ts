import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { loadExamples } from "../../src/api/load-examples.js";
import { seedDatabase } from "../../src/commands/seed-database.js";
import type { IngestService } from "../../src/ingest/ingest-service.js";
import { silentLogger } from "../../src/logger.js";
import { TEST_DATABASE_LABEL } from "../support/claim-test-database.js";
import { postGraphQL } from "../support/post-graphql.js";
import { openTestApi } from "../support/open-test-api.js";
import { testConfig } from "../support/test-config.js";

const config = testConfig();
const examples = loadExamples("docs/QUERIES.md");
let driver: Driver;
let api: ApiServer;
let ingest: IngestService;

beforeAll(async () => {
  ({ driver, api, ingest } = await openTestApi(config, examples));
  // The documented answers are those of the seed corpus alone, so the graph must hold exactly it:
  // whatever earlier test files left is cleared (files run one at a time), the schema kept. This
  // is the tests' own database: tests/global-setup.ts refuses a NEO4J_URI holding anything else.
  await clearTestDatabase();
  await seedDatabase(ingest, config, silentLogger);
});

afterAll(async () => {
  // The seed corpus holds the reference article that tests/e2e/reference-article.test.ts ingests itself.
  if (driver) await clearTestDatabase();
  await api?.stop();
  await driver?.close();
});

/** Everything but the schema's migration records and the tests' claim on the database. */
async function clearTestDatabase(): Promise<void> {
  await driver.executeQuery(
    `MATCH (n) WHERE NOT n:Migration AND NOT n:${TEST_DATABASE_LABEL} DETACH DELETE n`,
    {},
    { database: config.neo4j.database },
  );
}

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
