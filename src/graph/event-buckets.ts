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
 * day-dated events of the busiest countries.) Which buckets an event holds is decided here and
 * nowhere else: the write plan links and unlinks exactly `eventBucketKeys` of its new state.
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
export function candidateBucketSeeks(
  event: Pick<EventRow, "type" | "participants" | "locationId" | "dateFrom" | "dateTo">,
): BucketSeeks {
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

/** The scopes of a date interval: its month (`2024-07`) when it lies within one, else its years, `wide` past `maxYearsPerEvent` years, or `undated`. */
export function dateScopes(dateFrom: string | null, dateTo: string | null): string[] {
  if (dateFrom === null || dateTo === null) return ["undated"];
  if (dateFrom.slice(0, 7) === dateTo.slice(0, 7)) return [dateFrom.slice(0, 7)];
  const from = Number(dateFrom.slice(0, 4));
  const to = Number(dateTo.slice(0, 4));
  if (to - from + 1 > maxYearsPerEvent) return ["wide"];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** The buckets an event is linked to, from its type, participant ids and date. */
export function eventBucketKeys(event: {
  type: string;
  participantIds: readonly string[];
  dateFrom: string | null;
  dateTo: string | null;
}): string[] {
  const participantIds = [...new Set(event.participantIds)];
  const scopes = dateScopes(event.dateFrom, event.dateTo);
  return participantIds.flatMap((id) => scopes.map((scope) => `${event.type}|${id}|${scope}`));
}
