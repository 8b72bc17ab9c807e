import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { applyMigrations } from "../graph/apply-migrations.js";
import { connectDriver } from "../graph/connect-driver.js";
import type { Logger } from "../logger.js";
import { buildLauncher } from "./build-launcher.js";
import { startEmbeddedNeo4j } from "./embedded-neo4j.js";
import { readRunningDatabase, removeRunningDatabase, writeRunningDatabase } from "./running-database-file.js";
import { superviseEmbeddedNeo4j } from "./supervise-embedded.js";

/** The database a command works with, connected and migrated. */
export interface OpenDatabase {
  driver: Driver;
  /** The Bolt address in use. */
  uri: string;
  /** True when this process launched the embedded Neo4j (and so stops it on close). */
  embedded: boolean;
  /**
   * False while this process knows the database is down (its embedded Neo4j exited and is not
   * back yet), so callers can answer at once instead of waiting on the driver. Always true for a
   * database this process does not own: the driver's errors tell about that one.
   */
  isAvailable(): boolean;
  /** Aborted when this process's embedded Neo4j is gone for good (it exited, restarts used up). */
  lost: AbortSignal;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

/** How `openDatabase` treats the embedded Neo4j. */
export interface OpenDatabaseOptions {
  /**
   * Write through the embedded Neo4j another process (`kg start`) runs on the same store, found
   * through the record it leaves in the store folder, instead of launching one. @default false
   */
  useRunning?: boolean;
  /** Times the embedded Neo4j is started again after it dies (the server: a few). @default 0 */
  maxRestarts?: number;
}

/**
 * Opens the database the configuration names: the server at NEO4J_URI when set, otherwise an
 * embedded Neo4j launched here (built first if needed) or, with `useRunning`, the one already
 * running on the store. Either way the schema is migrated before this returns, so callers can
 * read and write at once.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: OpenDatabaseOptions = {},
): Promise<OpenDatabase> {
  const running = options.useRunning ? readRunningDatabase(config.neo4j.dataDir) : null;
  if (running)
    logger.info(`Using the embedded Neo4j already running on this store at ${running.uri} (pid ${running.pid})`);
  const external = config.neo4j.uri ?? running?.uri;
  if (external) {
    const driver = await connectDriver({ uri: external, user: config.neo4j.user, password: config.neo4j.password });
    await applyMigrations(driver, { database: config.neo4j.database, logger });
    return {
      driver,
      uri: external,
      embedded: false,
      isAvailable: () => true,
      lost: new AbortController().signal,
      close: () => driver.close(),
    };
  }
  await buildLauncher(logger);
  const { dataDir, boltHost: host, boltPort: port } = config.neo4j;
  const neo4j = await superviseEmbeddedNeo4j({
    start: () => startEmbeddedNeo4j({ dataDir, host, port, logger }),
    maxRestarts: options.maxRestarts ?? 0,
    logger,
    onStarted: (started) => writeRunningDatabase(dataDir, { uri: started.uri, pid: started.pid }),
  });
  const stop = async () => {
    await neo4j.stop();
    await removeRunningDatabase(dataDir);
  };
  try {
    const driver = await connectDriver({ uri: neo4j.uri, user: config.neo4j.user, password: config.neo4j.password });
    await applyMigrations(driver, { database: config.neo4j.database, logger });
    return {
      driver,
      uri: neo4j.uri,
      embedded: true,
      isAvailable: neo4j.isAvailable,
      lost: neo4j.lost,
      close: async () => {
        await driver.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
