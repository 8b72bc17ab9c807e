import neo4j from "neo4j-driver";

/** The label of the one node that says "this database belongs to the tests". */
export const TEST_DATABASE_LABEL = "NewsgraphTestDatabase";

/**
 * Makes sure the tests may write to this database: an empty one (migrations aside) is marked as
 * theirs; one already marked is theirs from an earlier run; one holding anything else is somebody's
 * data, and the whole run is refused before any test touches it. Even in their own database the
 * tests delete only what they wrote (tests/support/leave-graph-as-found.ts checks it).
 */
export async function claimTestDatabase(
  connection: { uri: string; user: string; password: string },
  database = "neo4j",
): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
  });
  try {
    const count = async (cypher: string) =>
      (await driver.executeQuery(cypher, {}, { database })).records[0]!.get("n") as number;
    if ((await count(`MATCH (n:${TEST_DATABASE_LABEL}) RETURN count(n) AS n`)) > 0) return;
    const others = await count(`MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n`);
    if (others > 0) {
      throw new Error(
        `NEO4J_URI (${connection.uri}) holds ${others} nodes the tests did not create; they would write to it. ` +
          "Point NEO4J_URI at an empty database for the tests, or unset it to let them start their own.",
      );
    }
    await driver.executeQuery(`CREATE (:${TEST_DATABASE_LABEL} {claimedAt: datetime()})`, {}, { database });
  } finally {
    await driver.close();
  }
}
