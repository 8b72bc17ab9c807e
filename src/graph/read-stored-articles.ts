import type { ManagedTransaction } from "neo4j-driver";
import type { ArticleRecord, ArticleWritePlan, EventRow } from "./article-write-plan.js";
import { candidateQueryRows, findEventCandidatesSubquery, type StoredCandidate } from "./find-event-candidates.js";
import type { EventPlace } from "./match-events.js";

/** What an article's write decides on, read before anything of it is written. */
export interface StoredArticle {
  /** The content hash stored under the article's id, null when the article is new. */
  previousHash: string | null;
  /** Other article ids stored under the same url: older versions this one replaces. */
  olderIds: string[];
  /** The events the stored version reports (what an unchanged article answers with). */
  reportedEventIds: string[];
  /** The stored events each of the article's events may be (see `matchEvent`); none when unchanged. */
  candidates: StoredCandidate[];
}

/** What `readStoredArticles` read: each article's state, and the places of all their events and candidates. */
export interface StoredArticles {
  articles: StoredArticle[];
  /** Each place of the articles' events and of their candidates, with the places that contain it (a city's country), from reference data. */
  places: Map<string, EventPlace>;
}

/**
 * One round trip, one statement, run under the locks `lockArticles` took, reading for each article:
 * older versions under the same url, the events already reported (for an unchanged article), and,
 * unless the stored version is this very one, the stored events each of its events may be; and
 * the containers of every place among them. Holding the event-matching locks, a concurrent writer
 * of the same real-world event either committed before this read (and is seen) or waits until this
 * transaction commits (and then sees this one); what this transaction wrote before is seen as
 * well. The candidates are read before a replaced version's facts are removed: an event only that
 * version reported may be matched, and is then written again under its id.
 */
export async function readStoredArticles(tx: ManagedTransaction, plans: readonly ArticleWritePlan[]): Promise<StoredArticles> {
  const result = await tx.run(
    `UNWIND $batch.articles AS art
     CALL (art) {
       MATCH (a:Article {id: art.id})
       WITH a, art, COLLECT { UNWIND art.urls AS url MATCH (older:Article {url: url}) WHERE older.id <> art.id RETURN older.id } AS olderIds
       WITH a, art, olderIds, coalesce(a.contentHash = art.contentHash, false) AND size(olderIds) = 0 AS unchanged
       WITH a, art, olderIds, CASE WHEN unchanged THEN [] ELSE art.candidateRows END AS candidateRows
       ${findEventCandidatesSubquery}
       RETURN a.contentHash AS previousHash, olderIds, candidates,
              COLLECT { MATCH (a)-[:REPORTS]->(ev:Event) RETURN ev.id } AS reportedEventIds,
              COLLECT {
                UNWIND art.placeIds + reduce(ids = [], candidate IN candidates | ids + candidate.placeIds) AS placeId
                WITH DISTINCT placeId
                OPTIONAL MATCH (:Entity {id: placeId})-[:LOCATED_IN]->(container:Entity)
                WITH placeId, collect(container.id) AS containerIds
                RETURN {id: placeId, containerIds: containerIds}
              } AS places
     }
     RETURN art.index AS index, previousHash, olderIds, candidates, reportedEventIds, places`,
    { batch: { articles: plans.map(({ article, events }, index) => articleQueryRow(index, article, events)) } },
  );
  const articles: StoredArticle[] = new Array(plans.length);
  const places = new Map<string, EventPlace>();
  for (const record of result.records) {
    for (const place of record.get("places") as EventPlace[]) places.set(place.id, place);
    articles[record.get("index") as number] = {
      previousHash: record.get("previousHash") ?? null,
      olderIds: record.get("olderIds"),
      reportedEventIds: record.get("reportedEventIds"),
      candidates: record.get("candidates"),
    };
  }
  return { articles, places };
}

function articleQueryRow(index: number, article: ArticleRecord, events: readonly EventRow[]) {
  return {
    index,
    id: article.id,
    contentHash: article.contentHash,
    // None or one: planned for a null url, the lookup scanned the whole url index.
    urls: article.url ? [article.url] : [],
    placeIds: [...new Set(events.flatMap((event) => (event.locationId ? [event.locationId] : [])))],
    candidateRows: candidateQueryRows(events),
  };
}
