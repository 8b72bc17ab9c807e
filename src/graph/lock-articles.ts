import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { eventMatchKeys } from "./event-buckets.js";

/**
 * The first statement of a write transaction: takes the write lock of every article in it and of
 * every event-matching key its events need (one `:EventMatchKey` node per key, unique by
 * migration, so `MERGE` on them is race-free), all sorted, before anything is read. Two writers of
 * one article, or of one real-world event, queue instead of both deciding it is new; and since
 * every transaction locks in the same order at its start, transactions of many articles queue
 * rather than deadlock. Setting and removing a property holds a node's lock until commit without
 * changing it. A new article's node is created here.
 */
export async function lockArticles(tx: ManagedTransaction, plans: readonly ArticleWritePlan[]): Promise<void> {
  await tx.run(
    `CALL {
       UNWIND $batch.articleIds AS id
       MERGE (a:Article {id: id})
       SET a._LOCK_ = true
       REMOVE a._LOCK_
     }
     CALL {
       UNWIND $batch.matchKeys AS key
       MERGE (lock:EventMatchKey {key: key})
       SET lock._LOCK_ = true
       REMOVE lock._LOCK_
     }
     RETURN true AS locked`,
    {
      batch: {
        articleIds: [...new Set(plans.map((plan) => plan.article.id))].sort(),
        matchKeys: eventMatchKeys(plans.flatMap((plan) => plan.events)),
      },
    },
  );
}
