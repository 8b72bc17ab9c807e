import { entityLabels, setLabelByType } from "./graph-labels.js";

/**
 * Cypher subquery (called with the article `a` in scope, rows in `$batch.entities`) that merges the
 * article's entities by id and returns how many it created as `entitiesCreated`. An existing
 * entity is written only when the rows bring an alias it lacks: hot nodes (a country every article
 * names) then take no write lock, which keeps concurrent ingests from queueing behind one another.
 * `aliasText` feeds the full-text index, which reads strings, not lists.
 */
export const writeEntitiesSubquery = `
  CALL (a) {
    UNWIND $batch.entities AS row
    OPTIONAL MATCH (stored:Entity {id: row.id})
    WITH row, stored IS NULL AS isNew
    MERGE (e:Entity {id: row.id})
    ON CREATE SET e.type = row.type, e.name = row.name, e.wikidata = row.wikidata,
                  e.aliases = row.aliases, e.aliasText = reduce(s = '', alias IN row.aliases | s + ' ' + alias)
    WITH e, row, isNew, [alias IN row.aliases WHERE NOT alias IN e.aliases] AS missing
    FOREACH (_ IN CASE WHEN size(missing) > 0 THEN [1] ELSE [] END |
      SET e.aliases = e.aliases + missing,
          e.aliasText = e.aliasText + reduce(s = '', alias IN missing | s + ' ' + alias))
    WITH e, row, isNew
    CALL (e, row, isNew) {
      WITH e, row WHERE isNew
      ${setLabelByType("e", "row.type", entityLabels)}
    }
    RETURN count(CASE WHEN isNew THEN 1 END) AS entitiesCreated
  }`;

/**
 * Cypher subquery (article `a` in scope, rows in `$batch.mentions`) linking the article to every entity
 * it names, with how often and at which offsets. `CREATE`, not `MERGE`: the article's old links were
 * removed before (or it is new) and its lock is held, so none exists, and creating a relationship
 * does not take the exclusive lock on the (often very busy) entity that `MERGE` takes to stay unique.
 */
export const writeMentionsSubquery = `
  CALL (a) {
    UNWIND $batch.mentions AS row
    MATCH (e:Entity {id: row.entityId})
    CREATE (a)-[:MENTIONS {count: row.count, starts: row.starts, ends: row.ends}]->(e)
  }`;
