import type { EventRow } from "./article-write-plan.js";
import { candidateBucketSeeks } from "./event-buckets.js";

/** One event as `findEventCandidatesSubquery` reads it from `candidateRows`. */
export interface CandidateQueryRow {
  id: string;
  /** The event buckets that can hold its candidates (see `candidateBucketSeeks`). */
  bucketKeys: string[];
  bucketPrefixes: string[];
  dateFrom: string | null;
  dateTo: string | null;
}

/** The `candidateRows` of `findEventCandidatesSubquery`: one per event about to be written. */
export function candidateQueryRows(events: readonly EventRow[]): CandidateQueryRow[] {
  return events.map((event) => ({
    id: event.id,
    ...candidateBucketSeeks(event),
    dateFrom: event.dateFrom,
    dateTo: event.dateTo,
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
 * ever leads to an event, so the label is not checked. A candidate's places come from `placeIds`,
 * kept on the event by write-events.ts, and its date with the value that breaks ties between
 * equally precise dates: what the batch's later articles need to know of an event an earlier one
 * reports again (see match-batch-events.ts).
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
    WITH f, ev, collect(DISTINCT split(key, '|')[1]) AS sharedIds
    WHERE ev.id = f.id OR ev.dateFrom IS NULL OR f.dateFrom IS NULL
      OR (ev.dateFrom <= date(f.dateTo) AND date(f.dateFrom) <= ev.dateTo)
    RETURN collect({factId: f.id, id: ev.id, sharedIds: sharedIds, dateFrom: toString(ev.dateFrom), dateTo: toString(ev.dateTo),
                     dateValue: ev.dateValue, placeIds: coalesce(ev.placeIds, [])}) AS candidates
  }`;

/** A row of `candidates` as the driver returns it: a stored event as the read found it for one event about to be written. */
export interface StoredCandidate {
  /** The id of the event it was found for. */
  factId: string;
  id: string;
  /** The participants of that event it has (by its buckets); empty when found by its id alone. */
  sharedIds: string[];
  dateFrom: string | null;
  dateTo: string | null;
  dateValue: string | null;
  placeIds: string[];
}
