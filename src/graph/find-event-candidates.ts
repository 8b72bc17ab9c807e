import type { EventRow } from "./article-write-plan.js";
import { candidateBucketSeeks } from "./event-buckets.js";
import type { EventCandidate, EventPlace } from "./match-events.js";

/** One event as `findEventCandidatesSubquery` reads it from `candidateRows`. */
export interface CandidateQueryRow {
  id: string;
  /** The event buckets that can hold its candidates (see `candidateBucketSeeks`). */
  bucketKeys: string[];
  bucketPrefixes: string[];
  dateFrom: string | null;
  dateTo: string | null;
  /** Whether the event has a place: only then do the candidates' places count (`placesCompatible` needs both). */
  placed: boolean;
}

/** The `candidateRows` of `findEventCandidatesSubquery`: one per event about to be written. */
export function candidateQueryRows(events: readonly EventRow[]): CandidateQueryRow[] {
  return events.map((event) => ({
    id: event.id,
    ...candidateBucketSeeks(event),
    dateFrom: event.dateFrom,
    dateTo: event.dateTo,
    placed: event.locationId !== null,
  }));
}

/**
 * Cypher subquery returning `candidates`: for each row of `candidateRows` (a list in scope), the
 * stored events that could be the same one (same type, at least one shared participant, dates that
 * overlap or are unknown; the rest of the rule is `matchEvent`'s), and the event stored under its
 * own id. It seeks the event's buckets by their unique key (a range seek for prefixes) and expands
 * only their HOLDS links, so its cost grows with how many events one participant has of one type in one year, not
 * with the graph. A bucket key names its participant, so the participants a candidate shares are
 * the distinct ones among the buckets it was found in (none for the event's own id); HOLDS only
 * ever leads to an event, so the label is not checked. A candidate's places (`placeIds`, kept on
 * the event by write-events.ts) are read only for an event that has one of its own.
 */
export const findEventCandidatesSubquery = `
  CALL (candidateRows) {
    UNWIND candidateRows AS f
    CALL (f) {
      UNWIND f.bucketKeys AS key
      MATCH (:EventBucket {key: key})-[:HOLDS]->(ev)
      RETURN ev, key
      UNION
      UNWIND f.bucketPrefixes AS prefix
      MATCH (bucket:EventBucket) WHERE bucket.key STARTS WITH prefix
      MATCH (bucket)-[:HOLDS]->(ev)
      RETURN ev, bucket.key AS key
      UNION
      MATCH (ev:Event {id: f.id})
      RETURN ev, null AS key
    }
    WITH f, ev, count(DISTINCT split(key, '|')[1]) AS shared
    WHERE ev.id = f.id OR ev.dateFrom IS NULL OR f.dateFrom IS NULL
      OR (ev.dateFrom <= date(f.dateTo) AND date(f.dateFrom) <= ev.dateTo)
    RETURN collect({factId: f.id, id: ev.id, shared: shared, dateFrom: toString(ev.dateFrom), dateTo: toString(ev.dateTo),
                     placeIds: CASE WHEN f.placed THEN coalesce(ev.placeIds, []) ELSE [] END}) AS candidates
  }`;

/** A row of `candidates` as the driver returns it. */
interface CandidateRecord {
  factId: string;
  id: string;
  shared: number;
  dateFrom: string | null;
  dateTo: string | null;
  placeIds: string[];
}

/**
 * Groups the subquery's `candidates` by the event they were found for, each with its places and
 * their containers from `places` (a place missing there is contained in nothing).
 */
export function candidatesByEvent(records: readonly CandidateRecord[], places: ReadonlyMap<string, EventPlace>): Map<string, EventCandidate[]> {
  const candidates = new Map<string, EventCandidate[]>();
  for (const record of records) {
    const list = candidates.get(record.factId) ?? [];
    list.push({
      id: record.id,
      sharedParticipants: record.shared,
      date: { from: record.dateFrom, to: record.dateTo },
      place: mostSpecific(record.placeIds.map((id) => places.get(id) ?? { id, containerIds: [] })),
    });
    candidates.set(record.factId, list);
  }
  return candidates;
}

/** When sources placed an event differently ("Shusha", "Azerbaijan"), the narrowest place speaks for it. */
function mostSpecific(places: EventPlace[]): EventPlace | null {
  return [...places].sort((a, b) => b.containerIds.length - a.containerIds.length || a.id.localeCompare(b.id))[0] ?? null;
}
