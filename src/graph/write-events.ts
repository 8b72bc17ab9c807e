import type { ManagedTransaction } from "neo4j-driver";
import type { EventRow } from "./article-write-plan.js";
import { eventBucketKeys } from "./event-buckets.js";
import { eventLabels, setLabelByType } from "./graph-labels.js";

/** One event as the write statement unwinds it (see `eventWriteRows`). */
export interface EventWriteRow extends EventRow {
  /** The places of every article event renamed to this one. */
  placeIds: string[];
  /** The buckets it is linked to if it is new (see `eventBucketKeys`). */
  bucketKeys: string[];
}

/**
 * The article's events (already renamed to the stored events they match) as write rows, one per
 * event id: two of the article's events matched to one stored event become one report (the later
 * row's evidence and date, as before), with the participants and places of both.
 */
export function eventWriteRows(events: readonly EventRow[]): EventWriteRow[] {
  const rows = new Map<string, EventWriteRow>();
  for (const event of events) {
    const earlier = rows.get(event.id);
    const participants = new Map(
      [...(earlier?.participants ?? []), ...event.participants].map((participant) => [`${participant.entityId}|${participant.role}`, participant]),
    );
    const merged = { ...event, participants: [...participants.values()] };
    const placeIds = [...new Set([...(earlier?.placeIds ?? []), ...(event.locationId ? [event.locationId] : [])])];
    rows.set(event.id, { ...merged, placeIds, bucketKeys: eventBucketKeys(merged) });
  }
  return [...rows.values()];
}

/**
 * Cypher recording that article `a` asserts the link `r` (optionally matched just before): creates
 * it as `pattern` (which starts its `articleIds` with `a.id`) when it is missing, else adds `a.id`
 * to its `articleIds` once. `pattern` is one of this file's constants, never data.
 */
function assertLink(pattern: string): string {
  return `FOREACH (_ IN CASE WHEN r IS NULL THEN [1] ELSE [] END | CREATE ${pattern})
      FOREACH (_ IN CASE WHEN r IS NOT NULL AND NOT a.id IN coalesce(r.articleIds, []) THEN [1] ELSE [] END |
        SET r.articleIds = coalesce(r.articleIds, []) + a.id)`;
}

/**
 * Cypher subquery (article `a` in scope, rows in `$batch.events`) that merges the events with the
 * article's REPORTS, which keep the evidence and the date this article gives, and their
 * PARTICIPANT and LOCATED_IN links; returns `eventsCreated` and, as `refreshed`, the stored events
 * this report gave a more precise date or a new participant, whose buckets
 * `refreshEventBucketsSubquery` then brings up to date (a new event is linked to its buckets here;
 * a report that changes neither leaves them as they are). Each event's write lock is taken first, so the links can
 * be checked for and created without `MERGE`'s lock on the (busy) entity. Each link remembers in
 * `articleIds` which articles asserted it, so replacing one article removes only what it alone
 * said. The event's own date becomes the new report's when that is more precise: the narrowest
 * interval, ties broken by the smaller value, the order `refreshEventDates` uses.
 */
export const writeEventsSubquery = `
  CALL (a) {
    UNWIND $batch.events AS row
    MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.title = row.title, ev._new = true
    SET ev._LOCK_ = true
    REMOVE ev._LOCK_
    WITH a, ev, row, ev._new IS NOT NULL AS isNew
    CREATE (a)-[:REPORTS {evidenceStart: row.evidenceStart, evidenceEnd: row.evidenceEnd, evidenceText: row.evidenceText,
                          dateText: row.dateText, dateValue: row.dateValue, precision: row.precision,
                          dateFrom: date(row.dateFrom), dateTo: date(row.dateTo)}]->(ev)
    WITH a, ev, row, isNew, date(row.dateFrom) AS dateFrom, date(row.dateTo) AS dateTo
    CALL (ev, row, isNew) {
      WITH ev, row WHERE isNew
      REMOVE ev._new
      ${setLabelByType("ev", "row.type", eventLabels)}
      WITH ev, row
      UNWIND row.bucketKeys AS key
      MERGE (bucket:EventBucket {key: key})
      CREATE (bucket)-[:HOLDS]->(ev)
    }
    CALL (ev, row, dateFrom, dateTo) {
      WITH ev, row, dateFrom, dateTo
      WHERE dateFrom IS NOT NULL AND (
        ev.dateFrom IS NULL
        OR duration.inDays(dateFrom, dateTo).days < duration.inDays(ev.dateFrom, ev.dateTo).days
        OR (duration.inDays(dateFrom, dateTo).days = duration.inDays(ev.dateFrom, ev.dateTo).days AND row.dateValue < ev.dateValue))
      SET ev.dateValue = row.dateValue, ev.precision = row.precision, ev.dateFrom = dateFrom, ev.dateTo = dateTo
      RETURN count(*) AS redated
    }
    CALL (a, ev, row) {
      UNWIND row.participants AS participant
      MATCH (e:Entity {id: participant.entityId})
      OPTIONAL MATCH (ev)-[r:PARTICIPANT {role: participant.role}]->(e)
      ${assertLink("(ev)-[:PARTICIPANT {role: participant.role, articleIds: [a.id]}]->(e)")}
      RETURN count(CASE WHEN r IS NULL THEN 1 END) AS joined
    }
    CALL (a, ev, row) {
      UNWIND row.placeIds AS placeId
      MATCH (place:Entity {id: placeId})
      OPTIONAL MATCH (ev)-[r:LOCATED_IN]->(place)
      ${assertLink("(ev)-[:LOCATED_IN {articleIds: [a.id]}]->(place)")}
    }
    RETURN count(CASE WHEN isNew THEN 1 END) AS eventsCreated,
           collect(CASE WHEN isNew OR (redated = 0 AND joined = 0) THEN null ELSE ev END) AS refreshed
  }`;

/**
 * Sets each event's date to the most precise one its reports give (the narrowest interval; ties
 * broken by value so the result does not depend on write order). Run for the events a replaced
 * version reported, so its dates stop counting; new reports update the date as they are written.
 */
export async function refreshEventDates(tx: ManagedTransaction, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.run(
    `UNWIND $eventIds AS id
     MATCH (ev:Event {id: id})<-[r:REPORTS]-(:Article)
     WITH ev, r ORDER BY r.dateFrom IS NULL, duration.inDays(r.dateFrom, r.dateTo).days, r.dateValue
     WITH ev, collect(r)[0] AS best
     SET ev.dateValue = best.dateValue, ev.precision = best.precision, ev.dateFrom = best.dateFrom, ev.dateTo = best.dateTo`,
    { eventIds: [...new Set(eventIds)] },
  );
}
