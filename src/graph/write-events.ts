import type { ManagedTransaction } from "neo4j-driver";
import type { EventRow } from "./article-write-plan.js";
import { eventBucketKeys, storedDateScopes } from "./event-buckets.js";
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

/** Cypher adding article `a` to the `articleIds` of the link `r` (possibly null) that it asserts again. */
const assertAgain = `FOREACH (_ IN CASE WHEN r IS NOT NULL AND NOT a.id IN coalesce(r.articleIds, []) THEN [1] ELSE [] END |
        SET r.articleIds = coalesce(r.articleIds, []) + a.id)`;

/**
 * Cypher subquery (article `a` in scope, rows in `art.events`) that merges the events with the
 * article's REPORTS, which keep the evidence and the date this article gives, and their
 * PARTICIPANT and LOCATED_IN links and event buckets (see event-buckets.ts); returns
 * `eventsCreated`, and as `refreshed` the stored events whose new date moved them to another
 * period, for `refreshEventBucketsSubquery`. The ids of an event's places are kept on it as
 * `placeIds` too: the candidate read (find-event-candidates.ts) then needs no expansion of an
 * event's long relationship chain, a sixth of its database hits. Each event's write lock is taken
 * first, so the links can be checked for and created without `MERGE`'s lock on the (busy) entity. Each link remembers in `articleIds` which
 * articles asserted it, so replacing one article removes only what it alone said. The event's own
 * date becomes the new report's when that is more precise: the narrowest interval, ties broken by
 * the smaller value, the order `refreshEventDates` uses.
 *
 * A new event gets its links and buckets outright. A stored one (reported again, so often linked
 * to dozens of articles) has its participant and place links read once, and its buckets are changed
 * only as far as this report changes them: a participant it did not have adds that participant's
 * buckets, and a date that moves it to another period (see `dateScopes`) relinks it to all of them.
 * Checking every link and recomputing every bucket per participant row walked the event's whole
 * relationship chain each time: about half of the write's database hits at 5,000 articles.
 */
export const writeEventsSubquery = `
  CALL (a, art) {
    UNWIND art.events AS row
    MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.title = row.title, ev._new = true
    SET ev._LOCK_ = true
    REMOVE ev._LOCK_
    WITH a, ev, row, ev._new IS NOT NULL AS isNew, date(row.dateFrom) AS dateFrom, date(row.dateTo) AS dateTo
    CREATE (a)-[:REPORTS {evidenceStart: row.evidenceStart, evidenceEnd: row.evidenceEnd, evidenceText: row.evidenceText,
                          dateText: row.dateText, dateValue: row.dateValue, precision: row.precision,
                          dateFrom: dateFrom, dateTo: dateTo}]->(ev)
    WITH a, ev, row, isNew, dateFrom, dateTo, ${storedDateScopes} AS storedScopes
    CALL (ev, row, dateFrom, dateTo) {
      WITH ev, row, dateFrom, dateTo
      WHERE dateFrom IS NOT NULL AND (
        ev.dateFrom IS NULL
        OR duration.inDays(dateFrom, dateTo).days < duration.inDays(ev.dateFrom, ev.dateTo).days
        OR (duration.inDays(dateFrom, dateTo).days = duration.inDays(ev.dateFrom, ev.dateTo).days AND row.dateValue < ev.dateValue))
      SET ev.dateValue = row.dateValue, ev.precision = row.precision, ev.dateFrom = dateFrom, ev.dateTo = dateTo
    }
    CALL (a, ev, row, isNew) {
      WITH a, ev, row WHERE isNew
      REMOVE ev._new
      ${setLabelByType("ev", "row.type", eventLabels)}
      WITH a, ev, row
      CALL (a, ev, row) {
        UNWIND row.participants AS participant
        MATCH (e:Entity {id: participant.entityId})
        CREATE (ev)-[:PARTICIPANT {role: participant.role, articleIds: [a.id]}]->(e)
      }
      CALL (a, ev, row) {
        UNWIND row.placeIds AS placeId
        MATCH (place:Entity {id: placeId})
        CREATE (ev)-[:LOCATED_IN {articleIds: [a.id]}]->(place)
        RETURN collect(placeId) AS placeIds
      }
      SET ev.placeIds = placeIds
      WITH ev, row
      CALL (ev, row) {
        UNWIND row.bucketKeys AS key
        MERGE (bucket:EventBucket {key: key})
        CREATE (bucket)-[:HOLDS]->(ev)
      }
    }
    OPTIONAL CALL (a, ev, row, isNew, storedScopes) {
      WITH a, ev, row, storedScopes WHERE NOT isNew
      CALL (row) {
        UNWIND row.participants AS participant
        MATCH (e:Entity {id: participant.entityId})
        RETURN collect({node: e, id: participant.entityId, role: participant.role}) AS wanted
      }
      CALL (row) {
        UNWIND row.placeIds AS placeId
        MATCH (place:Entity {id: placeId})
        RETURN collect(place) AS places
      }
      WITH a, ev, storedScopes, wanted, places, [w IN wanted | w.node] AS nodes
      WITH a, ev, storedScopes, wanted, places,
           COLLECT { MATCH (ev)-[r:PARTICIPANT]->(e) WHERE e IN nodes RETURN {node: e, role: r.role, link: r} } AS links,
           COLLECT { MATCH (ev)-[r:LOCATED_IN]->(place) WHERE place IN places RETURN {node: place, link: r} } AS placeLinks
      CALL (a, ev, wanted, links) {
        UNWIND wanted AS w
        WITH a, ev, w, [l IN links WHERE l.node = w.node AND l.role = w.role | l.link][0] AS r
        ${assertAgain}
        WITH a, ev, w WHERE r IS NULL
        WITH a, ev, w, w.node AS e
        CREATE (ev)-[:PARTICIPANT {role: w.role, articleIds: [a.id]}]->(e)
      }
      CALL (a, ev, places, placeLinks) {
        UNWIND places AS place
        WITH a, ev, place, [l IN placeLinks WHERE l.node = place | l.link][0] AS r
        ${assertAgain}
        WITH a, ev, place WHERE r IS NULL
        CREATE (ev)-[:LOCATED_IN {articleIds: [a.id]}]->(place)
        RETURN collect(place.id) AS placed
      }
      SET ev.placeIds = coalesce(ev.placeIds, []) + placed
      WITH ev, storedScopes, ${storedDateScopes} AS scopes, [l IN links | l.node] AS linked, wanted
      WITH ev, scopes, storedScopes <> scopes AS rescoped,
           reduce(ids = [], w IN wanted | CASE WHEN w.node IN linked OR w.id IN ids THEN ids ELSE ids + w.id END) AS joinedIds
      CALL (ev, scopes, joinedIds, rescoped) {
        WITH ev, scopes, joinedIds WHERE NOT rescoped
        UNWIND joinedIds AS id
        UNWIND scopes AS scope
        MERGE (bucket:EventBucket {key: ev.type + '|' + id + '|' + scope})
        CREATE (bucket)-[:HOLDS]->(ev)
      }
      RETURN CASE WHEN rescoped THEN ev END AS rescopedEvent
    }
    RETURN count(CASE WHEN isNew THEN 1 END) AS eventsCreated, collect(rescopedEvent) AS refreshed
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
