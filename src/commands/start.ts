import { Command } from "commander";
import { join } from "node:path";
import { startApiServer } from "../api/create-server.js";
import { loadExamples } from "../api/load-examples.js";
import { loadTypeDefs } from "../api/load-type-defs.js";
import { loadConfig } from "../config.js";
import { createExtractionPool } from "../ingest/extraction-pool.js";
import { createIngestService } from "../ingest/ingest-service.js";
import { createConsoleLogger } from "../logger.js";
import { openDatabase } from "../neo4j/open-database.js";
import { loadExtractionResources } from "../resources/load-resources.js";
import { extractionWorkerFile } from "./extraction-worker.js";
import { seedDatabase } from "./seed-database.js";
import { waitForShutdown } from "./wait-for-shutdown.js";

/**
 * `kg start`: the main job. Database (embedded unless NEO4J_URI), schema, sample articles, then
 * the API and the GraphQL IDE until Ctrl-C. `--no-seed` serves what is stored without loading
 * the samples.
 */
export function startCommand(): Command {
  return new Command("start")
    .description("start the database, load the sample articles, and serve the GraphQL API and IDE")
    .option("--no-seed", "do not load seed/articles before serving")
    .action((options: { seed: boolean }) => serve(options));
}

/** `kg serve`: the API and IDE over what the database holds, without loading the samples. */
export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the GraphQL API and IDE over the stored graph (no sample loading)")
    .action(() => serve({ seed: false }));
}

/** Times the server starts its embedded Neo4j again after it dies, before it gives up. */
const EMBEDDED_RESTARTS = 3;

async function serve(options: { seed: boolean }): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const logger = createConsoleLogger();
  // Loaded once for the whole process: the samples, the mutations and search all use them.
  const resources = await loadExtractionResources(config.seedDir);
  const database = await openDatabase(config, logger, { maxRestarts: EMBEDDED_RESTARTS });
  try {
    const ingest = createIngestService({ driver: database.driver, database: config.neo4j.database, resources, logger });
    if (options.seed) await seedDatabase(ingest, config, logger);
    const api = await startApiServer({
      driver: database.driver,
      config,
      logger,
      ingest,
      morphology: resources.morph,
      extraction: createExtractionPool({ workerFile: extractionWorkerFile, seedDir: config.seedDir }),
      typeDefs: loadTypeDefs("schema"),
      ideExamples: loadExamples(join("docs", "QUERIES.md")),
      isDatabaseAvailable: database.isAvailable,
    });
    printBanner(api.url, database.uri, database.embedded, performance.now() - startedAt);
    // With its database gone for good, the server exits (code 1) rather than answer 503 forever.
    await waitForShutdown(
      logger,
      async () => {
        await api.stop();
        await database.close();
      },
      database.lost,
    );
  } catch (error) {
    await database.close();
    throw error;
  }
}

function printBanner(apiUrl: string, neo4jUri: string, embedded: boolean, elapsedMs: number): void {
  const lines = [
    "",
    `Newsgraph is up (in ${(elapsedMs / 1000).toFixed(1)} s)`,
    `  GraphQL API:  ${apiUrl}`,
    `  GraphQL IDE:  ${apiUrl}  (open it in a browser)`,
    `  Health:       ${apiUrl.replace(/\/graphql$/, "/health")}  and  /ready`,
    `  Neo4j:        ${neo4jUri}${embedded ? " (embedded, started by this process)" : ""}`,
    "Press Ctrl-C to stop.",
    "",
  ];
  process.stdout.write(lines.join("\n"));
}
