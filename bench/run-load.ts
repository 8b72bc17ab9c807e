/**
 * `npm run bench:load`: a bounded mixed load on loopback against the API over a graph of
 * `--articles` bench articles (default 10,000), ingested the product's way into a fresh embedded
 * Neo4j: `--clients` clients (default 20) each sending one request after another for `--seconds`
 * (default 60). Then the soak: the same load and an ingestion of new articles at once, for
 * `--soak-minutes` (default 10; 0 skips it). Reports requests/s, p50/p95/p99, errors and the
 * resident memory of Node and of Neo4j's JVM. Timings live here and in the README, never in tests.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { startApiServer } from "../src/api/create-server.js";
import { loadTypeDefs } from "../src/api/load-type-defs.js";
import { loadConfig } from "../src/config.js";
import { applyMigrations } from "../src/graph/apply-migrations.js";
import { connectDriver } from "../src/graph/connect-driver.js";
import { createIngestService } from "../src/ingest/ingest-service.js";
import type { ArticleSource } from "../src/input/read-articles.js";
import { createConsoleLogger, silentLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";
import { loadExtractionResources } from "../src/resources/load-resources.js";
import { generateCorpus } from "./generate-corpus.js";
import { pickSamples, type Sample } from "./latency-operation.js";
import { renderReport, type BenchSection } from "./report-table.js";

const seedDir = "seed";
const logger = createConsoleLogger();

function option(name: string, fallback: number): number {
  const flag = process.argv.indexOf(`--${name}`);
  const value = flag >= 0 ? Number(process.argv[flag + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number of 0 or more`);
  return value;
}

const articles = option("articles", 10_000);
const clients = option("clients", 20);
const seconds = option("seconds", 60);
const soakMinutes = option("soak-minutes", 10);

/** The mix a client draws from: the custom operations and two generated reads. */
const OPERATIONS: Array<{ query: string; variables: (sample: Sample) => Record<string, unknown> }> = [
  {
    query: `query ($e: ID!) { timeline(entity: $e) { id title date { value } participants { role entity { name } } } }`,
    variables: (s) => ({ e: s.entity }),
  },
  {
    query: `query ($p: ID!) { statements(speaker: $p) { id quote article { title publishedAt } } }`,
    variables: (s) => ({ p: s.speaker }),
  },
  {
    query: `query ($q: String!) { searchEntities(query: $q) { id name type score } }`,
    variables: (s) => ({ q: s.name }),
  },
  {
    query: `query ($e: ID!) { entity(id: $e) { name articleCount coMentions(limit: 5) { entity { name } total } latestEvents(limit: 5) { title } } }`,
    variables: (s) => ({ e: s.entity }),
  },
  { query: `{ articles(limit: 10, sort: [{ publishedAt: DESC }]) { id title publishedAt } }`, variables: () => ({}) },
  {
    query: `query ($e: ID!) { entities(where: { id: { eq: $e } }) { participatesInConnection(first: 10) { totalCount edges { node { title } } } } }`,
    variables: (s) => ({ e: s.entity }),
  },
];

interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  latencies: number[];
  seconds: number;
}

/** `clients` loops of one request after another until `until` resolves or `durationMs` passes. */
async function runLoad(url: string, samples: Sample[], durationMs: number): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, errors: 0, firstError: null, latencies: [], seconds: durationMs / 1000 };
  const end = performance.now() + durationMs;
  const client = async (n: number) => {
    for (let i = n; performance.now() < end; i += 1) {
      const operation = OPERATIONS[i % OPERATIONS.length]!;
      const sample = samples[(i * 7 + n) % samples.length]!;
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: operation.query, variables: operation.variables(sample) }),
        });
        const body = (await response.json()) as { errors?: Array<{ message: string }> };
        if (response.status !== 200 || body.errors) {
          result.errors += 1;
          result.firstError ??= `${response.status} ${body.errors?.[0]?.message ?? ""}`;
        }
      } catch (error) {
        result.errors += 1;
        result.firstError ??= String(error);
      }
      result.latencies.push(performance.now() - started);
      result.requests += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  return result;
}

function percentile(sorted: readonly number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1);
}

/** Resident memory, in MiB, of this process and of the JVM. */
function memory(jvmPid: number): { node: number; jvm: number } {
  const status = readFileSync(`/proc/${jvmPid}/status`, "utf8");
  const jvmKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { node: process.memoryUsage().rss / 2 ** 20, jvm: jvmKb / 1024 };
}

/**
 * The JVM's live heap, in MiB: the heap in use right after a full collection (`jcmd GC.run`, then
 * `jstat -gc`). RSS alone cannot tell a leak from the heap and page cache filling up to their
 * configured sizes as the store grows.
 */
function liveHeap(jvmPid: number): number {
  execFileSync("jcmd", [String(jvmPid), "GC.run"]);
  const [header, values] = execFileSync("jstat", ["-gc", String(jvmPid)], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  const used = ["S0U", "S1U", "EU", "OU"].map((column) => Number(values![header!.indexOf(column)]));
  return used.reduce((a, b) => a + b, 0) / 1024;
}

async function* corpus(count: number, seed: number, prefix: string): AsyncGenerator<ArticleSource> {
  let n = 0;
  for (const article of generateCorpus({ seedDir, count, seed }))
    yield { origin: `${prefix}:${n}`, article: { ...article, id: `${prefix}-${n++}` } };
}

const resources = await loadExtractionResources(seedDir);
const neo4j = await startScratchNeo4j({ purpose: "newsgraph-load", pagecache: "512m", logger });
const driver = await connectDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
const ingest = createIngestService({ driver, database: "neo4j", resources, logger: silentLogger });
const sections: BenchSection[] = [];
try {
  await applyMigrations(driver, { database: "neo4j", logger: silentLogger });
  logger.info(`bench:load: ingesting ${articles} articles…`);
  const ingested = await ingest.ingest(corpus(articles, 42, "load"));
  logger.info(`bench:load: ingested in ${(ingested.elapsedMs / 1000).toFixed(0)} s`);
  const config = loadConfig({ NEO4J_URI: neo4j.uri, PORT: "0" });
  const api = await startApiServer({
    driver,
    config,
    logger: silentLogger,
    ingest,
    morphology: resources.morph,
    typeDefs: loadTypeDefs("schema"),
    ideExamples: [],
  });
  try {
    const samples = await pickSamples(driver, "neo4j");
    await runLoad(api.url, samples, 5_000); // warm-up, not reported
    const before = memory(neo4j.pid);
    logger.info(`bench:load: ${clients} clients for ${seconds} s…`);
    const load = await runLoad(api.url, samples, seconds * 1000);
    const after = memory(neo4j.pid);
    const sorted = [...load.latencies].sort((a, b) => a - b);
    sections.push({
      title: `Load: ${clients} clients on loopback, mixed queries over ${articles} articles (ms; RSS in MiB)`,
      columns: [
        "seconds",
        "requests",
        "requests/s",
        "p50",
        "p95",
        "p99",
        "errors",
        "Node RSS before → after",
        "JVM RSS before → after",
        "load avg",
      ],
      rows: [
        [
          String(seconds),
          String(load.requests),
          (load.requests / seconds).toFixed(1),
          percentile(sorted, 50),
          percentile(sorted, 95),
          percentile(sorted, 99),
          String(load.errors),
          `${before.node.toFixed(0)} → ${after.node.toFixed(0)}`,
          `${before.jvm.toFixed(0)} → ${after.jvm.toFixed(0)}`,
          loadavg()[0]!.toFixed(2),
        ],
      ],
    });
    if (load.firstError) logger.warn(`first error: ${load.firstError}`);
    if (soakMinutes > 0) sections.push(await soak(api.url, samples));
  } finally {
    await api.stop();
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
process.stdout.write(`${renderReport(sections)}\n`);

/**
 * Queries and an ingestion of new articles at once, memory sampled every 30 s. "Start" is the
 * first sample after one minute of warm-up; the growth compares the last sample with it.
 */
async function soak(url: string, samples: Sample[]): Promise<BenchSection> {
  logger.info(`bench:load: soak, ${soakMinutes} min of queries and ingestion at once…`);
  const durationMs = soakMinutes * 60_000;
  const writer = new AbortController();
  const ingestion = ingest.ingest(corpus(1_000_000, 1337, "soak"), { signal: writer.signal });
  const heapAt: number[] = [];
  const heapMark = setTimeout(() => heapAt.push(liveHeap(neo4j.pid)), 60_000);
  const readings: Array<{ node: number; jvm: number }> = [];
  const sampler = setInterval(() => readings.push(memory(neo4j.pid)), 30_000);
  const load = await runLoad(url, samples, durationMs);
  clearInterval(sampler);
  clearTimeout(heapMark);
  heapAt.push(liveHeap(neo4j.pid));
  writer.abort(new Error("soak over"));
  const written = await ingestion;
  const stoppedEarly = (reason: string) => written.stopped !== null && reason.startsWith("not written");
  const failures = written.failures.filter((failure) => !stoppedEarly(failure.reason));
  for (const reason of new Set(failures.map((failure) => failure.reason)))
    logger.warn(`soak: ingest failure: ${reason}`);
  const start = readings[Math.min(2, readings.length - 1)] ?? memory(neo4j.pid);
  const end = readings.at(-1) ?? start;
  const peak = (key: "node" | "jvm") => Math.max(...readings.map((r) => r[key]));
  const growth = (key: "node" | "jvm") => `${(((end[key] - start[key]) / start[key]) * 100).toFixed(1)}%`;
  const sorted = [...load.latencies].sort((a, b) => a - b);
  if (load.firstError) logger.warn(`soak: first error: ${load.firstError}`);
  return {
    title: `Soak: ${clients} clients and one ingestion at once for ${soakMinutes} min (ms; RSS in MiB, from the 1-minute mark to the end)`,
    columns: [
      "requests",
      "requests/s",
      "p95",
      "p99",
      "errors",
      "articles ingested meanwhile",
      "ingest failures",
      "Node RSS start → end (peak)",
      "growth",
      "JVM RSS start → end (peak)",
      "growth",
      "JVM live heap start → end",
      "growth",
    ],
    rows: [
      [
        String(load.requests),
        (load.requests / (durationMs / 1000)).toFixed(1),
        percentile(sorted, 95),
        percentile(sorted, 99),
        String(load.errors),
        String(written.articles.new),
        String(failures.length),
        `${start.node.toFixed(0)} → ${end.node.toFixed(0)} (${peak("node").toFixed(0)})`,
        growth("node"),
        `${start.jvm.toFixed(0)} → ${end.jvm.toFixed(0)} (${peak("jvm").toFixed(0)})`,
        growth("jvm"),
        `${heapAt[0]!.toFixed(0)} → ${heapAt.at(-1)!.toFixed(0)}`,
        `${(((heapAt.at(-1)! - heapAt[0]!) / heapAt[0]!) * 100).toFixed(1)}%`,
      ],
    ],
  };
}
