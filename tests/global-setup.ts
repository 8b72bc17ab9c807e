import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { createConsoleLogger } from "../src/logger.js";
import { buildLauncher } from "../src/neo4j/build-launcher.js";
import { startEmbeddedNeo4j } from "../src/neo4j/embedded-neo4j.js";

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
  const logger = createConsoleLogger();
  await buildLauncher(logger);
  const dataDir = await mkdtemp(join(tmpdir(), "newsgraph-neo4j-test-"));
  const neo4j = await startEmbeddedNeo4j({ dataDir, host: "127.0.0.1", port: await freePort(), pagecache: "128m", logger });
  project.provide("neo4j", { uri: neo4j.uri, user: "neo4j", password: "" });
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

/** A loopback port nobody listens on right now, chosen by the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
