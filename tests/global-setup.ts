import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { createConsoleLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";

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
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const { neo4j: settings } = loadConfig();
  if (settings.uri) {
    project.provide("neo4j", { uri: settings.uri, user: settings.user, password: settings.password });
    return;
  }
  const neo4j = await startScratchNeo4j({
    purpose: "newsgraph-neo4j-test",
    pagecache: "128m",
    logger: createConsoleLogger(),
  });
  project.provide("neo4j", { uri: neo4j.uri, user: "neo4j", password: "" });
  return () => neo4j.stop();
}
