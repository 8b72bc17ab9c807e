/**
 * `npx tsx bench/run-query-latency.ts [--sizes 1000,10000,100000]` (`npm run bench:api`): the API
 * latency table over the graph the product makes. One fresh embedded Neo4j grows through the
 * sizes: the synthetic corpus (bench/generate-corpus.ts) goes through the ingest service, as
 * `kg ingest` would write it (extraction, event identity, buckets, places, quote offsets), and at
 * each size the same queries are timed (bench/query-latency.ts).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { applyMigrations } from "../src/graph/apply-migrations.js";
import { connectDriver } from "../src/graph/connect-driver.js";
import { createIngestService } from "../src/ingest/ingest-service.js";
import { createConsoleLogger, silentLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";
import { loadExtractionResources } from "../src/resources/load-resources.js";
import { corpusSource } from "./generate-corpus.js";
import { measureQueryLatency, queryLatencySection } from "./query-latency.js";
import { renderReport, type BenchSection } from "./report-table.js";

const seedDir = "seed";
const database = "neo4j";
const logger = createConsoleLogger();
const flag = process.argv.indexOf("--sizes");
const sizes = (flag >= 0 ? process.argv[flag + 1]! : "1000,10000,100000")
  .split(",")
  .map(Number)
  .sort((a, b) => a - b);

const resources = await loadExtractionResources(seedDir);
const scratch = await startScratchNeo4j({ purpose: "newsgraph-latency", pagecache: "512m", logger });
const graphSection: BenchSection = {
  title: "Graph ingested from the synthetic corpus (read → extract → write, `kg ingest`'s defaults)",
  columns: ["articles", "failed", "events", "statements", "ingest seconds", "articles/s"],
  rows: [],
};
const latency = queryLatencySection();
try {
  const driver = await connectDriver({ uri: scratch.uri, user: "neo4j", password: "" });
  try {
    await applyMigrations(driver, { database, logger: silentLogger });
    const ingest = createIngestService({ driver, database, resources, logger: silentLogger });
    let written = 0;
    for (const size of sizes) {
      logger.info(`bench: ingesting articles ${written}–${size}…`);
      const summary = await ingest.ingest(corpusSource({ seedDir, count: size, seed: 42, from: written }));
      const seconds = summary.elapsedMs / 1000;
      const counts = await countGraph(driver);
      graphSection.rows.push([
        String(counts.articles),
        String(summary.articles.failed),
        String(counts.events),
        String(counts.statements),
        seconds.toFixed(0),
        ((size - written) / seconds).toFixed(1),
      ]);
      written = size;
      logger.info(`bench: ${size} articles stored in ${seconds.toFixed(0)} s more; timing queries…`);
      latency.rows.push(
        ...(await measureQueryLatency({ driver, uri: scratch.uri, size, ingest, morphology: resources.morph })),
      );
    }
  } finally {
    await driver.close();
  }
} finally {
  await scratch.stop();
}
process.stdout.write(`${renderReport([graphSection, latency])}\n`);

/** Articles, events and statements in the graph, for the report. */
async function countGraph(driver: Driver): Promise<{ articles: number; events: number; statements: number }> {
  const { records } = await driver.executeQuery(
    "RETURN COUNT { (:Article) } AS articles, COUNT { (:Event) } AS events, COUNT { (:Statement) } AS statements",
    {},
    { database },
  );
  const value = (key: string) => neo4j.integer.toNumber(records[0]!.get(key));
  return { articles: value("articles"), events: value("events"), statements: value("statements") };
}
