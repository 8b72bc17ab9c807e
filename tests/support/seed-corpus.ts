import type { Driver } from "neo4j-driver";
import { join } from "node:path";
import { seedDatabase } from "../../src/commands/seed-database.js";
import type { Config } from "../../src/config.js";
import type { IngestService } from "../../src/ingest/ingest-service.js";
import { readArticles } from "../../src/input/read-articles.js";
import { silentLogger } from "../../src/logger.js";
import { trackStoredArticles } from "./track-stored-articles.js";

/** The ids of the sample articles `seedDatabase` stores (every one names its id). */
export async function seedCorpusIds(config: Config): Promise<string[]> {
  const ids: string[] = [];
  for await (const source of readArticles([join(config.seedDir, "articles")], {
    maxArticleBytes: config.extraction.maxArticleBytes,
  })) {
    if (!source.article?.id) throw new Error(`${source.origin}: a sample article without an id cannot be cleaned up`);
    ids.push(source.article.id);
  }
  return ids;
}

/**
 * Stores the sample articles as `kg start` does (`seedDatabase`), and returns how to remove exactly
 * what they made (`trackStoredArticles`). Refuses when any of them is stored already: this file
 * would then remove an article it did not store.
 */
export async function storeSeedCorpus(
  services: { driver: Driver; ingest: IngestService },
  config: Config,
): Promise<{ remove(): Promise<void> }> {
  const { driver, ingest } = services;
  const database = config.neo4j.database;
  const ids = await seedCorpusIds(config);
  const { records } = await driver.executeQuery(
    "MATCH (a:Article) WHERE a.id IN $ids RETURN collect(a.id)[..5] AS stored",
    { ids },
    { database },
  );
  const stored = records[0]!.get("stored") as string[];
  if (stored.length > 0) {
    throw new Error(`sample articles are stored already (${stored.join(", ")}…), by something other than this file`);
  }
  const articles = await trackStoredArticles(driver, database);
  const remove = () => articles.remove(ids);
  try {
    await seedDatabase(ingest, config, silentLogger);
  } catch (error) {
    await remove();
    throw error;
  }
  return { remove };
}
