import type { ManagedTransaction } from "neo4j-driver";
import { mostPreciseDate } from "../domain/event-identity.js";
import { bucketChanges } from "./event-buckets.js";
import { storedDate, storedDateOf, storedEventProjection, type StoredDate, type StoredEvent } from "./stored-event.js";
import { applyEventState } from "./write-article-rows.js";

/**
 * Removes what the versions `articleIds` of an article said (see README), deletes all but the
 * `currentId` node, and makes that one's content hash unknown so that it is written again. Returns
 * the entities they named, for `deleteOrphanEntities` once the new version is written.
 */
export async function removeArticleFacts(
  tx: ManagedTransaction,
  currentId: string,
  articleIds: readonly string[],
): Promise<string[]> {
  const params = { ids: [...articleIds], currentId };
  // Sent at once, run in order.
  const [entities, , shared] = await Promise.all(
    [
      `MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids RETURN collect(DISTINCT e.id) AS ids`,
      `MATCH (a:Article)-[:CONTAINS|REPORTS]->(n) WHERE a.id IN $ids
       WITH DISTINCT n
       WHERE NOT EXISTS { MATCH (n)<-[:CONTAINS|REPORTS]-(other:Article) WHERE NOT other.id IN $ids }
       DETACH DELETE n`,
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
                        RETURN ${storedDateOf("r")} } AS reports,
              COLLECT { MATCH (ev)<-[:HOLDS]-(bucket:EventBucket) RETURN bucket.key } AS held`,
      `MATCH (a:Article) WHERE a.id IN $ids
       CALL (a) { MATCH (a)-[r:MENTIONS|REPORTS|CONTAINS]->() DELETE r }
       REMOVE a.contentHash
       WITH a WHERE a.id <> $currentId
       DETACH DELETE a`,
    ].map((statement) => tx.run(statement, params)),
  );
  const rows = shared!.records.map((record) => {
    const { event, reports, held } = record.toObject() as { event: StoredEvent; reports: StoredDate[]; held: string[] };
    const date = mostPreciseDate(reports) ?? storedDate(null);
    return { id: event.id, date, ...bucketChanges(held, { ...event, date }) };
  });
  if (rows.length > 0) await tx.run(`UNWIND $rows AS row MATCH (ev:Event {id: row.id}) ${applyEventState}`, { rows });
  return entities!.records[0]?.get("ids") ?? [];
}

/** Deletes those of `entityIds` that nothing references and that are not the gazetteer's (those stay unnamed). */
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
