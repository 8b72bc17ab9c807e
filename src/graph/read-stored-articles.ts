import type { ManagedTransaction } from "neo4j-driver";
import type { EventPlace } from "../domain/event-identity.js";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { candidateBucketSeeks, eventMatchKeys } from "./event-buckets.js";
import { storedEventProjection, type StoredEvent } from "./stored-event.js";

/** New, a changed version of a stored article (same id or url, other content), or stored as it is. */
export type ArticleWriteStatus = "new" | "updated" | "unchanged";

/** What an article's write decides on, read before anything of it is written. */
export interface StoredArticle {
  status: ArticleWriteStatus;
  /** Other article ids under the same url: older versions this one replaces. */
  olderIds: string[];
  /** The events the stored version reports (what an unchanged article answers with). */
  reportedEventIds: string[];
  /** The stored events its events may be; none when unchanged. */
  candidates: StoredEvent[];
  /** Every place of its events and of those candidates, with the places that contain it. */
  places: EventPlace[];
}

/**
 * Reads in one statement what the articles' writes decide on (see README). A transaction's first
 * read is given `lock`: the statement first locks, sorted, each of those articles (creating a new
 * one's node) and event-matching keys (`:EventMatchKey`, unique, so `MERGE` is race-free).
 */
export async function readStoredArticles(
  tx: ManagedTransaction,
  plans: readonly ArticleWritePlan[],
  lock: readonly ArticleWritePlan[] = [],
): Promise<StoredArticle[]> {
  const result = await tx.run(
    `CALL { UNWIND $batch.lockIds AS id MERGE (a:Article {id: id}) SET a._LOCK_ = true REMOVE a._LOCK_ }
     CALL { UNWIND $batch.lockKeys AS key MERGE (k:EventMatchKey {key: key}) SET k._LOCK_ = true REMOVE k._LOCK_ }
     UNWIND $batch.articles AS art
     CALL (art) {
       MATCH (a:Article {id: art.id})
       WITH a, art, COLLECT { UNWIND art.urls AS url MATCH (older:Article {url: url}) WHERE older.id <> art.id RETURN older.id } AS olderIds
       WITH a, art, olderIds, CASE WHEN coalesce(a.contentHash = art.contentHash, false) AND size(olderIds) = 0 THEN 'unchanged'
                                   WHEN a.contentHash IS NOT NULL OR size(olderIds) > 0 THEN 'updated' ELSE 'new' END AS status
       CALL (art, status) {
         UNWIND CASE WHEN status = 'unchanged' THEN [] ELSE art.candidateRows END AS f
         CALL (f) {
           UNWIND f.bucketKeys AS key
           MATCH (:EventBucket {key: key})-[:HOLDS]->(ev)
           RETURN ev
           UNION
           UNWIND f.bucketPrefixes AS prefix
           MATCH (bucket:EventBucket) WHERE bucket.key STARTS WITH prefix
           MATCH (bucket)-[:HOLDS]->(ev)
           RETURN ev
           UNION
           MATCH (ev:Event {id: f.id})
           RETURN ev
         }
         WITH f, ev
         WHERE ev.id = f.id OR ev.dateFrom IS NULL OR f.window.from IS NULL
           OR (ev.dateFrom <= date(f.window.to) AND date(f.window.from) <= ev.dateTo)
         RETURN collect(DISTINCT ${storedEventProjection}) AS candidates
       }
       RETURN status, olderIds, candidates,
              COLLECT { MATCH (a)-[:REPORTS]->(ev:Event) RETURN ev.id } AS reportedEventIds,
              COLLECT {
                UNWIND art.placeIds + reduce(ids = [], c IN candidates | ids + c.placeIds) AS placeId
                WITH DISTINCT placeId
                OPTIONAL MATCH (:Entity {id: placeId})-[:LOCATED_IN]->(container:Entity)
                WITH placeId, collect(container.id) AS containerIds
                RETURN {id: placeId, containerIds: containerIds}
              } AS places
     }
     RETURN art.index AS index, status, olderIds, candidates, reportedEventIds, places`,
    {
      batch: {
        lockIds: [...new Set(lock.map((plan) => plan.article.id))].sort(),
        lockKeys: eventMatchKeys(lock.flatMap((plan) => plan.events)),
        articles: plans.map(articleQueryRow),
      },
    },
  );
  const stored: StoredArticle[] = [];
  for (const record of result.records) {
    const { index, ...article } = record.toObject();
    stored[index] = article as StoredArticle;
  }
  return stored;
}

function articleQueryRow({ article, events }: ArticleWritePlan, index: number) {
  return {
    index,
    id: article.id,
    contentHash: article.contentHash,
    // None or one: planned for a null url, the lookup scanned the whole url index.
    urls: article.url ? [article.url] : [],
    placeIds: [...new Set(events.flatMap((event) => (event.locationId ? [event.locationId] : [])))],
    candidateRows: events.map((event) => ({ id: event.id, ...candidateBucketSeeks(event) })),
  };
}
