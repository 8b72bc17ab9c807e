import neo4j, { type Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/** The Neo4j that tests/global-setup.ts provides (embedded, or the one NEO4J_URI names). */
describe("the integration Neo4j", () => {
  let driver: Driver;
  const marker = `EmbeddedNeo4jTest_${randomUUID()}`;

  beforeAll(() => {
    const { uri, user, password } = inject("neo4j");
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  });

  afterAll(async () => {
    await driver.executeQuery("MATCH (n:Probe {marker: $marker}) DELETE n", { marker });
    await driver.close();
  });

  it("answers apoc.version() with a 5.26 release", async () => {
    const { records } = await driver.executeQuery("RETURN apoc.version() AS version");
    expect(records[0]?.get("version")).toMatch(/^5\.26\./);
  });

  it("has the APOC procedures and functions @neo4j/graphql 7 calls", async () => {
    const { records } = await driver.executeQuery(
      `CALL apoc.util.validate(false, 'unused', [0])
       RETURN apoc.util.validatePredicate(false, 'unused', [0]) AS predicate,
              apoc.cypher.runFirstColumnMany('UNWIND [1, 2, 3] AS x RETURN x * 2', {}) AS doubled`,
    );
    expect(records[0]?.get("predicate")).toBe(true);
    expect(records[0]?.get("doubled")).toEqual([2, 4, 6]);
  });

  it("turns a failed apoc.util.validate into a client error carrying its message", async () => {
    await expect(driver.executeQuery("CALL apoc.util.validate(true, 'Forbidden: %s', ['probe'])")).rejects.toThrow(
      /Forbidden: probe/,
    );
  });

  it("reads back what it wrote", async () => {
    await driver.executeQuery("CREATE (:Probe {marker: $marker, name: 'Shusha'})", { marker });
    const { records } = await driver.executeQuery("MATCH (n:Probe {marker: $marker}) RETURN n.name AS name", {
      marker,
    });
    expect(records.map((record) => record.get("name"))).toEqual(["Shusha"]);
  });
});
