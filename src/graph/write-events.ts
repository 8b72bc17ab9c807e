import type { ManagedTransaction } from "neo4j-driver";
import type { EventRow } from "./article-write-plan.js";
import { eventLabels, setLabelByType } from "./graph-labels.js";

/** The parameters of the event subqueries: one row per event, participant link and place link. */
export interface EventWriteRows {
  events: EventRow[];
  participants: Array<{ eventId: string; entityId: string; role: string }>;
  places: Array<{ eventId: string; placeId: string }>;
}

/**
 * Splits the article's events (already renamed to the stored events they match) into the rows the
 * subqueries unwind, one per event id and one per link: two of the article's events matched to one
 * stored event become one report (the later row's evidence and date, as before), with the
 * participants and places of both.
 */
export function eventWriteRows(events: readonly EventRow[]): EventWriteRows {
  const byId = new Map(events.map((event) => [event.id, event]));
  const participants = new Map<string, { eventId: string; entityId: string; role: string }>();
  const places = new Map<string, { eventId: string; placeId: string }>();
  for (const event of events) {
    for (const { entityId, role } of event.participants) participants.set(`${event.id}|${entityId}|${role}`, { eventId: event.id, entityId, role });
    if (event.locationId) places.set(`${event.id}|${event.locationId}`, { eventId: event.id, placeId: event.locationId });
  }
  return { events: [...byId.values()], participants: [...participants.values()], places: [...places.values()] };
}

/**
 * Cypher subquery (article `a` in scope, rows in `$batch.events`) that merges the events and creates the
 * article's REPORTS, which keep the evidence and the date this article gives; returns
 * `eventsCreated`. Each event's write lock is taken first, so the PARTICIPANT and LOCATED_IN
 * subqueries can check for an existing link and create it without `MERGE`'s lock on the entity.
 * The event's own date becomes the new report's when that is more precise: the narrowest interval,
 * ties broken by the smaller value, the order `refreshEventDates` uses.
 */
export const writeEventsSubquery = `
  CALL (a) {
    UNWIND $batch.events AS row
    OPTIONAL MATCH (stored:Event {id: row.id})
    WITH a, row, stored IS NULL AS isNew
    MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.title = row.title
    SET ev._LOCK_ = true
    REMOVE ev._LOCK_
    CREATE (a)-[:REPORTS {evidenceStart: row.evidenceStart, evidenceEnd: row.evidenceEnd, evidenceText: row.evidenceText,
                          dateText: row.dateText, dateValue: row.dateValue, precision: row.precision,
                          dateFrom: date(row.dateFrom), dateTo: date(row.dateTo)}]->(ev)
    WITH ev, row, isNew, date(row.dateFrom) AS dateFrom, date(row.dateTo) AS dateTo
    CALL (ev, row, isNew) {
      WITH ev, row WHERE isNew
      ${setLabelByType("ev", "row.type", eventLabels)}
    }
    CALL (ev, row, dateFrom, dateTo) {
      WITH ev, row, dateFrom, dateTo
      WHERE dateFrom IS NOT NULL AND (
        ev.dateFrom IS NULL
        OR duration.inDays(dateFrom, dateTo).days < duration.inDays(ev.dateFrom, ev.dateTo).days
        OR (duration.inDays(dateFrom, dateTo).days = duration.inDays(ev.dateFrom, ev.dateTo).days AND row.dateValue < ev.dateValue))
      SET ev.dateValue = row.dateValue, ev.precision = row.precision, ev.dateFrom = dateFrom, ev.dateTo = dateTo
    }
    RETURN count(CASE WHEN isNew THEN 1 END) AS eventsCreated
  }`;

/**
 * Cypher subqueries (`$batch.participants`, `$batch.places`, `$articleId`) adding PARTICIPANT and LOCATED_IN
 * links. Each remembers in `articleIds` which articles asserted it, so replacing one article
 * removes only what it alone said. Runs after `writeEventsSubquery`, whose event locks make the
 * check-then-create safe against concurrent writers of the same event.
 */
export const writeEventLinksSubquery = `
  CALL () {
    UNWIND $batch.participants AS row
    MATCH (ev:Event {id: row.eventId})
    MATCH (e:Entity {id: row.entityId})
    OPTIONAL MATCH (ev)-[r:PARTICIPANT {role: row.role}]->(e)
    FOREACH (_ IN CASE WHEN r IS NULL THEN [1] ELSE [] END | CREATE (ev)-[:PARTICIPANT {role: row.role, articleIds: [$articleId]}]->(e))
    FOREACH (_ IN CASE WHEN r IS NOT NULL AND NOT $articleId IN coalesce(r.articleIds, []) THEN [1] ELSE [] END |
      SET r.articleIds = coalesce(r.articleIds, []) + $articleId)
  }
  CALL () {
    UNWIND $batch.places AS row
    MATCH (ev:Event {id: row.eventId})
    MATCH (place:Entity {id: row.placeId})
    OPTIONAL MATCH (ev)-[r:LOCATED_IN]->(place)
    FOREACH (_ IN CASE WHEN r IS NULL THEN [1] ELSE [] END | CREATE (ev)-[:LOCATED_IN {articleIds: [$articleId]}]->(place))
    FOREACH (_ IN CASE WHEN r IS NOT NULL AND NOT $articleId IN coalesce(r.articleIds, []) THEN [1] ELSE [] END |
      SET r.articleIds = coalesce(r.articleIds, []) + $articleId)
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
