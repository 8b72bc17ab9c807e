import { Command, InvalidArgumentError } from "commander";
import { availableParallelism } from "node:os";
import { loadConfig, type Config } from "../config.js";
import { ingestDefaults } from "../ingest/ingest-articles.js";
import { createIngestService } from "../ingest/ingest-service.js";
import { formatSummary, type IngestSummary } from "../ingest/ingest-summary.js";
import { readArticles } from "../input/read-articles.js";
import { createConsoleLogger, type Logger } from "../logger.js";
import { openDatabase } from "../neo4j/open-database.js";
import { loadExtractionResources } from "../resources/load-resources.js";
import { articleDefaultOptions, withArticleDefaults, type ArticleDefaults } from "./article-defaults.js";
import { ARTICLES_PER_THREAD, createIngestExtraction } from "./ingest-extraction.js";
import { createProgressReporter } from "./ingest-progress.js";

interface IngestCommandOptions extends ArticleDefaults {
  batchSize: number;
  concurrency: number;
  threads?: number;
  dryRun?: boolean;
}

/**
 * `kg ingest PATH...`: reads articles (files, directories, `.jsonl`, or `-` for JSONL on stdin),
 * extracts their facts and writes them to Neo4j, then prints a summary on stdout. The database is
 * NEO4J_URI when set, else the embedded Neo4j a running `kg start` holds on the same store (its
 * record in the store folder says where), else one launched here. Articles are extracted in
 * `--threads` threads (by default one per core, and one per ARTICLES_PER_THREAD articles at most)
 * while this thread writes. Exits non-zero when any article
 * failed (the others are still written) or when the run stopped because the database went away.
 */
export function ingestCommand(): Command {
  const command = new Command("ingest")
    .description("extract facts from articles and write them to the graph")
    .argument("<paths...>", "article files, directories, .jsonl files, or - for JSONL on stdin")
    .option(
      "--batch-size <n>",
      "articles per transaction (each stays all or nothing)",
      positiveInteger,
      ingestDefaults.batchSize,
    )
    .option("--concurrency <n>", "transactions in flight at once", positiveInteger, ingestDefaults.concurrency)
    .option(
      "--threads <n>",
      `threads that extract articles (default: one per core, at most one per ${ARTICLES_PER_THREAD} articles)`,
      positiveInteger,
    )
    .option("--dry-run", "extract and report without writing to the database");
  articleDefaultOptions().forEach((option) => command.addOption(option));
  return command.action(async (paths: string[], options: IngestCommandOptions) => {
    const config = loadConfig();
    const logger = createConsoleLogger();
    const summary = await run(paths, options, config, logger);
    process.stdout.write(`${formatSummary(summary).join("\n")}\n`);
    if (summary.articles.failed > 0 || summary.stopped) process.exitCode = 1;
  });
}

async function run(
  paths: string[],
  options: IngestCommandOptions,
  config: Config,
  logger: Logger,
): Promise<IngestSummary> {
  const resources = await loadExtractionResources(config.seedDir);
  const read = () =>
    withArticleDefaults(
      readArticles(paths, { maxArticleBytes: config.extraction.maxArticleBytes, stdin: process.stdin }),
      options,
    );
  // Counting first gives the bar its total and ETA; stdin can be read only once, so it goes without.
  const total = paths.includes("-") ? null : await count(read());
  const database = options.dryRun ? null : await openDatabase(config, logger, { useRunning: true });
  const ingest = createIngestService({
    driver: database?.driver ?? null,
    database: config.neo4j.database,
    resources,
    logger,
  });
  const threads =
    options.threads ?? Math.min(availableParallelism(), Math.ceil((total ?? Infinity) / ARTICLES_PER_THREAD));
  const extraction = createIngestExtraction({ threads, seedDir: config.seedDir });
  const progress = createProgressReporter({ stream: process.stderr, total });
  try {
    return await ingest.ingest(read(), {
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      dryRun: options.dryRun ?? false,
      signal: database?.lost,
      prepare: extraction.prepare,
      onProgress: (state) => progress.update(state),
    });
  } finally {
    progress.stop();
    await extraction.close();
    await database?.close();
  }
}

async function count(source: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of source) n += 1;
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1");
  return n;
}
