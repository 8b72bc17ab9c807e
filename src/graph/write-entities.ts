import { entityLabels, setLabelByType } from "./graph-labels.js";

/**
 * Cypher subquery (called with the article `a` in scope, rows in `art.entities`) that merges the
 * article's entities by id, links the article to those it names with how often and at which
 * offsets, and returns how many entities it created as `entitiesCreated`. An existing entity is
 * written only when the rows bring an alias it lacks: hot nodes (a country every article names)
 * then take no write lock, which keeps concurrent ingests from queueing behind one another; a new
 * one is told by a marker set on create and removed at once, which saves a second index seek per
 * row. MENTIONS is created, not merged: the article's old links were removed before (or it is new)
 * and its lock is held, so none exists, and creating a relationship does not take the exclusive
 * lock on the entity that `MERGE` takes to stay unique. `aliasText` feeds the full-text index,
 * which reads strings, not lists.
 */
export const writeEntitiesSubquery = `
  CALL (a, art) {
    UNWIND art.entities AS row
    MERGE (e:Entity {id: row.id})
    ON CREATE SET e.type = row.type, e.name = row.name, e.wikidata = row.wikidata, e._new = true,
                  e.aliases = row.aliases, e.aliasText = reduce(s = '', alias IN row.aliases | s + ' ' + alias)
    WITH a, e, row, e._new IS NOT NULL AS isNew, [alias IN row.aliases WHERE NOT alias IN e.aliases] AS missing
    FOREACH (_ IN CASE WHEN size(missing) > 0 THEN [1] ELSE [] END |
      SET e.aliases = e.aliases + missing,
          e.aliasText = e.aliasText + reduce(s = '', alias IN missing | s + ' ' + alias))
    WITH a, e, row, isNew
    CALL (e, row, isNew) {
      WITH e, row WHERE isNew
      REMOVE e._new
      ${setLabelByType("e", "row.type", entityLabels)}
    }
    CALL (a, e, row) {
      WITH a, e, row WHERE row.mention IS NOT NULL
      CREATE (a)-[:MENTIONS {count: row.mention.count, starts: row.mention.starts, ends: row.mention.ends,
                             fields: row.mention.fields}]->(e)
    }
    RETURN count(CASE WHEN isNew THEN 1 END) AS entitiesCreated
  }`;
