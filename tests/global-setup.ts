import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { createConsoleLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";
import { claimTestDatabase } from "./support/claim-test-database.js";
import { prepareTestDatabase } from "./support/prepare-test-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The Neo4j every integration and e2e test talks to; read it with `inject("neo4j")`. */
    neo4j: { uri: string; user: string; password: string };
  }
}

/**
 * Vitest globalSetup of the integration project: one Neo4j for the whole run. With NEO4J_URI set
 * that server is used as is; otherwise an embedded Neo4j is started on a port the OS picks (never
 * 7687, so tests run beside `npm start`) with a fresh temporary store, and removed afterwards.
 * Either way the database is claimed for the tests first (support/claim-test-database.ts): a
 * NEO4J_URI holding data the tests did not create stops the run before any test touches it. Then
 * the schema and the gazetteer's reference data every file shares are written
 * (support/prepare-test-database.ts); each file removes the rest of what it writes.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const { neo4j: settings, seedDir } = loadConfig();
  const prepare = { database: settings.database, seedDir };
  if (settings.uri) {
    const connection = { uri: settings.uri, user: settings.user, password: settings.password };
    await claimTestDatabase(connection, settings.database);
    await prepareTestDatabase(connection, prepare);
    project.provide("neo4j", connection);
    return;
  }
  const neo4j = await startScratchNeo4j({
    purpose: "newsgraph-neo4j-test",
    pagecache: "128m",
    logger: createConsoleLogger(),
  });
  const connection = { uri: neo4j.uri, user: "neo4j", password: "" };
  try {
    await claimTestDatabase(connection);
    await prepareTestDatabase(connection, prepare);
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  project.provide("neo4j", connection);
  return () => neo4j.stop();
}
