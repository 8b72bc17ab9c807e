import type { Driver } from "neo4j-driver";
import { writeArticles, type ArticleWrite, type ArticleWriteResult } from "../graph/write-article-facts.js";
import { DatabaseUnavailableError, retryTransient, type RetryPolicy } from "./retry-transient.js";

/** An article ready to be written, with where it came from (file, or file:line) for failure reports. */
export interface PreparedArticle extends ArticleWrite {
  origin: string;
}

/** Where `writeBatch` reports each article's outcome. */
export interface BatchOutcome {
  written(item: PreparedArticle, result: ArticleWriteResult): void;
  /** `error` is what the article's own transaction threw. */
  failed(item: PreparedArticle, error: unknown): void;
  /** A transient failure that is about to be retried. */
  retried(error: unknown): void;
}

/** Where and how `writeBatch` writes. */
export interface BatchTarget {
  driver: Driver;
  database: string;
  retry: RetryPolicy;
  /** Aborted when the database is known to be gone: stop at once instead of retrying. */
  signal?: AbortSignal;
  /** The most one write transaction may take, in milliseconds; unbounded when absent. */
  timeoutMs?: number;
}

/**
 * Writes a batch of articles in one transaction, retrying transient failures (retry-transient.ts).
 * If that transaction fails for good, nothing of the batch was stored, and each article is
 * written again in a transaction of its own, so one bad article is reported alone and the others
 * still land. When the database is unavailable no article is to blame: `DatabaseUnavailableError`
 * is thrown, with nothing of the batch reported, and the caller stops.
 */
export async function writeBatch(
  target: BatchTarget,
  items: readonly PreparedArticle[],
  outcome: BatchOutcome,
): Promise<void> {
  try {
    const results = await retryTransient(
      () => writeArticles(target.driver, { database: target.database, articles: items, timeoutMs: target.timeoutMs }),
      {
        policy: target.retry,
        signal: target.signal,
        onRetry: (error) => outcome.retried(error),
      },
    );
    items.forEach((item, index) => outcome.written(item, results[index]!));
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    if (items.length === 1) return outcome.failed(items[0]!, error);
    for (const item of items) await writeBatch(target, [item], outcome);
  }
}
