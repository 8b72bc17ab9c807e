import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleRecord, EventRow } from "./article-write-plan.js";
import { candidateQueryRows, candidatesByEvent, findEventCandidatesSubquery } from "./find-event-candidates.js";
import type { EventCandidate, EventPlace } from "./match-events.js";

/** What an article's write decides on, read before anything of it is written. */
export interface StoredArticle {
  /** The content hash stored under the article's id, null when the article is new. */
  previousHash: string | null;
  /** Other article ids stored under the same url: older versions this one replaces. */
  olderIds: string[];
  /** The events the stored version reports (what an unchanged article answers with). */
  reportedEventIds: string[];
  /** Each place of the article's events and their candidates, with the places that contain it (a city's country), from reference data. */
  places: Map<string, EventPlace>;
  /** Per event id of the article, the stored events it may be (see `matchEvent`); empty when unchanged. */
  candidates: Map<string, EventCandidate[]>;
}

/**
 * The first round trip of one article's write, one statement, run under the locks `lockArticles`
 * took: older versions under the same url, the events already reported (for an unchanged article),
 * the containers of the event places and, unless the stored version is this very one, the stored
 * events each of the article's events may be. Holding the event-matching locks, a concurrent writer
 * of the same real-world event either committed before this read (and is seen) or waits until this
 * transaction commits (and then sees this one); an earlier article of the same transaction is seen
 * as well. The candidates are read before a replaced version's facts are removed: an event only
 * that version reported may be matched, and is then written again under its id.
 */
export async function readStoredArticle(tx: ManagedTransaction, article: ArticleRecord, events: readonly EventRow[]): Promise<StoredArticle> {
  const result = await tx.run(
    `MATCH (a:Article {id: $id})
     WITH a, COLLECT { UNWIND $batch.urls AS url MATCH (older:Article {url: url}) WHERE older.id <> $id RETURN older.id } AS olderIds
     WITH a, olderIds, coalesce(a.contentHash = $contentHash, false) AND size(olderIds) = 0 AS unchanged
     WITH a, olderIds, CASE WHEN unchanged THEN [] ELSE $batch.candidateRows END AS candidateRows
     ${findEventCandidatesSubquery}
     RETURN a.contentHash AS previousHash, olderIds, candidates,
            COLLECT { MATCH (a)-[:REPORTS]->(ev:Event) RETURN ev.id } AS reportedEventIds,
            COLLECT {
              UNWIND $batch.placeIds + reduce(ids = [], candidate IN candidates | ids + candidate.placeIds) AS placeId
              WITH DISTINCT placeId
              OPTIONAL MATCH (:Entity {id: placeId})-[:LOCATED_IN]->(container:Entity)
              WITH placeId, collect(container.id) AS containerIds
              RETURN {id: placeId, containerIds: containerIds}
            } AS places`,
    {
      id: article.id,
      contentHash: article.contentHash,
      batch: {
        // None or one: planned for a null `$url`, the lookup scanned the whole url index.
        urls: article.url ? [article.url] : [],
        placeIds: placeIds(events),
        candidateRows: candidateQueryRows(events),
      },
    },
  );
  const record = result.records[0]!;
  const places = new Map((record.get("places") as EventPlace[]).map((place) => [place.id, place]));
  return {
    previousHash: record.get("previousHash") ?? null,
    olderIds: record.get("olderIds"),
    reportedEventIds: record.get("reportedEventIds"),
    places,
    candidates: candidatesByEvent(record.get("candidates"), places),
  };
}

function placeIds(events: readonly EventRow[]): string[] {
  return [...new Set(events.flatMap((event) => (event.locationId ? [event.locationId] : [])))];
}
