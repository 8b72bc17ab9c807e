import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { applyMigrations } from "../graph/apply-migrations.js";
import { connectDriver } from "../graph/connect-driver.js";
import type { Logger } from "../logger.js";
import { buildLauncher } from "./build-launcher.js";
import { startEmbeddedNeo4j } from "./embedded-neo4j.js";

/** The database a command works with, connected and migrated. */
export interface OpenDatabase {
  driver: Driver;
  /** The Bolt address in use. */
  uri: string;
  /** True when this process launched the embedded Neo4j (and so stops it on close). */
  embedded: boolean;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Opens the database the configuration names: the server at NEO4J_URI when set, otherwise an
 * embedded Neo4j launched here (built first if needed). Either way the schema is migrated before
 * this returns, so callers can read and write at once.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const external = config.neo4j.uri;
  if (external) {
    const driver = await connectDriver({ uri: external, user: config.neo4j.user, password: config.neo4j.password });
    await applyMigrations(driver, { database: config.neo4j.database, logger });
    return { driver, uri: external, embedded: false, close: () => driver.close() };
  }
  await buildLauncher(logger);
  const neo4j = await startEmbeddedNeo4j({
    dataDir: config.neo4j.dataDir,
    host: config.neo4j.boltHost,
    port: config.neo4j.boltPort,
    logger,
  });
  try {
    const driver = await connectDriver({ uri: neo4j.uri, user: config.neo4j.user, password: config.neo4j.password });
    await applyMigrations(driver, { database: config.neo4j.database, logger });
    return {
      driver,
      uri: neo4j.uri,
      embedded: true,
      close: async () => {
        await driver.close();
        await neo4j.stop();
      },
    };
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}
