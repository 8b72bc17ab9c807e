import type { ManagedTransaction } from "neo4j-driver";
import type { EntityRow, MentionRow } from "./article-write-plan.js";
import { entityLabels, groupBy } from "./graph-labels.js";
import { addCounts, countMerge, noCounts, type CreatedMerged } from "./write-counts.js";

/**
 * Merges entities by id, one `UNWIND` statement per label. An existing entity is written only when
 * the rows bring an alias it lacks: hot nodes (a country every article names) then take no write
 * lock, which keeps concurrent ingests from queueing behind one another. `aliasText` feeds the
 * full-text index, which reads strings, not lists.
 */
export async function writeEntities(tx: ManagedTransaction, entities: readonly EntityRow[]): Promise<CreatedMerged> {
  let counts = noCounts;
  for (const [type, rows] of groupBy(entities, (row) => row.type)) {
    const result = await tx.run(
      `UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       ON CREATE SET e:${entityLabels[type]}, e.type = row.type, e.name = row.name, e.wikidata = row.wikidata,
                     e.aliases = row.aliases, e.aliasText = reduce(s = '', a IN row.aliases | s + ' ' + a)
       WITH e, [a IN row.aliases WHERE NOT a IN e.aliases] AS missing
       FOREACH (_ IN CASE WHEN size(missing) > 0 THEN [1] ELSE [] END |
         SET e.aliases = e.aliases + missing,
             e.aliasText = e.aliasText + reduce(s = '', a IN missing | s + ' ' + a))`,
      { rows },
    );
    counts = addCounts(counts, countMerge(result, rows.length));
  }
  return counts;
}

/** Links the article to every entity it names, with how often and at which offsets. */
export async function writeMentions(tx: ManagedTransaction, articleId: string, rows: readonly MentionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (a:Article {id: $articleId})
     UNWIND $rows AS row
     MATCH (e:Entity {id: row.entityId})
     MERGE (a)-[m:MENTIONS]->(e)
     SET m.count = row.count, m.starts = row.starts, m.ends = row.ends`,
    { articleId, rows },
  );
}
