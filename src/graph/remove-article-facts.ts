import type { ManagedTransaction } from "neo4j-driver";
import { mostPreciseDate } from "../domain/event-identity.js";
import { bucketChanges, bucketsOf } from "./plan-event-writes.js";
import { storedDate, storedEventProjection, type StoredDate, type StoredEvent } from "./read-stored-articles.js";
import { applyEventState } from "./write-article-rows.js";

/** What removing an article version's facts left to tidy once the new version is written. */
export interface RemovedFacts {
  /** Events other articles still report, with the dates those reports give and the buckets they are in: their dates must be recomputed. */
  sharedEvents: Array<{ event: StoredEvent; reports: StoredDate[]; held: string[] }>;
  /** Entities the old version named: deleted afterwards if nothing references them any more. */
  entityIds: string[];
}

/**
 * Removes what earlier versions of an article asserted (`articleIds`: the article's own id and any
 * older id stored under the same url), before the new version is written in the same transaction.
 * Statements and events that only these versions reported are deleted with their links; events
 * other articles report stay, minus the participants and places only these versions gave (and
 * their `participantKeys` and `placeIds` follow). Older ids' Article nodes are deleted; the current
 * one keeps its node and loses its links and content hash. The statements are sent at once and run in order.
 */
export async function removeArticleFacts(
  tx: ManagedTransaction,
  currentId: string,
  articleIds: readonly string[],
): Promise<RemovedFacts> {
  const params = { ids: [...articleIds], currentId };
  const [entities, , , shared] = await Promise.all(
    [
      `MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids RETURN collect(DISTINCT e.id) AS ids`,
      `MATCH (a:Article)-[:CONTAINS]->(s:Statement) WHERE a.id IN $ids
       WITH DISTINCT s
       WHERE NOT EXISTS { MATCH (s)<-[:CONTAINS]-(other:Article) WHERE NOT other.id IN $ids }
       DETACH DELETE s`,
      `MATCH (a:Article)-[:REPORTS]->(ev:Event) WHERE a.id IN $ids
       WITH DISTINCT ev
       WHERE NOT EXISTS { MATCH (ev)<-[:REPORTS]-(other:Article) WHERE NOT other.id IN $ids }
       DETACH DELETE ev`,
      `MATCH (a:Article)-[:REPORTS]->(ev:Event) WHERE a.id IN $ids
       WITH DISTINCT ev
       OPTIONAL MATCH (ev)-[r:PARTICIPANT|LOCATED_IN]->()
       WITH ev, r, [x IN coalesce(r.articleIds, []) WHERE NOT x IN $ids] AS rest, size(coalesce(r.articleIds, [])) AS before
       FOREACH (_ IN CASE WHEN r IS NOT NULL AND size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
       FOREACH (_ IN CASE WHEN r IS NOT NULL AND 0 < size(rest) < before THEN [1] ELSE [] END | SET r.articleIds = rest)
       WITH DISTINCT ev
       WITH ev, COLLECT { MATCH (ev)-[:LOCATED_IN]->(place:Entity) RETURN place.id } AS placed,
            COLLECT { MATCH (ev)-[r:PARTICIPANT]->(e:Entity) RETURN e.id + '|' + r.role } AS linked
       // Filtered rather than collected again, so the lists keep the order they were written in.
       SET ev.placeIds = [id IN coalesce(ev.placeIds, []) WHERE id IN placed],
           ev.participantKeys = [key IN coalesce(ev.participantKeys, []) WHERE key IN linked]
       RETURN ${storedEventProjection} AS event,
              COLLECT { MATCH (ev)<-[r:REPORTS]-(other:Article) WHERE NOT other.id IN $ids
                        RETURN {value: r.dateValue, precision: r.precision, from: toString(r.dateFrom), to: toString(r.dateTo)} } AS reports,
              COLLECT { MATCH (ev)<-[:HOLDS]-(bucket:EventBucket) RETURN bucket.key } AS held`,
      `MATCH (a:Article)-[r:MENTIONS|REPORTS|CONTAINS]->() WHERE a.id IN $ids DELETE r`,
      `MATCH (a:Article) WHERE a.id IN $ids AND a.id <> $currentId DETACH DELETE a`,
      // Forgotten, so that the article is written again even when its content is as stored.
      `MATCH (a:Article {id: $currentId}) REMOVE a.contentHash`,
    ].map((statement) => tx.run(statement, params)),
  );
  const sharedEvents = shared!.records.map((record) => ({
    event: record.get("event"),
    reports: record.get("reports"),
    held: record.get("held"),
  }));
  return { sharedEvents, entityIds: entities!.records[0]?.get("ids") ?? [] };
}

/**
 * Brings the events a removed version reported, and others still report, back in line with what
 * is left: each takes the most precise date its remaining reports give (`mostPreciseDate`) and is
 * linked to exactly the buckets of its state (`bucketsOf`).
 */
export async function refreshEvents(tx: ManagedTransaction, shared: RemovedFacts["sharedEvents"]): Promise<void> {
  if (shared.length === 0) return;
  const rows = shared.map(({ event, reports, held }) => {
    const date = mostPreciseDate(reports) ?? storedDate(null);
    return { id: event.id, date, ...bucketChanges(held, bucketsOf({ ...event, date })) };
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (ev:Event {id: row.id})
     ${applyEventState}`,
    { rows },
  );
}

/**
 * Deletes the entities among `entityIds` that nothing references any more and that did not come
 * from the gazetteer (reference entities are kept even when no article names them).
 */
export async function deleteOrphanEntities(tx: ManagedTransaction, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.run(
    `UNWIND $entityIds AS id
     MATCH (e:Entity {id: id})
     WHERE e.reference IS NULL AND NOT EXISTS { (e)--() }
     DELETE e`,
    { entityIds },
  );
}
