import { matchWindow, type DateInterval } from "../domain/event-identity.js";
import type { Event } from "../extract/types.js";
import type { StoredEvent } from "./stored-event.js";

/** Past this many calendar years an event's date goes to the `wide` bucket (see README: event buckets). */
export const maxYearsPerEvent = 3;

/** The event-matching lock keys (`TYPE|participant`), each once and sorted so every writer locks in one order. */
export function eventMatchKeys(events: ReadonlyArray<Pick<Event, "type" | "participants">>): string[] {
  const keys = events.flatMap((event) => event.participants.map(({ entityId }) => `${event.type}|${entityId}`));
  return [...new Set(keys)].sort();
}

/**
 * The bucket seeks (exact keys, and prefixes read by range) reaching every stored event `matchEvent`
 * could join to `event`: of its type and participants, every period that can overlap its `matchWindow`
 * (returned too: the read drops what lies outside it). An undated stored event joins only through an
 * agreeing place, so only an event with one reads `undated`.
 */
export function candidateBucketSeeks(event: Pick<Event, "type" | "participants" | "locationId" | "date">) {
  const ids = [...new Set(event.participants.map((participant) => participant.entityId))].sort();
  const prefixes = ids.map((id) => `${event.type}|${id}|`);
  const placed = event.locationId !== null;
  const date = event.date ?? { from: null, to: null };
  const window = matchWindow(event.type, date);
  const ends = window.from === date.from && window.to === date.to ? [] : [window.from, window.to];
  const keys = new Set<string>();
  const ranges = new Set<string>();
  for (const period of [date, ...ends.map((day) => ({ from: day, to: day }))]) {
    const scopes = dateScopes(period);
    if (scopes[0] === "undated" || scopes[0] === "wide") {
      if (placed || scopes[0] === "wide") prefixes.forEach((prefix) => ranges.add(prefix));
      continue;
    }
    const years = [...new Set(scopes.map((scope) => scope.slice(0, 4)))];
    const keyScopes = [...new Set([...scopes, ...years, "wide", ...(placed ? ["undated"] : [])])];
    const monthScopes = scopes[0]!.length === 7 ? [] : years.map((year) => `${year}-`);
    prefixes.forEach((prefix) => keyScopes.forEach((scope) => keys.add(prefix + scope)));
    prefixes.forEach((prefix) => monthScopes.forEach((scope) => ranges.add(prefix + scope)));
  }
  return { bucketKeys: [...keys], bucketPrefixes: [...ranges], window: { from: window.from, to: window.to } };
}

/** The scopes of a date: its month (`2024-07`) when within one, else its years, `wide` past `maxYearsPerEvent`, or `undated`. */
export function dateScopes({ from, to }: DateInterval): string[] {
  if (from === null || to === null) return ["undated"];
  if (from.slice(0, 7) === to.slice(0, 7)) return [from.slice(0, 7)];
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  if (last - first + 1 > maxYearsPerEvent) return ["wide"];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** What an event's buckets are made of; a `StoredEvent` is one. */
type BucketedEvent = Pick<StoredEvent, "type" | "participantKeys"> & { date: DateInterval };

/** The buckets an event in this state is linked to: the one rule of which buckets an event holds. */
export function eventBucketKeys({ type, participantKeys, date }: BucketedEvent) {
  const scopes = dateScopes(date);
  return [...new Set(participantKeys.map(participantId))].flatMap((id) =>
    scopes.map((scope) => `${type}|${id}|${scope}`),
  );
}

/** The bucket links to add and to drop to go from the `held` buckets to those of the event's state. */
export function bucketChanges(held: readonly string[], event: BucketedEvent) {
  const wanted = eventBucketKeys(event);
  return {
    addBuckets: wanted.filter((key) => !held.includes(key)),
    dropBuckets: held.filter((key) => !wanted.includes(key)),
  };
}

/** The entity id of an `entityId|role` participant key. */
export function participantId(key: string): string {
  return key.slice(0, key.lastIndexOf("|"));
}
