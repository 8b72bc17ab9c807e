import type { Driver } from "neo4j-driver";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { messageOf } from "../error-message.js";
import type { ArticleFacts, ArticleInput, ExtractionResources } from "../extract/types.js";
import type { ArticleSource } from "../input/read-articles.js";
import { refreshSearchIndexes } from "../graph/refresh-search-indexes.js";
import type { ArticleWriteResult } from "../graph/write-article-facts.js";
import { noCounts } from "../graph/write-counts.js";
import type { Logger } from "../logger.js";
import { InvalidArticleError } from "./check-article-input.js";
import { countArticle, countFailure, emptySummary, type IngestFailure, type IngestSummary } from "./ingest-summary.js";
import { prepareArticle } from "./prepare-article.js";
import { DatabaseUnavailableError, defaultRetryPolicy, retryTransient, type RetryPolicy } from "./retry-transient.js";
import { runPool } from "./run-pool.js";
import { writeBatch, type BatchOutcome, type BatchTarget, type PreparedArticle } from "./write-batch.js";

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
  /** Retries of transient write failures. @default defaultRetryPolicy */
  retry?: RetryPolicy;
  /** Aborted when the database is known to be gone (its embedded process exited): the run stops at once. */
  signal?: AbortSignal;
  /**
   * The most one write transaction may take, in milliseconds: Neo4j terminates a slower one, and its
   * articles fail with nothing of them stored. The API passes QUERY_TIMEOUT_MS. @default unbounded
   */
  writeTimeoutMs?: number;
  /**
   * Extracts one article. @default `prepareArticle` on this thread with `resources`; the server
   * passes its extraction pool's, which runs off the event loop.
   */
  prepare?: PrepareArticle;
}

/** The extraction half of ingestion for one article, on this thread or another. */
export type PrepareArticle = (input: ArticleInput) => Prepared | Promise<Prepared>;
type Prepared = ReturnType<typeof prepareArticle>;

/** One article an ingest run wrote: where it came from, what the write did, and what extraction had to guess or skip. */
export interface IngestedArticle {
  origin: string;
  result: ArticleWriteResult;
  warnings: string[];
}

/**
 * The ingestion flow: read → extract → write, `batchSize` articles per transaction, each article
 * all or nothing. A bad article (unreadable, failing extraction, or failing its write after the
 * retries of transient failures) is recorded with its origin and reason and the rest go on;
 * nothing of a failed write remains. When the database is unavailable (still unreachable after
 * the retries, or `signal` aborted) the run stops there: the articles not written are counted as
 * failed and `summary.stopped` says why. Extraction runs on this thread (or through `prepare`,
 * e.g. the server's worker pool) while up to `concurrency` transactions of the previous step are in flight. A complete run ends once
 * the full-text indexes show what it wrote.
 */
export async function ingestArticles(
  source: AsyncIterable<ArticleSource>,
  options: IngestOptions,
): Promise<IngestSummary> {
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
  // Extracted articles without an outcome yet: what is not stored if the run stops.
  const unwritten = new Set<PreparedArticle>();
  let writing: Promise<void> = Promise.resolve();
  const outcome: BatchOutcome = {
    written: (item, result) => {
      unwritten.delete(item);
      countArticle(summary, result);
      options.onArticle?.({ origin: item.origin, result, warnings: item.facts.warnings });
      finish(false);
    },
    failed: (item, error) => {
      unwritten.delete(item);
      fail({ origin: item.origin, stage: "write", reason: `write failed: ${messageOf(error)}`, error });
    },
    retried: () => (summary.retries += 1),
  };
  const retry = options.retry ?? defaultRetryPolicy;
  const prepare = options.prepare ?? ((input: ArticleInput) => prepareArticle(input, options.resources));
  const target: BatchTarget = {
    driver: options.driver!,
    database: options.database,
    retry,
    signal: options.signal,
    timeoutMs: options.writeTimeoutMs,
  };
  try {
    for await (const step of batches(source, batchSize * concurrency)) {
      if (options.signal?.aborted) throw new DatabaseUnavailableError(options.signal.reason);
      const extracted = await extractBatch(step, prepare, fail);
      if (dryRun) {
        for (const item of extracted) {
          countArticle(summary, dryRunCounts(item.facts));
          finish(false);
        }
        continue;
      }
      extracted.forEach((item) => unwritten.add(item));
      await writing;
      writing = runPool(chunks(extracted, batchSize), concurrency, (batch) => writeBatch(target, batch, outcome));
      // Awaited at the next step; this handler only keeps a failure meanwhile from counting as unhandled.
      writing.catch(() => undefined);
    }
    await writing;
    if (!dryRun)
      await retryTransient(() => refreshSearchIndexes(options.driver!, options.database), {
        policy: retry,
        signal: options.signal,
      });
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    // Writes still in flight report their outcome before the rest is counted as not written.
    await writing.catch(() => undefined);
    summary.stopped = error.message;
    for (const item of unwritten) {
      fail({
        origin: item.origin,
        stage: "write",
        reason: "not written: the run stopped because the database is unavailable",
        error,
      });
    }
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/**
 * Extracts a step's articles and returns them in input order, the failed ones left out. All of
 * them are handed to `prepare` before any is awaited, so a worker pool extracts them in parallel;
 * an extraction on this thread runs inside the call, and the pause after each one lets the
 * responses of in-flight writes be handled between two extractions.
 */
async function extractBatch(
  batch: readonly ArticleSource[],
  prepare: PrepareArticle,
  fail: (failure: IngestFailure) => void,
): Promise<PreparedArticle[]> {
  const pending: Promise<PreparedArticle | null>[] = [];
  for (const item of batch) {
    pending.push(extractOne(item, prepare, fail));
    await yieldToEventLoop();
  }
  return (await Promise.all(pending)).filter((item) => item !== null);
}

async function extractOne(
  item: ArticleSource,
  prepare: PrepareArticle,
  fail: (failure: IngestFailure) => void,
): Promise<PreparedArticle | null> {
  if (!item.article) {
    fail({ origin: item.origin, stage: "read", reason: item.error ?? "no article" });
    return null;
  }
  try {
    const { record, facts } = await prepare(item.article);
    return { origin: item.origin, article: record, facts };
  } catch (error) {
    fail({
      origin: item.origin,
      stage: "extract",
      reason:
        error instanceof InvalidArticleError
          ? `invalid article: ${error.message}`
          : `extraction failed: ${messageOf(error)}`,
      error,
    });
    return null;
  }
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
