import type { Driver } from "neo4j-driver";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { messageOf } from "../error-message.js";
import type { ArticleFacts, ExtractionResources } from "../extract/types.js";
import type { ArticleSource } from "../input/read-articles.js";
import { refreshSearchIndexes } from "../graph/refresh-search-indexes.js";
import type { ArticleWriteResult } from "../graph/write-article-facts.js";
import { noCounts } from "../graph/write-counts.js";
import type { Logger } from "../logger.js";
import { countArticle, countFailure, emptySummary, type IngestFailure, type IngestSummary } from "./ingest-summary.js";
import { prepareArticle } from "./prepare-article.js";
import { runPool } from "./run-pool.js";
import { writeBatch, type BatchOutcome, type PreparedArticle } from "./write-batch.js";

/** How far an ingest run has got; passed to `onProgress` after every article. */
export interface IngestProgress {
  /** Articles finished so far, failed ones included. */
  done: number;
  failed: number;
}

/** What `ingestArticles` does unless told otherwise (measured in bench/: see the README's Performance section). */
export const ingestDefaults = { batchSize: 32, concurrency: 2 } as const;

/** Options of `ingestArticles`. */
export interface IngestOptions {
  /** Needed unless `dryRun`. */
  driver?: Driver;
  database: string;
  resources: ExtractionResources;
  logger: Logger;
  /** Articles written per transaction; a failing batch is written again one article at a time. */
  batchSize?: number;
  /** Transactions in flight at once. */
  concurrency?: number;
  /** Extract and count without touching the database. @default false */
  dryRun?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** Called with each article written, for callers that answer per article (the ingest mutations). */
  onArticle?: (article: IngestedArticle) => void;
}

/** One article an ingest run wrote: where it came from, what the write did, and what extraction had to guess or skip. */
export interface IngestedArticle {
  origin: string;
  result: ArticleWriteResult;
  warnings: string[];
}

/**
 * The ingestion flow: read → extract → write, `batchSize` articles per transaction, each article
 * all or nothing. A bad article (unreadable, failing extraction, or failing its write after the
 * driver's retries) is recorded with its origin and reason and the rest go on; nothing of a failed
 * write remains. Extraction is synchronous and runs on this thread while up to `concurrency`
 * transactions of the previous step are in flight. The run ends once the full-text indexes show
 * what it wrote.
 */
export async function ingestArticles(source: AsyncIterable<ArticleSource>, options: IngestOptions): Promise<IngestSummary> {
  const { batchSize = ingestDefaults.batchSize, concurrency = ingestDefaults.concurrency, dryRun = false } = options;
  if (!dryRun && !options.driver) throw new Error("ingestArticles needs a driver unless dryRun is set");
  const started = performance.now();
  const summary = emptySummary(dryRun);
  const progress = { done: 0, failed: 0 };
  const finish = (failed: boolean) => {
    progress.done += 1;
    if (failed) progress.failed += 1;
    options.onProgress?.({ ...progress });
  };
  const fail = (failure: IngestFailure) => {
    countFailure(summary, failure);
    options.logger.debug(`failed: ${failure.origin}: ${failure.reason}`);
    finish(true);
  };
  let writing: Promise<void> = Promise.resolve();
  const outcome: BatchOutcome = {
    written: (item, result) => {
      countArticle(summary, result);
      options.onArticle?.({ origin: item.origin, result, warnings: item.facts.warnings });
      finish(false);
    },
    failed: (item, error) => fail({ origin: item.origin, stage: "write", reason: `write failed: ${messageOf(error)}`, error }),
  };
  for await (const step of batches(source, batchSize * concurrency)) {
    const extracted = await extractBatch(step, options.resources, fail);
    await writing;
    if (dryRun) {
      for (const item of extracted) {
        countArticle(summary, dryRunCounts(item.facts));
        finish(false);
      }
      continue;
    }
    writing = runPool(chunks(extracted, batchSize), concurrency, (batch) => writeBatch(options.driver!, options.database, batch, outcome));
  }
  await writing;
  if (!dryRun) await refreshSearchIndexes(options.driver!, options.database);
  summary.elapsedMs = performance.now() - started;
  return summary;
}

async function extractBatch(
  batch: readonly ArticleSource[],
  resources: ExtractionResources,
  fail: (failure: IngestFailure) => void,
): Promise<PreparedArticle[]> {
  const extracted: PreparedArticle[] = [];
  for (const item of batch) {
    if (!item.article) {
      fail({ origin: item.origin, stage: "read", reason: item.error ?? "no article" });
      continue;
    }
    try {
      const { record, facts } = prepareArticle(item.article, resources);
      extracted.push({ origin: item.origin, article: record, facts });
    } catch (error) {
      fail({ origin: item.origin, stage: "extract", reason: `extraction failed: ${messageOf(error)}`, error });
    }
    // Let the responses of in-flight writes be handled between two extractions.
    await yieldToEventLoop();
  }
  return extracted;
}

function dryRunCounts(facts: ArticleFacts) {
  const created = (count: number) => ({ ...noCounts, created: count });
  return {
    status: "new" as const,
    entities: created(facts.entities.length),
    events: created(facts.events.length),
    statements: created(facts.statements.length),
  };
}

async function* batches<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length >= Math.max(1, size)) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
