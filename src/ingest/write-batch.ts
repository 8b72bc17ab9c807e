import type { Driver } from "neo4j-driver";
import { writeArticles, type ArticleWrite, type ArticleWriteResult } from "../graph/write-article-facts.js";

/** An article ready to be written, with where it came from (file, or file:line) for failure reports. */
export interface PreparedArticle extends ArticleWrite {
  origin: string;
}

/** Where `writeBatch` reports each article's outcome. */
export interface BatchOutcome {
  written(item: PreparedArticle, result: ArticleWriteResult): void;
  /** `error` is what the article's own transaction threw. */
  failed(item: PreparedArticle, error: unknown): void;
}

/**
 * Writes a batch of articles in one transaction. If that transaction fails for good (after the
 * driver's retries), nothing of the batch was stored, and each article is written again in a
 * transaction of its own, so one bad article is reported alone and the others still land.
 */
export async function writeBatch(driver: Driver, database: string, items: readonly PreparedArticle[], outcome: BatchOutcome): Promise<void> {
  try {
    const results = await writeArticles(driver, { database, articles: items });
    items.forEach((item, index) => outcome.written(item, results[index]!));
  } catch (error) {
    if (items.length === 1) return outcome.failed(items[0]!, error);
    for (const item of items) await writeBatch(driver, database, [item], outcome);
  }
}
