/**
 * `npm run bench:write`: the write path alone. A seeded synthetic corpus (`--size N`, default
 * 3,000) is extracted once, up front; then the facts are written into a fresh embedded Neo4j
 * through `writeArticles`, `BENCH_BATCH` articles per transaction (default 32) with
 * `BENCH_CONCURRENCY` transactions in flight (default 2), and written a second time (every article
 * unchanged). Prints articles/s of both passes, so a change to the writer is measured without the
 * extractor's share of the CPU.
 */
import { loadavg } from "node:os";
import { applyMigrations } from "../src/graph/apply-migrations.js";
import { connectDriver } from "../src/graph/connect-driver.js";
import { writeArticles, type ArticleWrite } from "../src/graph/write-article-facts.js";
import { writeReferenceData } from "../src/graph/write-reference-data.js";
import { ingestDefaults } from "../src/ingest/ingest-articles.js";
import { prepareArticle } from "../src/ingest/prepare-article.js";
import { createConsoleLogger, silentLogger } from "../src/logger.js";
import { startScratchNeo4j } from "../src/neo4j/start-scratch-neo4j.js";
import { loadExtractionResources } from "../src/resources/load-resources.js";
import { generateCorpus } from "./generate-corpus.js";

const size = Number(process.argv[process.argv.indexOf("--size") + 1] ?? 3000) || 3000;
const batchSize = Number(process.env.BENCH_BATCH ?? ingestDefaults.batchSize);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? ingestDefaults.concurrency);

const resources = await loadExtractionResources("seed");
const writes: ArticleWrite[] = [...generateCorpus({ seedDir: "seed", count: size, seed: 42 })].map((article) => {
  const { record, facts } = prepareArticle(article, resources);
  return { article: record, facts };
});
const batches = Array.from({ length: Math.ceil(writes.length / batchSize) }, (_, i) =>
  writes.slice(i * batchSize, (i + 1) * batchSize),
);

const neo4j = await startScratchNeo4j({
  purpose: "newsgraph-bench-write",
  pagecache: "512m",
  logger: createConsoleLogger(),
});
const driver = await connectDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
try {
  await applyMigrations(driver, { database: "neo4j", logger: silentLogger });
  await writeReferenceData(driver, { database: "neo4j", resources });
  for (const pass of ["first (new)", "second (unchanged)"]) {
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < batches.length; i = next++)
        await writeArticles(driver, { database: "neo4j", articles: batches[i]! });
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `write path, ${pass} pass: ${size} articles in ${seconds.toFixed(1)} s, ${(size / seconds).toFixed(1)} articles/s (load avg ${loadavg()[0]!.toFixed(2)})\n`,
    );
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
