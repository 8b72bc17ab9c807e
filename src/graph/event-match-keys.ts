import type { EventRow } from "./article-write-plan.js";
import type { EventPlace } from "./match-events.js";

/**
 * The lock keys an article's events must hold while they are matched against stored events, so
 * that two concurrent writers reporting one real-world event queue instead of each creating it.
 * `matchEvent` joins two events only when they share the type and a participant, and either their
 * dates overlap or (a date unknown) their places agree. So an event takes one key per participant
 * and calendar year its interval touches (`SUMMIT|Q232|y2024`), and, when it has a place, one per
 * participant and place it is in or contained by (`SUMMIT|Q232|pQ227`): any two events that could
 * match share at least one key, while unrelated events (other type, other participants, other
 * years or places) take different keys and write in parallel. An undated event without a place can
 * match nothing new and takes no key. Sorted, so every writer locks in the same order.
 */
export function eventMatchKeys(events: readonly EventRow[], places: ReadonlyMap<string, EventPlace>): string[] {
  const keys = new Set<string>();
  for (const event of events) {
    const scopes = [...yearScopes(event), ...placeScopes(event, places)];
    for (const { entityId } of event.participants) {
      for (const scope of scopes) keys.add(`${event.type}|${entityId}|${scope}`);
    }
  }
  return [...keys].sort();
}

function yearScopes(event: EventRow): string[] {
  if (event.dateFrom === null || event.dateTo === null) return [];
  const first = Number(event.dateFrom.slice(0, 4));
  const last = Number(event.dateTo.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => `y${first + i}`);
}

function placeScopes(event: EventRow, places: ReadonlyMap<string, EventPlace>): string[] {
  if (event.locationId === null) return [];
  const containers = places.get(event.locationId)?.containerIds ?? [];
  return [event.locationId, ...containers].map((id) => `p${id}`);
}

/**
 * Cypher subquery taking the write lock of every key in `$matchKeys` (one `:EventMatchKey` node per
 * key, unique by migration, so `MERGE` on them is race-free); setting and removing a property holds
 * the node's lock until commit without changing anything. The keys come sorted, so two writers
 * lock their common keys in the same order and queue rather than deadlock.
 */
export const lockEventMatchKeysSubquery = `
  CALL () {
    UNWIND $matchKeys AS key
    MERGE (lock:EventMatchKey {key: key})
    SET lock._LOCK_ = true
    REMOVE lock._LOCK_
  }`;
