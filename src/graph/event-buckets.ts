import type { ManagedTransaction } from "neo4j-driver";
import type { EventRow } from "./article-write-plan.js";

/**
 * Event buckets bound the cross-article candidate read by an index seek. Each stored event is
 * linked from one `:EventBucket {key: "TYPE|participant|scope"}` node per participant and scope,
 * where the scope is the month of an event dated within one month (`2024-07`), each calendar year
 * a longer date spans (`2024`), `wide` for a span of more than `maxYearsPerEvent` years, or
 * `undated`. A new event then reads only the buckets of its own type, participants and period
 * instead of every event of each participant, so the rows it touches depend on how busy one
 * participant is in one month, not on the size of the graph. (Year buckets alone were measured:
 * the rows read per article still grew sevenfold from 1,000 to 10,000 articles, through the
 * day-dated events of the busiest countries.)
 */
export const maxYearsPerEvent = 3;

/** The bucket seeks of one event about to be written: exact keys, and key prefixes read by range. */
export interface BucketSeeks {
  bucketKeys: string[];
  bucketPrefixes: string[];
}

/**
 * Which buckets can hold a stored event that `matchEvent` could join to `event`. It needs a
 * shared participant and the same type, so only `TYPE|participant|…` keys. A dated event reads
 * the buckets of every stored period that can overlap its own: its month and year (or, for a
 * longer date, its years and all their months by the prefix `2024-`) and the `wide` ones. Stored
 * undated events qualify only through a known, agreeing place, so their bucket is read only when
 * the event has a place. An undated event matches only through its place too: without one it
 * reads no bucket (its own id is read apart), with one it reads every scope of its participants
 * by prefix, as does a dated event wider than buckets are kept for. Dates are then compared on
 * the events themselves.
 */
export function candidateBucketSeeks(event: Pick<EventRow, "type" | "participants" | "locationId" | "dateFrom" | "dateTo">): BucketSeeks {
  const participantIds = [...new Set(event.participants.map((participant) => participant.entityId))].sort();
  const prefixes = participantIds.map((id) => `${event.type}|${id}|`);
  const scopes = dateScopes(event.dateFrom, event.dateTo);
  if (scopes[0] === "undated") return { bucketKeys: [], bucketPrefixes: event.locationId ? prefixes : [] };
  if (scopes[0] === "wide") return { bucketKeys: [], bucketPrefixes: prefixes };
  const years = [...new Set(scopes.map((scope) => scope.slice(0, 4)))];
  const keyScopes = [...new Set([...scopes, ...years, "wide", ...(event.locationId ? ["undated"] : [])])];
  const monthScopes = scopes[0]!.length === 7 ? [] : years.map((year) => `${year}-`);
  return {
    bucketKeys: prefixes.flatMap((prefix) => keyScopes.map((scope) => prefix + scope)),
    bucketPrefixes: prefixes.flatMap((prefix) => monthScopes.map((scope) => prefix + scope)),
  };
}

/**
 * The scopes of a date interval: its month (`2024-07`) when it lies within one, else its years,
 * `wide` past `maxYearsPerEvent` years, or `undated`. The Cypher below computes the same.
 */
export function dateScopes(dateFrom: string | null, dateTo: string | null): string[] {
  if (dateFrom === null || dateTo === null) return ["undated"];
  if (dateFrom.slice(0, 7) === dateTo.slice(0, 7)) return [dateFrom.slice(0, 7)];
  const from = Number(dateFrom.slice(0, 4));
  const to = Number(dateTo.slice(0, 4));
  if (to - from + 1 > maxYearsPerEvent) return ["wide"];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/**
 * The Cypher expression of `dateScopes` for a stored event `ev`. Migration 5, which linked the
 * events stored before buckets existed, spells the same expression out: shipped migrations stay as written.
 */
export const storedDateScopes = `
         CASE WHEN ev.dateFrom IS NULL OR ev.dateTo IS NULL THEN ['undated']
              WHEN ev.dateFrom.year = ev.dateTo.year AND ev.dateFrom.month = ev.dateTo.month THEN [left(toString(ev.dateFrom), 7)]
              WHEN ev.dateTo.year - ev.dateFrom.year + 1 > ${maxYearsPerEvent} THEN ['wide']
              ELSE [y IN range(ev.dateFrom.year, ev.dateTo.year) | toString(y)] END`;

/**
 * The buckets an event is linked to, from its type, participants and date: what a new event's row
 * is written with, and what `refreshEventBucketsSubquery` computes for a stored one.
 */
export function eventBucketKeys(event: Pick<EventRow, "type" | "participants" | "dateFrom" | "dateTo">): string[] {
  const participantIds = [...new Set(event.participants.map((participant) => participant.entityId))];
  const scopes = dateScopes(event.dateFrom, event.dateTo);
  return participantIds.flatMap((id) => scopes.map((scope) => `${event.type}|${id}|${scope}`));
}

/**
 * Cypher subquery re-linking each event node of `refreshed` (a list in scope) to exactly the
 * buckets its stored type, participants and date call for (see `dateScopes`), dropping links that
 * no longer apply (a participant removed with a replaced article, a date made more precise). Run
 * for stored events an article reported again or lost a report of, under their write locks, so
 * two writers of one event cannot interleave; buckets are merged on a unique key, and links are
 * created, not merged, after checking under that lock. (A new event is linked as it is created.)
 * The links an event has are read from the event's side: a busy bucket holds thousands of events,
 * and checking each wanted key from the bucket's side was, at 10,000 articles, almost half of
 * the database's CPU.
 */
export const refreshEventBucketsSubquery = `
  CALL (refreshed) {
    UNWIND refreshed AS ev
    WITH ev, ${storedDateScopes} AS scopes,
         COLLECT { MATCH (ev)-[:PARTICIPANT]->(p:Entity) RETURN DISTINCT p.id } AS participantIds
    WITH ev, reduce(keys = [], id IN participantIds | keys + [scope IN scopes | ev.type + '|' + id + '|' + scope]) AS wanted
    CALL (ev, wanted) {
      MATCH (stale:EventBucket)-[link:HOLDS]->(ev) WHERE NOT stale.key IN wanted
      DELETE link
    }
    CALL (ev, wanted) {
      WITH ev, wanted, COLLECT { MATCH (held:EventBucket)-[:HOLDS]->(ev) RETURN held.key } AS heldKeys
      UNWIND [key IN wanted WHERE NOT key IN heldKeys] AS key
      MERGE (bucket:EventBucket {key: key})
      CREATE (bucket)-[:HOLDS]->(ev)
    }
  }`;

/** Re-links the given events to their buckets (after a replaced article changed their participants or dates). */
export async function refreshEventBuckets(tx: ManagedTransaction, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.run(
    `MATCH (ev:Event) WHERE ev.id IN $batch.eventIds
     WITH collect(ev) AS refreshed
     ${refreshEventBucketsSubquery}
     RETURN count(*) AS done`,
    { batch: { eventIds: [...new Set(eventIds)] } },
  );
}
