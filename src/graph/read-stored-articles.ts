import type { ManagedTransaction } from "neo4j-driver";
import { matchWindow, type EventPlace } from "../domain/event-identity.js";
import type { EventDate } from "../extract/types.js";
import type { ArticleWritePlan } from "./article-write-plan.js";
import { candidateBucketSeeks } from "./event-buckets.js";

/** An event's date as stored on it and on each REPORTS: the value it was written as, its precision, and its interval (ISO days). */
export interface StoredDate {
  value: string | null;
  precision: string | null;
  from: string | null;
  to: string | null;
}

/** An extracted date as stored (a precision only with a value), or an unknown one for none. */
export function storedDate(date: EventDate | null): StoredDate {
  return date
    ? { value: date.value, precision: date.value ? date.precision : null, from: date.from, to: date.to }
    : { value: null, precision: null, from: null, to: null };
}

/** A stored event's whole state, as the identity rules and the write plan need it. */
export interface StoredEvent {
  id: string;
  type: string;
  /** `entityId|role` of each PARTICIPANT link, in the order written. */
  participantKeys: string[];
  /** The ids of its LOCATED_IN places, in the order written. */
  placeIds: string[];
  date: StoredDate;
}

/** Whether an article is new, a changed version of a stored one (same id or url, other content), or stored as it is (same id and content hash). */
export type ArticleWriteStatus = "new" | "updated" | "unchanged";

/** What an article's write decides on, read before anything of it is written. */
export interface StoredArticle {
  status: ArticleWriteStatus;
  /** Other article ids stored under the same url: older versions this one replaces. */
  olderIds: string[];
  /** The events the stored version reports (what an unchanged article answers with). */
  reportedEventIds: string[];
  /** Per extracted event id, the stored events it may be (see `matchEvent`); none when unchanged. */
  candidateIds: Map<string, string[]>;
}

/** What `readStoredArticles` read: each article's state, the candidate events' states, and the places among them. */
export interface StoredArticles {
  articles: StoredArticle[];
  events: Map<string, StoredEvent>;
  /** Each place of the articles' events and of their candidates, with the places that contain it (a city's country). */
  places: Map<string, EventPlace>;
}

/** Cypher projection of an event `ev` as a `StoredEvent`. */
export const storedEventProjection = `ev {.id, .type, participantKeys: coalesce(ev.participantKeys, []), placeIds: coalesce(ev.placeIds, []),
  date: {value: ev.dateValue, precision: ev.precision, from: toString(ev.dateFrom), to: toString(ev.dateTo)}}`;

/**
 * One statement, run under the locks `lockArticles` took, reading for each article: older versions
 * under the same url, the events already reported (for an unchanged article), and, unless the
 * stored version is this very one, the stored events each of its events may be, with their whole
 * state; and the containers of every place among them. Candidates are found by their event buckets
 * (`candidateBucketSeeks`: a seek by key, a range seek by prefix) and by the event's own id. Under
 * the event-matching locks, a concurrent writer of the same real-world event either committed
 * before this read (and is seen) or waits for this transaction.
 */
export async function readStoredArticles(
  tx: ManagedTransaction,
  plans: readonly ArticleWritePlan[],
): Promise<StoredArticles> {
  const result = await tx.run(
    `UNWIND $batch.articles AS art
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
    { batch: { articles: plans.map(articleQueryRow) } },
  );
  const articles: StoredArticle[] = new Array(plans.length);
  const events = new Map<string, StoredEvent>();
  const places = new Map<string, EventPlace>();
  for (const record of result.records) {
    for (const place of record.get("places") as EventPlace[]) places.set(place.id, place);
    const candidateIds = new Map<string, string[]>();
    for (const { factId, event } of record.get("candidates") as Array<{ factId: string; event: StoredEvent }>) {
      events.set(event.id, event);
      candidateIds.set(factId, [...(candidateIds.get(factId) ?? []), event.id]);
    }
    const [status, olderIds, reportedEventIds] = ["status", "olderIds", "reportedEventIds"].map((key) =>
      record.get(key),
    );
    articles[record.get("index")] = { status, olderIds, reportedEventIds, candidateIds };
  }
  return { articles, events, places };
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
