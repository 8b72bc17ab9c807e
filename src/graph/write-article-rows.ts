import type { ManagedTransaction } from "neo4j-driver";
import { eventLabels, setLabelByType } from "./graph-labels.js";
import type { ArticleWritePlan } from "./article-write-plan.js";
import type { EventWrite } from "./plan-event-writes.js";
import { setStoredDate, type StoredEvent } from "./stored-event.js";
import { writeEntitiesSubquery } from "./write-entities.js";
import { writeStatementsSubquery } from "./write-statements.js";
import type { CreatedMerged } from "./write-counts.js";

/** Raised by the write statement when a stored event changed after it was read (see `writeArticles`). */
export const staleEventMessage = "newsgraph: an event changed after it was read";

/** What the write statement created and found of each kind, for one article. */
export type WrittenCounts = Record<"entities" | "events" | "statements", CreatedMerged>;

/**
 * Writes a planned run of articles in one statement. First it locks the stored events the run
 * changes and fails with `staleEventMessage` if one is not as read (`expected`): writers reaching
 * one event through different participants do not share a lock key. Lists travel inside the one
 * map `$batch` (Cypher caches a plan per size class of each top-level list). Counts by article id.
 */
export async function writeArticleRows(
  tx: ManagedTransaction,
  articles: ReadonlyArray<ArticleWritePlan<EventWrite>>,
  expected: readonly StoredEvent[],
): Promise<Map<string, WrittenCounts>> {
  const result = await tx.run(
    `CALL {
       UNWIND $batch.expected AS x
       OPTIONAL MATCH (ev:Event {id: x.id})
       SET ev._LOCK_ = true
       REMOVE ev._LOCK_
       WITH ev, x WHERE ev IS NULL OR coalesce(ev.participantKeys, []) <> x.participantKeys OR coalesce(ev.placeIds, []) <> x.placeIds
         OR coalesce(toString(ev.dateFrom), '') <> coalesce(x.date.from, '') OR coalesce(toString(ev.dateTo), '') <> coalesce(x.date.to, '')
         OR coalesce(ev.dateValue, '') <> coalesce(x.date.value, '')
       RETURN count(*) AS stale
     }
     CALL apoc.util.validate(stale > 0, '${staleEventMessage}', [])
     UNWIND $batch.articles AS art
     CALL (art) {
       MATCH (a:Article {id: art.article.id})
       SET a += art.article, a.publishedAt = date(art.article.publishedAt)
       WITH a, art
       ${writeEntitiesSubquery}
       ${writeEventsSubquery}
       ${writeStatementsSubquery}
       RETURN entitiesCreated, eventsCreated, statementsCreated
     }
     RETURN art.article.id AS id,
            {created: entitiesCreated, merged: size(art.entities) - entitiesCreated} AS entities,
            {created: eventsCreated, merged: size(art.events) - eventsCreated} AS events,
            {created: statementsCreated, merged: size(art.statements) - statementsCreated} AS statements`,
    { batch: { expected, articles } },
  );
  return new Map(result.records.map((record) => [record.get("id"), record.toObject() as WrittenCounts]));
}

/** Cypher (event `ev` and a planned `row` in scope): sets the row's new date, if any, and relinks its buckets. */
export const applyEventState = `
    FOREACH (d IN CASE WHEN row.date IS NULL THEN [] ELSE [row.date] END | SET ${setStoredDate("ev", "d")})
    WITH ev, row
    CALL (ev, row) {
      MATCH (ev)<-[held:HOLDS]-(bucket:EventBucket) WHERE bucket.key IN row.dropBuckets
      DELETE held
    }
    CALL (ev, row) {
      UNWIND row.addBuckets AS key
      MERGE (bucket:EventBucket {key: key})
      CREATE (bucket)-[:HOLDS]->(ev)
    }`;

/**
 * Cypher subquery (article `a`, `EventWrite` rows in `art.events`) applying them. A link records the
 * articles that assert it (`articleIds`), so replacing one removes only what it alone said. Links are
 * created, not merged: the event's lock is held, and CREATE does not lock the busy entity as MERGE does.
 */
const writeEventsSubquery = `
  CALL (a, art) {
    UNWIND art.events AS row
    MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.title = row.title
    SET ev.participantKeys = row.participantKeys, ev.placeIds = row.placeIds
    WITH a, ev, row
    CALL (ev, row) {
      WITH ev, row WHERE row.isNew
      ${setLabelByType("ev", "row.type", eventLabels)}
    }
    CREATE (a)-[report:REPORTS]->(ev)
    SET report = row.report, ${setStoredDate("report", "row.reportedDate")}
    WITH a, ev, row
    ${linkSubquery("row.participants", "PARTICIPANT {role: p.role}")}
    ${linkSubquery("row.places", "LOCATED_IN")}
    ${applyEventState}
    RETURN count(CASE WHEN row.isNew THEN 1 END) AS eventsCreated
  }`;

/** Cypher subquery (article `a`, event `ev`, `row` in scope): links `ev` to each of `links`' entities, or adds `a` to a held link's articles. */
function linkSubquery(links: string, relationship: string): string {
  return `CALL (a, ev, row) {
      UNWIND ${links} AS p
      MATCH (e:Entity {id: p.entityId})
      FOREACH (_ IN CASE WHEN p.linked THEN [] ELSE [1] END | CREATE (ev)-[r:${relationship}]->(e) SET r.articleIds = [a.id])
      WITH a, ev, e, p WHERE p.linked
      MATCH (ev)-[r:${relationship}]->(e) WHERE NOT a.id IN r.articleIds
      SET r.articleIds = r.articleIds + a.id
    }`;
}
