import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleRecord } from "./article-write-plan.js";
import type { EventPlace } from "./match-events.js";

/** What the first statement of an article's transaction learns before anything is written. */
export interface LockedArticle {
  /** The content hash stored under the article's id, null when the article is new. */
  previousHash: string | null;
  /** Other article ids stored under the same url: older versions this one replaces. */
  olderIds: string[];
  /** The events the stored version reports (what an unchanged article answers with). */
  reportedEventIds: string[];
  /** Each of `placeIds` with the places that contain it (a city's country), from reference data. */
  places: Map<string, EventPlace>;
}

/**
 * The first round trip of an article's write. Takes the article's write lock before reading its
 * stored hash, so two writers of one article queue instead of both deciding it is new, and reads in
 * the same statement everything the next steps decide on: older versions under the same url, the
 * events already reported (for an unchanged article) and the containers of the event places (for
 * the event-matching keys).
 */
export async function lockArticle(tx: ManagedTransaction, article: ArticleRecord, placeIds: readonly string[]): Promise<LockedArticle> {
  const result = await tx.run(
    `MERGE (a:Article {id: $id})
     SET a._LOCK_ = true
     REMOVE a._LOCK_
     WITH a
     OPTIONAL MATCH (older:Article {url: $url}) WHERE $url IS NOT NULL AND older.id <> $id
     WITH a, collect(older.id) AS olderIds
     RETURN a.contentHash AS previousHash, olderIds,
            COLLECT { MATCH (a)-[:REPORTS]->(ev:Event) RETURN ev.id } AS reportedEventIds,
            COLLECT {
              UNWIND $batch.placeIds AS placeId
              OPTIONAL MATCH (:Entity {id: placeId})-[:LOCATED_IN]->(container:Entity)
              WITH placeId, collect(container.id) AS containerIds
              RETURN {id: placeId, containerIds: containerIds}
            } AS places`,
    { id: article.id, url: article.url, batch: { placeIds: [...placeIds] } },
  );
  const record = result.records[0]!;
  const places = record.get("places") as EventPlace[];
  return {
    previousHash: record.get("previousHash") ?? null,
    olderIds: record.get("olderIds"),
    reportedEventIds: record.get("reportedEventIds"),
    places: new Map(places.map((place) => [place.id, place])),
  };
}
