import type { Driver } from "neo4j-driver";
import { startApiServer, type ApiServer } from "../../src/api/create-server.js";
import { loadTypeDefs } from "../../src/api/load-type-defs.js";
import { extractionWorkerFile } from "../../src/commands/extraction-worker.js";
import type { Config } from "../../src/config.js";
import type { ExtractionResources } from "../../src/extract/types.js";
import { createExtractionPool } from "../../src/ingest/extraction-pool.js";
import { applyMigrations } from "../../src/graph/apply-migrations.js";
import { connectDriver } from "../../src/graph/connect-driver.js";
import { createIngestService, type IngestService } from "../../src/ingest/ingest-service.js";
import { silentLogger } from "../../src/logger.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";

/** What an entry point builds once and hands to the API: the driver, the resources and the ingest service. */
export interface TestServices {
  driver: Driver;
  resources: ExtractionResources;
  ingest: IngestService;
}

/** A driver to the test Neo4j with the schema migrated, the extraction resources, and the ingest service over them, as `kg start` builds them. */
export async function openTestServices(config: Config): Promise<TestServices> {
  const { uri, user, password, database } = config.neo4j;
  const driver = await connectDriver({ uri: uri!, user, password });
  await applyMigrations(driver, { database, logger: silentLogger });
  const resources = await loadExtractionResources(config.seedDir);
  return { driver, resources, ingest: createIngestService({ driver, database, resources, logger: silentLogger }) };
}

/** The API over `services`, in-process on the port `config` names (0 in tests: any free one). */
export function startTestApi(config: Config, services: TestServices, ideExamples: unknown[] = []): Promise<ApiServer> {
  return startApiServer({
    driver: services.driver,
    config,
    logger: silentLogger,
    ingest: services.ingest,
    morphology: services.resources.morph,
    // Two threads are enough for the tests' articles on a shared 2-core machine.
    extraction: createExtractionPool({ workerFile: extractionWorkerFile, seedDir: config.seedDir, threads: 2 }),
    typeDefs: loadTypeDefs("schema"),
    ideExamples,
  });
}

/** `openTestServices` and the API serving them. Stop the API, then close the driver. */
export async function openTestApi(
  config: Config,
  ideExamples: unknown[] = [],
): Promise<TestServices & { api: ApiServer }> {
  const services = await openTestServices(config);
  return { ...services, api: await startTestApi(config, services, ideExamples) };
}
