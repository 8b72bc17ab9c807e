import type { ManagedTransaction } from "neo4j-driver";
import type { EventRow } from "./article-write-plan.js";
import type { EventCandidate, EventPlace } from "./match-events.js";

/**
 * Reads, for each event about to be written, the stored events that could be the same one: same
 * type, at least one shared participant, and dates that overlap or are unknown (the rest of the
 * rule is `matchEvent`'s). One statement for all of the article's events; it starts from the
 * participants' id index, so its cost grows with how busy those entities are, not with the graph.
 * Also returns each event's own place with the places that contain it.
 */
export async function findEventCandidates(
  tx: ManagedTransaction,
  events: readonly EventRow[],
): Promise<{ candidates: Map<string, EventCandidate[]>; places: Map<string, EventPlace> }> {
  const rows = events.map((event) => ({
    id: event.id,
    type: event.type,
    participantIds: event.participants.map((participant) => participant.entityId),
    dateFrom: event.dateFrom,
    dateTo: event.dateTo,
  }));
  const result = await tx.run(
    `UNWIND $rows AS f
     CALL (f) {
       MATCH (p:Entity)<-[:PARTICIPANT]-(ev:Event)
       WHERE p.id IN f.participantIds AND ev.type = f.type
         AND (ev.dateFrom IS NULL OR f.dateFrom IS NULL OR (ev.dateFrom <= date(f.dateTo) AND date(f.dateFrom) <= ev.dateTo))
       RETURN ev, count(DISTINCT p) AS shared
       UNION
       MATCH (ev:Event {id: f.id})
       RETURN ev, 0 AS shared
     }
     WITH f, ev, max(shared) AS shared
     OPTIONAL MATCH (ev)-[:LOCATED_IN]->(place:Entity)
     OPTIONAL MATCH (place)-[:LOCATED_IN]->(container:Entity)
     WITH f, ev, shared, place, collect(container.id) AS containerIds
     RETURN f.id AS factId, ev.id AS id, shared, toString(ev.dateFrom) AS dateFrom, toString(ev.dateTo) AS dateTo,
            collect(CASE WHEN place IS NULL THEN null ELSE {id: place.id, containerIds: containerIds} END) AS places`,
    { rows },
  );
  const candidates = new Map<string, EventCandidate[]>();
  for (const record of result.records) {
    const factId = record.get("factId") as string;
    const list = candidates.get(factId) ?? [];
    list.push({
      id: record.get("id"),
      sharedParticipants: record.get("shared"),
      date: { from: record.get("dateFrom"), to: record.get("dateTo") },
      place: mostSpecific(record.get("places")),
    });
    candidates.set(factId, list);
  }
  return { candidates, places: await findPlaces(tx, events) };
}

async function findPlaces(tx: ManagedTransaction, events: readonly EventRow[]): Promise<Map<string, EventPlace>> {
  const ids = [...new Set(events.flatMap((event) => (event.locationId ? [event.locationId] : [])))];
  if (ids.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (:Entity {id: id})-[:LOCATED_IN]->(container:Entity)
     RETURN id, collect(container.id) AS containerIds`,
    { ids },
  );
  return new Map(result.records.map((record) => [record.get("id"), { id: record.get("id"), containerIds: record.get("containerIds") }]));
}

/** When sources placed an event differently ("Shusha", "Azerbaijan"), the narrowest place speaks for it. */
function mostSpecific(places: EventPlace[]): EventPlace | null {
  return [...places].sort((a, b) => b.containerIds.length - a.containerIds.length || a.id.localeCompare(b.id))[0] ?? null;
}
