import type { ManagedTransaction } from "neo4j-driver";
import type { EventRow } from "./article-write-plan.js";
import { eventLabels, groupBy } from "./graph-labels.js";
import { addCounts, countMerge, noCounts, type CreatedMerged } from "./write-counts.js";

/**
 * Serialises event matching per event type across concurrent writers: without it, two
 * transactions reporting one summit in two languages would each find no stored match and create
 * two events. The lock nodes are unique by migration, so `MERGE` on them is race-free; setting and
 * removing a property takes the node's write lock until commit without changing anything.
 */
export async function lockEventTypes(tx: ManagedTransaction, events: readonly EventRow[]): Promise<void> {
  const types = [...new Set(events.map((event) => event.type))].sort();
  if (types.length === 0) return;
  await tx.run(
    `UNWIND $types AS type
     MERGE (l:EventMatchLock {type: type})
     SET l._LOCK_ = true
     REMOVE l._LOCK_`,
    { types },
  );
}

/**
 * Merges the article's events (already renamed to the stored events they match) and its REPORTS,
 * which keep the evidence and the date this article gives. PARTICIPANT and LOCATED_IN remember in
 * `articleIds` which articles asserted them, so replacing one article removes only what it alone
 * said. The event's own date is then recomputed from all its reports (`refreshEventDates`).
 */
export async function writeEvents(tx: ManagedTransaction, articleId: string, events: readonly EventRow[]): Promise<CreatedMerged> {
  let counts = noCounts;
  for (const [type, rows] of groupBy(events, (row) => row.type)) {
    const result = await tx.run(
      `MATCH (a:Article {id: $articleId})
       UNWIND $rows AS row
       MERGE (ev:Event {id: row.id})
       ON CREATE SET ev:${eventLabels[type]}, ev.type = row.type, ev.title = row.title
       MERGE (a)-[r:REPORTS]->(ev)
       SET r.evidenceStart = row.evidenceStart, r.evidenceEnd = row.evidenceEnd, r.evidenceText = row.evidenceText,
           r.dateText = row.dateText, r.dateValue = row.dateValue, r.precision = row.precision,
           r.dateFrom = date(row.dateFrom), r.dateTo = date(row.dateTo)`,
      { articleId, rows },
    );
    counts = addCounts(counts, countMerge(result, rows.length));
  }
  await writeEventLinks(tx, articleId, events);
  return counts;
}

async function writeEventLinks(tx: ManagedTransaction, articleId: string, events: readonly EventRow[]): Promise<void> {
  const participants = events.flatMap((event) => event.participants.map((participant) => ({ eventId: event.id, ...participant })));
  const addSource = "SET r.articleIds = CASE WHEN $articleId IN coalesce(r.articleIds, []) THEN r.articleIds ELSE coalesce(r.articleIds, []) + $articleId END";
  if (participants.length > 0) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (ev:Event {id: row.eventId})
       MATCH (e:Entity {id: row.entityId})
       MERGE (ev)-[r:PARTICIPANT {role: row.role}]->(e)
       ${addSource}`,
      { articleId, rows: participants },
    );
  }
  const places = events.flatMap((event) => (event.locationId ? [{ eventId: event.id, placeId: event.locationId }] : []));
  if (places.length > 0) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (ev:Event {id: row.eventId})
       MATCH (place:Entity {id: row.placeId})
       MERGE (ev)-[r:LOCATED_IN]->(place)
       ${addSource}`,
      { articleId, rows: places },
    );
  }
}

/**
 * Sets each event's date to the most precise one its reports give (the narrowest interval; ties
 * broken by value so the result does not depend on write order). Run after every change to an
 * event's reports, so a replaced article's date stops counting.
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
