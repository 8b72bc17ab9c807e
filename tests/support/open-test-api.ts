import type { Driver } from "neo4j-driver";
import { startApiServer, type ApiServer } from "../../src/api/create-server.js";
import { loadTypeDefs } from "../../src/api/load-type-defs.js";
import type { Config } from "../../src/config.js";
import { applyMigrations } from "../../src/graph/apply-migrations.js";
import { connectDriver } from "../../src/graph/connect-driver.js";
import { silentLogger } from "../../src/logger.js";

/**
 * A driver to the test Neo4j with the schema migrated, and the API serving it in-process on the
 * port `config` names (0 in tests: any free one). Stop the API, then close the driver.
 */
export async function openTestApi(
  config: Config,
  ideExamples: unknown[] = [],
): Promise<{ driver: Driver; api: ApiServer }> {
  const { uri, user, password, database } = config.neo4j;
  const driver = await connectDriver({ uri: uri!, user, password });
  await applyMigrations(driver, { database, logger: silentLogger });
  const api = await startApiServer({
    driver,
    config,
    logger: silentLogger,
    typeDefs: loadTypeDefs("schema"),
    ideExamples,
  });
  return { driver, api };
}
