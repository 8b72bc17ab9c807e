import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "../logger.js";
import { buildLauncher } from "./build-launcher.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded-neo4j.js";

/**
 * A throw-away embedded Neo4j for tests and benchmarks: built if needed, a fresh temporary store,
 * a loopback port the OS picks (never 7687, so it runs beside `npm start`); `stop()` also removes
 * the store.
 */
export async function startScratchNeo4j(options: {
  /** Names the temporary folder, e.g. "newsgraph-bench". */
  purpose: string;
  /** Neo4j page cache, e.g. "128m". */
  pagecache: string;
  logger: Logger;
}): Promise<EmbeddedNeo4j & { dataDir: string }> {
  await buildLauncher(options.logger);
  const dataDir = await mkdtemp(join(tmpdir(), `${options.purpose}-`));
  try {
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      host: "127.0.0.1",
      port: await freePort(),
      pagecache: options.pagecache,
      logger: options.logger,
    });
    return {
      ...neo4j,
      dataDir,
      stop: async () => {
        await neo4j.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A loopback port nobody listens on right now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
