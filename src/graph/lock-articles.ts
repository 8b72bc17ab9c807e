import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { eventMatchKeys, lockEventMatchKeysSubquery } from "./event-match-keys.js";

/**
 * The first statement of a write transaction: takes the write lock of every article in it and
 * every event-matching key its events need (`eventMatchKeys`), all sorted, before anything is
 * read. Two writers of one article queue instead of both deciding it is new; two writers of one
 * real-world event queue instead of each creating it; and since every transaction takes its locks
 * in the same order at its start, transactions of many articles queue rather than deadlock (a
 * deadlock would roll back, and the driver retry, the whole batch). An article's node is created
 * here if it is new; `readStoredArticles` then reads its state under these locks.
 */
export async function lockArticles(tx: ManagedTransaction, plans: readonly ArticleWritePlan[]): Promise<void> {
  await tx.run(
    `CALL {
       UNWIND $batch.articleIds AS id
       MERGE (a:Article {id: id})
       SET a._LOCK_ = true
       REMOVE a._LOCK_
     }
     WITH $batch.matchKeys AS matchKeys
     ${lockEventMatchKeysSubquery}
     RETURN true AS locked`,
    {
      batch: {
        articleIds: [...new Set(plans.map((plan) => plan.article.id))].sort(),
        matchKeys: eventMatchKeys(plans.flatMap((plan) => plan.events)),
      },
    },
  );
}
