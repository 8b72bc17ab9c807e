/**
 * `npx tsx bench/run-query-latency.ts [--sizes 1000,10000,100000]`: the API latency table of
 * `npm run bench`, over synthetic graphs written directly (bench/synthetic-graph.ts) rather than
 * through extraction, so the largest sizes fit in minutes. One fresh embedded Neo4j grows through
 * the sizes; at each, the same queries are timed (bench/query-latency.ts).
 */
import { applyMigrations } from "../src/graph/apply-migrations.js";
import { connectDriver } from "../src/graph/connect-driver.js";
import { createConsoleLogger, silentLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";
import { measureQueryLatency, queryLatencySection } from "./query-latency.js";
import { renderReport, type BenchSection } from "./report-table.js";
import { countGraph, createSyntheticGraph } from "./synthetic-graph.js";

const logger = createConsoleLogger();
const flag = process.argv.indexOf("--sizes");
const sizes = (flag >= 0 ? process.argv[flag + 1]! : "1000,10000,100000")
  .split(",")
  .map(Number)
  .sort((a, b) => a - b);

const neo4j = await startScratchNeo4j({ purpose: "newsgraph-latency", pagecache: "512m", logger });
const graphSection: BenchSection = {
  title: "Synthetic graph (written directly in the ingestion's shape)",
  columns: ["articles", "events", "statements", "write seconds"],
  rows: [],
};
const latency = queryLatencySection();
try {
  const driver = await connectDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
  try {
    await applyMigrations(driver, { database: "neo4j", logger: silentLogger });
    const graph = await createSyntheticGraph(driver, { database: "neo4j", seedDir: "seed", seed: 11 });
    for (const size of sizes) {
      const started = performance.now();
      await graph.grow(size);
      const seconds = (performance.now() - started) / 1000;
      const counts = await countGraph(driver, "neo4j");
      graphSection.rows.push([
        String(counts.articles),
        String(counts.events),
        String(counts.statements),
        seconds.toFixed(0),
      ]);
      logger.info(`bench: ${size} articles written in ${seconds.toFixed(0)} s; timing queries…`);
      latency.rows.push(...(await measureQueryLatency({ driver, uri: neo4j.uri, size })));
    }
  } finally {
    await driver.close();
  }
} finally {
  await neo4j.stop();
}
process.stdout.write(`${renderReport([graphSection, latency])}\n`);
