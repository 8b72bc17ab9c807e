import { matchWindow, type DateInterval } from "../domain/event-identity.js";

/**
 * The keys under which an event meets the stored events it may be. `matchEvent` joins two events
 * only when they share the type and a participant and their dates overlap, so writers lock
 * `TYPE|participant` (`eventMatchKeys`), and each stored event is linked from one
 * `:EventBucket {key: "TYPE|participant|scope"}` per participant and scope: the month of a date
 * within one month (`2024-07`), else each calendar year it spans (`2024`), `wide` past
 * `maxYearsPerEvent` years, or `undated`. A new event reads only the buckets of its own type,
 * participants and period by index seek, so the rows read grow with how busy one participant is in
 * one month, not with the graph (year buckets alone read sevenfold more rows at 10,000 articles
 * than at 1,000, through the busiest countries' day-dated events).
 */
export const maxYearsPerEvent = 3;

/** What the keys are made of; an extracted `Event` is one. */
export interface KeyedEvent {
  type: string;
  participants: ReadonlyArray<{ entityId: string }>;
  locationId: string | null;
  date: DateInterval | null;
}

/**
 * The lock keys of events about to be matched, each once and sorted so every writer locks in one
 * order: one per type and participant, so two writers of one real-world event queue while events of
 * other types or participants write in parallel. (Keys narrowed by year or place took five times as
 * many locks per article for no fewer collisions.)
 */
export function eventMatchKeys(events: ReadonlyArray<Pick<KeyedEvent, "type" | "participants">>): string[] {
  const keys = events.flatMap((event) => event.participants.map(({ entityId }) => `${event.type}|${entityId}`));
  return [...new Set(keys)].sort();
}

/** The bucket seeks of one event about to be written: exact keys, and key prefixes read by range. */
export interface BucketSeeks {
  bucketKeys: string[];
  bucketPrefixes: string[];
}

/**
 * The buckets that can hold a stored event `matchEvent` could join to `event`: of its type and
 * participants, every stored period that can overlap its own (its month and year, or its years and
 * all their months by the prefix `2024-`, and `wide`), and for a gathering the months its
 * `matchWindow` reaches into. Undated events join only through a known, agreeing place: the
 * `undated` bucket is read only by an event with a place, and an undated event reads nothing
 * without one, or every scope by prefix with one, as does a date wider than buckets are kept for.
 * Dates are then compared on the events themselves.
 */
export function candidateBucketSeeks(event: KeyedEvent): BucketSeeks {
  const participantIds = [...new Set(event.participants.map((participant) => participant.entityId))].sort();
  const prefixes = participantIds.map((id) => `${event.type}|${id}|`);
  const date = event.date ?? { from: null, to: null };
  const window = matchWindow(event.type, date);
  const ends = window.from === date.from && window.to === date.to ? [] : [window.from, window.to];
  const seeks = [date, ...ends.map((day) => ({ from: day, to: day }))].map((period) =>
    periodSeeks(prefixes, period, event.locationId !== null),
  );
  return {
    bucketKeys: [...new Set(seeks.flatMap((seek) => seek.bucketKeys))],
    bucketPrefixes: [...new Set(seeks.flatMap((seek) => seek.bucketPrefixes))],
  };
}

function periodSeeks(prefixes: readonly string[], period: DateInterval, placed: boolean): BucketSeeks {
  const scopes = dateScopes(period.from, period.to);
  if (scopes[0] === "undated") return { bucketKeys: [], bucketPrefixes: placed ? [...prefixes] : [] };
  if (scopes[0] === "wide") return { bucketKeys: [], bucketPrefixes: [...prefixes] };
  const years = [...new Set(scopes.map((scope) => scope.slice(0, 4)))];
  const keyScopes = [...new Set([...scopes, ...years, "wide", ...(placed ? ["undated"] : [])])];
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

/** The buckets an event is linked to, from its type, participant ids and date: the only rule of which buckets an event holds. */
export function eventBucketKeys(event: {
  type: string;
  participantIds: readonly string[];
  dateFrom: string | null;
  dateTo: string | null;
}): string[] {
  const scopes = dateScopes(event.dateFrom, event.dateTo);
  return [...new Set(event.participantIds)].flatMap((id) => scopes.map((scope) => `${event.type}|${id}|${scope}`));
}
