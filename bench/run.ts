/**
 * `npm run bench`: extraction throughput in `kg ingest`'s worker pool at 1, 2 and all cores
 * (extraction-threads.ts), then ingestion throughput into a fresh embedded Neo4j (own temporary
 * store, free port) at each corpus size and thread count, and the store size, printed
 * as one table, with extraction time at 10 KB, 100 KB and 1 MB (extraction-scaling.ts). Sizes: `--sizes 1000,10000` or BENCH_SIZES (default 1000,10000); extraction sample:
 * BENCH_EXTRACT (default 500); transactions in flight and articles per transaction:
 * BENCH_CONCURRENCY and BENCH_BATCH (default `kg ingest`'s). Further sections (API latency, issue 5) append to `sections`.
 */
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { applyMigrations } from "../src/graph/apply-migrations.js";
import { connectDriver } from "../src/graph/connect-driver.js";
import { ingestDefaults } from "../src/ingest/ingest-articles.js";
import { createIngestService } from "../src/ingest/ingest-service.js";
import { createConsoleLogger, silentLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";
import { loadExtractionResources } from "../src/resources/load-resources.js";
import type { ExtractionResources } from "../src/extract/types.js";
import { benchExtractionScaling } from "./extraction-scaling.js";
import { createIngestExtraction } from "../src/commands/ingest-extraction.js";
import { benchExtractionThreads, threadCounts } from "./extraction-threads.js";
import { processCpuSeconds } from "./process-cpu.js";
import { corpusSource } from "./generate-corpus.js";
import { measureQueryLatency, queryLatencySection } from "./query-latency.js";
import { renderReport, type BenchSection } from "./report-table.js";

const seedDir = "seed";
/** Transactions in flight and articles per transaction (BENCH_CONCURRENCY, BENCH_BATCH; default: what `kg ingest` uses). */
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? ingestDefaults.concurrency);
const batchSize = Number(process.env.BENCH_BATCH ?? ingestDefaults.batchSize);
const logger = createConsoleLogger();

function sizesFromArgs(): number[] {
  const flag = process.argv.indexOf("--sizes");
  const raw = flag >= 0 ? process.argv[flag + 1] : process.env.BENCH_SIZES;
  return (raw ?? "1000,10000")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

/**
 * Ingests `size` articles into a fresh embedded Neo4j, extracting in `threads` threads as
 * `kg ingest --threads` does; `timeApi` also times the API over the graph it made.
 */
async function benchIngestion(
  resources: ExtractionResources,
  size: number,
  threads: number,
  timeApi: boolean,
): Promise<string[]> {
  const neo4j = await startScratchNeo4j({ purpose: "newsgraph-bench", pagecache: "512m", logger });
  try {
    const driver = await connectDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
    try {
      const database = "neo4j";
      await applyMigrations(driver, { database, logger: silentLogger });
      const ingest = createIngestService({ driver, database, resources, logger: silentLogger });
      const extraction = createIngestExtraction({ threads, seedDir });
      const nodeCpu = process.cpuUsage();
      const neo4jCpu = processCpuSeconds(neo4j.pid);
      const summary = await ingest
        .ingest(corpusSource({ seedDir, count: size, seed: 42 }), {
          concurrency,
          batchSize,
          prepare: extraction.prepare,
        })
        .finally(() => extraction.close());
      const { user, system } = process.cpuUsage(nodeCpu);
      const neo4jCpuAfter = processCpuSeconds(neo4j.pid);
      const seconds = summary.elapsedMs / 1000;
      const facts = [summary.entities, summary.events, summary.statements].reduce(
        (sum, c) => sum + c.created + c.merged,
        0,
      );
      const done = summary.articles.new + summary.articles.updated + summary.articles.unchanged;
      const perArticle = [summary.entities, summary.events, summary.statements]
        .map((c) => ((c.created + c.merged) / Math.max(1, done)).toFixed(1))
        .join(" / ");
      const row = [
        String(size),
        String(threads),
        String(summary.articles.failed),
        seconds.toFixed(1),
        (done / seconds).toFixed(1),
        (facts / seconds).toFixed(0),
        ((user + system) / 1000 / size).toFixed(1),
        neo4jCpu === null || neo4jCpuAfter === null ? "–" : (((neo4jCpuAfter - neo4jCpu) * 1000) / size).toFixed(1),
        perArticle,
        loadAverage(),
        storeSize(neo4j.dataDir),
      ];
      if (timeApi)
        latency.rows.push(
          ...(await measureQueryLatency({ driver, uri: neo4j.uri, size, ingest, morphology: resources.morph })),
        );
      return row;
    } finally {
      await driver.close();
    }
  } finally {
    await neo4j.stop();
  }
}

/** The 1-minute load average when the ingestion ended: the machine is shared, so figures need it beside them. */
function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}

function storeSize(dir: string): string {
  return execFileSync("du", ["-sh", dir], { encoding: "utf8" }).split("\t")[0]!;
}

const resources = await loadExtractionResources(seedDir);
const sections: BenchSection[] = [
  await benchExtractionThreads(resources, seedDir, Number(process.env.BENCH_EXTRACT ?? 500)),
  benchExtractionScaling(resources, seedDir),
];
const latency = queryLatencySection();
const ingestion: BenchSection = {
  title: `Ingestion into a fresh embedded Neo4j (read → extract → write, ${batchSize} articles per transaction, ${concurrency} in flight; facts = entities + events + statements written)`,
  columns: [
    "articles",
    "threads",
    "failed",
    "seconds",
    "articles/s",
    "facts/s",
    "Node CPU ms per article",
    "Neo4j CPU ms per article",
    "entities / events / statements per article",
    "load avg",
    "store size",
  ],
  rows: [],
};
// `--sizes 0` (or BENCH_SIZES=0) measures extraction alone.
// The API is timed once per size, over the graph of the run with every core.
for (const size of sizesFromArgs()) {
  for (const threads of threadCounts()) {
    logger.info(`bench: ingesting ${size} articles, extracting in ${threads} thread(s)…`);
    ingestion.rows.push(await benchIngestion(resources, size, threads, threads === threadCounts().at(-1)));
  }
}
sections.push(ingestion, latency);
process.stdout.write(`${renderReport(sections)}\n`);
