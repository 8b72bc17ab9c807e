import type { Driver } from "neo4j-driver";
import { join } from "node:path";
import type { Config } from "../../src/config.js";
import { deleteOrphanEntities, refreshEvents, removeArticleFacts } from "../../src/graph/remove-article-facts.js";
import { readArticles } from "../../src/input/read-articles.js";

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
 * Removes the articles `ids` through the product's own removal (their statements and the events only
 * they report, the links they gave shared events, the found entities nothing else names), so a test
 * deletes what it stored and nothing more.
 */
export async function removeArticles(driver: Driver, database: string, ids: readonly string[]): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const removed = await removeArticleFacts(tx, "", ids);
      await refreshEvents(tx, removed.sharedEvents);
      await deleteOrphanEntities(tx, removed.entityIds);
    });
  } finally {
    await session.close();
  }
}
