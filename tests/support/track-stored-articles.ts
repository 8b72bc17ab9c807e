import type { Driver } from "neo4j-driver";
import { deleteOrphanEntities, removeArticleFacts } from "../../src/graph/remove-article-facts.js";

/** How a test file removes the articles it stored through the product, and everything they made. */
export interface StoredArticles {
  /** Removes the articles `ids` and what they made (see `trackStoredArticles`). */
  remove(ids: readonly string[]): Promise<void>;
}

/**
 * Call before a test file stores articles through the product's write path (ingestion, the ingest
 * mutations, `kg ingest`, the sample articles): notes the event buckets and event-matching locks
 * the database already holds. `remove` later takes the articles out through the product's own
 * removal (their statements and the events only they report; the links, dates and buckets they
 * gave events other articles report; the found entities nothing else names), then deletes the
 * buckets that hold no event and the locks that did not exist before: the product keeps its write
 * bookkeeping, so a test that made some removes it. Nothing that was there before is deleted.
 */
export async function trackStoredArticles(driver: Driver, database: string): Promise<StoredArticles> {
  const keys = async () => {
    const { records } = await driver.executeQuery(
      `MATCH (n) WHERE n:EventBucket OR n:EventMatchKey RETURN collect(n.key) AS keys`,
      {},
      { database },
    );
    return records[0]!.get("keys") as string[];
  };
  const before = await keys();
  return {
    async remove(ids) {
      const session = driver.session({ database });
      try {
        await session.executeWrite(async (tx) => {
          await deleteOrphanEntities(tx, await removeArticleFacts(tx, "", ids));
        });
      } finally {
        await session.close();
      }
      await driver.executeQuery(
        `MATCH (n) WHERE (n:EventBucket AND NOT EXISTS { (n)-[:HOLDS]->() } OR n:EventMatchKey) AND NOT n.key IN $before
         DELETE n`,
        { before },
        { database },
      );
    },
  };
}

/** The ids of the stored articles whose id starts with `prefix`: a test file's own, when all its ids carry its prefix. */
export async function storedArticleIds(driver: Driver, database: string, prefix: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN collect(a.id) AS ids",
    { prefix },
    { database },
  );
  return records[0]!.get("ids") as string[];
}
