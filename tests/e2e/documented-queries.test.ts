import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiServer } from "../../src/api/create-server.js";
import { loadExamples } from "../../src/api/load-examples.js";
import { postGraphQL } from "../support/post-graphql.js";
import { openTestApi } from "../support/open-test-api.js";
import { storeSeedCorpus } from "../support/seed-corpus.js";
import { testConfig } from "../support/test-config.js";

const config = testConfig();
const examples = loadExamples("docs/QUERIES.md");
let driver: Driver;
let api: ApiServer;
let corpus: { remove(): Promise<void> } | undefined;

beforeAll(async () => {
  const services = await openTestApi(config, examples);
  ({ driver, api } = services);
  // The documented answers are those of the seed corpus alone, on the graph every test file starts
  // from (the schema and the gazetteer, tests/support/prepare-test-database.ts): nothing else may
  // be there, and nothing is deleted to get there.
  await refuseArticleData();
  corpus = await storeSeedCorpus(services, config);
});

afterAll(async () => {
  // The sample articles this file stored, and what they made; nothing else.
  await corpus?.remove();
  await api?.stop();
  await driver?.close();
});

/** Fails when the graph holds what articles write (an earlier run that stopped half-way leaves it): the answers would differ. */
async function refuseArticleData(): Promise<void> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n:Article OR n:Event OR n:Statement OR n:EventBucket OR n:EventMatchKey
                  OR (n:Entity AND n.reference IS NULL)
     RETURN count(n) AS n`,
    {},
    { database: config.neo4j.database },
  );
  const left = records[0]!.get("n") as number;
  if (left > 0) {
    throw new Error(
      `the test database holds ${left} nodes written from articles that no test removed; the documented answers ` +
        "are those of the seed corpus alone. Run on an empty database (unset NEO4J_URI, or point it at an empty one).",
    );
  }
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
