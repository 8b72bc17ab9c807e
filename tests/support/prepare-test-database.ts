import neo4j from "neo4j-driver";
import { applyMigrations } from "../../src/graph/apply-migrations.js";
import { writeReferenceData } from "../../src/graph/write-reference-data.js";
import { silentLogger } from "../../src/logger.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";

/**
 * Writes what every test file finds in the claimed test database, once, before any of them runs:
 * the schema (migrations) and the gazetteer's reference data, as `kg start` writes them before it
 * serves. Both are shared by every file and removed by none; everything else a file writes, it
 * removes (checked by leave-graph-as-found.ts), so each file starts from this and nothing more.
 */
export async function prepareTestDatabase(
  connection: { uri: string; user: string; password: string },
  options: { database: string; seedDir: string },
): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
  });
  try {
    await applyMigrations(driver, { database: options.database, logger: silentLogger });
    const resources = await loadExtractionResources(options.seedDir);
    await writeReferenceData(driver, { database: options.database, resources });
  } finally {
    await driver.close();
  }
}
