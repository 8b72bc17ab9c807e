import type { EventRow } from "./article-write-plan.js";

/**
 * The lock keys an article's events must hold while they are matched against stored events, so
 * that two concurrent writers reporting one real-world event queue instead of each creating it.
 * `matchEvent` joins two events only when they share the type and at least one participant, so an
 * event takes one key per participant (`SUMMIT|Q232`): any two events that could match share a
 * key, while events of another type or with other participants write in parallel. Narrower keys
 * (adding the year, or the place for undated events) were tried: each event then needs keys for
 * every year and place scope, five times as many locks per article for no fewer collisions on a
 * dense corpus. Sorted, so every writer locks in the same order.
 */
export function eventMatchKeys(events: readonly EventRow[]): string[] {
  const keys = new Set<string>();
  for (const event of events) {
    for (const { entityId } of event.participants) keys.add(`${event.type}|${entityId}`);
  }
  return [...keys].sort();
}

/**
 * Cypher subquery taking the write lock of every key in `matchKeys` (a list in scope; one
 * `:EventMatchKey` node per key, unique by migration, so `MERGE` on them is race-free); setting and
 * removing a property holds the node's lock until commit without changing anything. The keys come
 * sorted, so two writers lock their common keys in the same order and queue rather than deadlock.
 */
export const lockEventMatchKeysSubquery = `
  CALL (matchKeys) {
    UNWIND matchKeys AS key
    MERGE (lock:EventMatchKey {key: key})
    SET lock._LOCK_ = true
    REMOVE lock._LOCK_
  }`;
