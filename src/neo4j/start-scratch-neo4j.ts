import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Logger } from "../logger.js";
import { buildLauncher } from "./build-launcher.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded-neo4j.js";
import { freePort } from "./free-port.js";

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
