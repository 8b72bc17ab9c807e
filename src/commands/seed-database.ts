import { join } from "node:path";
import type { Config } from "../config.js";
import type { IngestService } from "../ingest/ingest-service.js";
import { readArticles } from "../input/read-articles.js";
import type { Logger } from "../logger.js";

/**
 * Loads the sample articles of `seed/articles/` that `kg start` serves, through the process's
 * ingest service (which stores the gazetteer's reference data first). Unchanged articles are
 * skipped, so a second start only checks them.
 */
export async function seedDatabase(ingest: IngestService, config: Config, logger: Logger): Promise<void> {
  const articles = readArticles([join(config.seedDir, "articles")], {
    maxArticleBytes: config.extraction.maxArticleBytes,
  });
  // One transaction in flight: which report of an event creates it decides its title, and the
  // documented answers (docs/QUERIES.md) must not depend on which of two batches commits first.
  const summary = await ingest.ingest(articles, { concurrency: 1 });
  logger.info(
    `sample articles: ${summary.articles.new} new, ${summary.articles.updated} updated, ` +
      `${summary.articles.unchanged} unchanged, ${summary.articles.failed} failed`,
  );
}
