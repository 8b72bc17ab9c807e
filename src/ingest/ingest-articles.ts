import type { Driver } from "neo4j-driver";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { ArticleFacts, ExtractionResources } from "../extract/types.js";
import type { ArticleSource } from "../input/read-articles.js";
import type { ArticleRecord } from "../graph/article-write-plan.js";
import { refreshSearchIndexes } from "../graph/refresh-search-indexes.js";
import { writeArticleFacts } from "../graph/write-article-facts.js";
import { noCounts } from "../graph/write-counts.js";
import type { Logger } from "../logger.js";
import { countArticle, countFailure, emptySummary, type IngestSummary } from "./ingest-summary.js";
import { prepareArticle } from "./prepare-article.js";
import { runPool } from "./run-pool.js";


/** How far an ingest run has got; passed to `onProgress` after every article. */
export interface IngestProgress {
  /** Articles finished so far, failed ones included. */
  done: number;
  failed: number;
}

/** Options of `ingestArticles`. */
export interface IngestOptions {
  /** Needed unless `dryRun`. */
  driver?: Driver;
  database: string;
  resources: ExtractionResources;
  logger: Logger;
  /** Articles read and extracted as one step; their writes run while the next batch is extracted. @default 50 */
  batchSize?: number;
  /** Article transactions in flight at once. @default 4 */
  concurrency?: number;
  /** Extract and count without touching the database. @default false */
  dryRun?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

interface Extracted {
  origin: string;
  record: ArticleRecord;
  facts: ArticleFacts;
}

/**
 * The ingestion flow: read → extract → write, one transaction per article. A bad article (unreadable,
 * failing extraction, or failing its write after the driver's retries) is recorded with its origin
 * and reason and the rest go on; nothing of a failed write remains. Extraction is synchronous and
 * runs on this thread while up to `concurrency` writes of the previous batch are in flight. The
 * run ends once the full-text indexes show what it wrote.
 */
export async function ingestArticles(source: AsyncIterable<ArticleSource>, options: IngestOptions): Promise<IngestSummary> {
  const { batchSize = 50, concurrency = 4, dryRun = false } = options;
  if (!dryRun && !options.driver) throw new Error("ingestArticles needs a driver unless dryRun is set");
  const started = performance.now();
  const summary = emptySummary(dryRun);
  const progress = { done: 0, failed: 0 };
  const finish = (failed: boolean) => {
    progress.done += 1;
    if (failed) progress.failed += 1;
    options.onProgress?.({ ...progress });
  };
  const fail = (origin: string, reason: string) => {
    countFailure(summary, { origin, reason });
    options.logger.debug(`failed: ${origin}: ${reason}`);
    finish(true);
  };
  let writing: Promise<void> = Promise.resolve();
  for await (const batch of batches(source, batchSize)) {
    const extracted = await extractBatch(batch, options.resources, fail);
    await writing;
    if (dryRun) {
      for (const item of extracted) {
        countArticle(summary, dryRunCounts(item.facts));
        finish(false);
      }
      continue;
    }
    writing = runPool(extracted, concurrency, async (item) => {
      try {
        const result = await writeArticleFacts(options.driver!, { database: options.database, article: item.record, facts: item.facts });
        countArticle(summary, result);
        finish(false);
      } catch (error) {
        fail(item.origin, `write failed: ${messageOf(error)}`);
      }
    });
  }
  await writing;
  if (!dryRun) await refreshSearchIndexes(options.driver!, options.database);
  summary.elapsedMs = performance.now() - started;
  return summary;
}

async function extractBatch(
  batch: readonly ArticleSource[],
  resources: ExtractionResources,
  fail: (origin: string, reason: string) => void,
): Promise<Extracted[]> {
  const extracted: Extracted[] = [];
  for (const item of batch) {
    if (!item.article) {
      fail(item.origin, item.error ?? "no article");
      continue;
    }
    try {
      extracted.push({ origin: item.origin, ...prepareArticle(item.article, resources) });
    } catch (error) {
      fail(item.origin, `extraction failed: ${messageOf(error)}`);
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
