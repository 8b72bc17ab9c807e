import type { ManagedTransaction } from "neo4j-driver";
import { matchWindow, type DatedValue, type EventPlace } from "../domain/event-identity.js";
import type { EventDate } from "../extract/types.js";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { candidateBucketSeeks, eventMatchKeys } from "./event-buckets.js";

/** A date as stored on an event and on each REPORTS: the value written, its precision, its interval (ISO days). */
export type StoredDate = DatedValue & { precision: string | null };

/** An extracted date as stored (a precision only with a value), or an unknown one for none. */
export function storedDate(date: EventDate | null): StoredDate {
  return date
    ? { value: date.value, precision: date.value ? date.precision : null, from: date.from, to: date.to }
    : { value: null, precision: null, from: null, to: null };
}

/** A stored event's state; `participantKeys` (`entityId|role`) and `placeIds` in the order written. */
export interface StoredEvent {
  id: string;
  type: string;
  participantKeys: string[];
  placeIds: string[];
  date: StoredDate;
}

/** New, a changed version of a stored article (same id or url, other content), or stored as it is. */
export type ArticleWriteStatus = "new" | "updated" | "unchanged";

/** What an article's write decides on, read before anything of it is written. */
export interface StoredArticle {
  status: ArticleWriteStatus;
  /** Other article ids under the same url: older versions this one replaces. */
  olderIds: string[];
  /** The events the stored version reports (what an unchanged article answers with). */
  reportedEventIds: string[];
  /** Per extracted event id, the stored events it may be; none when unchanged. */
  candidateIds: Map<string, string[]>;
}

/** The articles' states, their candidate events' states, and every place among them with its containers. */
export interface StoredArticles {
  articles: StoredArticle[];
  events: Map<string, StoredEvent>;
  places: Map<string, EventPlace>;
}

/** Cypher projection of an event `ev` as a `StoredEvent`. */
export const storedEventProjection = `ev {.id, .type, participantKeys: coalesce(ev.participantKeys, []), placeIds: coalesce(ev.placeIds, []),
  date: {value: ev.dateValue, precision: ev.precision, from: toString(ev.dateFrom), to: toString(ev.dateTo)}}`;

/**
 * Reads in one statement what the articles' writes decide on (see README). A transaction's first
 * read is given `lock`: the statement first locks, sorted, each of those articles (creating a new
 * one's node) and event-matching keys (`:EventMatchKey`, unique, so `MERGE` is race-free).
 */
export async function readStoredArticles(
  tx: ManagedTransaction,
  plans: readonly ArticleWritePlan[],
  lock: readonly ArticleWritePlan[] = [],
): Promise<StoredArticles> {
  const result = await tx.run(
    `CALL { UNWIND $batch.lockIds AS id MERGE (a:Article {id: id}) SET a._LOCK_ = true REMOVE a._LOCK_ }
     CALL { UNWIND $batch.lockKeys AS key MERGE (k:EventMatchKey {key: key}) SET k._LOCK_ = true REMOVE k._LOCK_ }
     UNWIND $batch.articles AS art
     CALL (art) {
       MATCH (a:Article {id: art.id})
       WITH a, art, COLLECT { UNWIND art.urls AS url MATCH (older:Article {url: url}) WHERE older.id <> art.id RETURN older.id } AS olderIds
       WITH a, art, olderIds, CASE WHEN coalesce(a.contentHash = art.contentHash, false) AND size(olderIds) = 0 THEN 'unchanged'
                                   WHEN a.contentHash IS NOT NULL OR size(olderIds) > 0 THEN 'updated' ELSE 'new' END AS status
       WITH a, art, olderIds, status, CASE WHEN status = 'unchanged' THEN [] ELSE art.candidateRows END AS candidateRows
       CALL (candidateRows) {
         UNWIND candidateRows AS f
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
         WHERE ev.id = f.id OR ev.dateFrom IS NULL OR f.dateFrom IS NULL
           OR (ev.dateFrom <= date(f.dateTo) AND date(f.dateFrom) <= ev.dateTo)
         RETURN collect({factId: f.id, event: ${storedEventProjection}}) AS candidates
       }
       RETURN status, olderIds, candidates,
              COLLECT { MATCH (a)-[:REPORTS]->(ev:Event) RETURN ev.id } AS reportedEventIds,
              COLLECT {
                UNWIND art.placeIds + reduce(ids = [], c IN candidates | ids + c.event.placeIds) AS placeId
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
  const read: StoredArticles = { articles: new Array(plans.length), events: new Map(), places: new Map() };
  for (const record of result.records) {
    const { index, status, olderIds, reportedEventIds, candidates, places } = record.toObject();
    for (const place of places as EventPlace[]) read.places.set(place.id, place);
    const candidateIds = new Map<string, string[]>();
    for (const { factId, event } of candidates as Array<{ factId: string; event: StoredEvent }>) {
      read.events.set(event.id, event);
      candidateIds.set(factId, [...(candidateIds.get(factId) ?? []), event.id]);
    }
    read.articles[index] = { status, olderIds, reportedEventIds, candidateIds };
  }
  return read;
}

function articleQueryRow({ article, events }: ArticleWritePlan, index: number) {
  return {
    index,
    id: article.id,
    contentHash: article.contentHash,
    // None or one: planned for a null url, the lookup scanned the whole url index.
    urls: article.url ? [article.url] : [],
    placeIds: [...new Set(events.flatMap((event) => (event.locationId ? [event.locationId] : [])))],
    candidateRows: events.map((event) => {
      const window = matchWindow(event.type, event.date ?? { from: null, to: null });
      return { id: event.id, ...candidateBucketSeeks(event), dateFrom: window.from, dateTo: window.to };
    }),
  };
}
