import type { Driver } from "neo4j-driver";
import { join } from "node:path";
import type { Config } from "../config.js";
import { writeReferenceData } from "../graph/write-reference-data.js";
import { ingestArticles } from "../ingest/ingest-articles.js";
import { readArticles } from "../input/read-articles.js";
import type { Logger } from "../logger.js";
import { loadExtractionResources } from "../resources/load-resources.js";

/**
 * Loads what `kg start` serves: the gazetteer's reference data (places, offices) and the sample
 * articles of `seed/articles/`, through the same ingest path as `kg ingest`. Unchanged articles
 * are skipped, so a second start only checks them. One transaction at a time: the first report
 * of an event names it, so the seed is written in the files' order and docs/QUERIES.md's answers
 * come out the same on every start.
 */
export async function seedDatabase(driver: Driver, config: Config, logger: Logger): Promise<void> {
  const database = config.neo4j.database;
  const resources = await loadExtractionResources(config.seedDir);
  await writeReferenceData(driver, { database, resources });
  const articles = readArticles([join(config.seedDir, "articles")], {
    maxArticleBytes: config.extraction.maxArticleBytes,
  });
  const summary = await ingestArticles(articles, { driver, database, resources, logger, concurrency: 1 });
  logger.info(
    `sample articles: ${summary.articles.new} new, ${summary.articles.updated} updated, ` +
      `${summary.articles.unchanged} unchanged, ${summary.articles.failed} failed`,
  );
}
