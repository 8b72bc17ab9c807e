/**
 * Cypher subquery (article `a` in scope, rows in `art.statements`) that merges the article's
 * statements with CONTAINS (where this article quotes it: a statement shared by several articles
 * keeps the first one's offsets on the node), who said them (SAID_BY a Person or an Organization), the event they
 * were made at (MADE_AT) and what they are about (ABOUT); returns `statementsCreated`. A speaker, event or entity the graph
 * lacks is skipped rather than invented. Runs after the events are written, so MADE_AT finds the
 * stored event a statement's event was matched to. The statement's lock is taken before its links
 * are checked, so the links are created without `MERGE`'s lock on the (busy) person or entity.
 */
export const writeStatementsSubquery = `
  CALL (a, art) {
    UNWIND art.statements AS row
    MERGE (s:Statement {id: row.id})
    ON CREATE SET s.quote = row.quote, s.language = row.language, s.start = row.start, s.end = row.end,
                  s.partial = row.partial, s._new = true
    WITH a, row, s, s._new IS NOT NULL AS isNew
    SET s._LOCK_ = true
    REMOVE s._LOCK_, s._new
    CREATE (a)-[:CONTAINS {start: row.start, end: row.end, field: row.field}]->(s)
    WITH s, row, isNew
    CALL (s, row) {
      OPTIONAL MATCH (speaker:Entity {id: row.speakerId}) WHERE speaker:Person OR speaker:Organization
      WITH s, speaker WHERE speaker IS NOT NULL AND NOT EXISTS { (s)-[:SAID_BY]->(speaker) }
      CREATE (s)-[:SAID_BY]->(speaker)
    }
    CALL (s, row) {
      OPTIONAL MATCH (event:Event {id: row.eventId})
      WITH s, event WHERE event IS NOT NULL AND NOT EXISTS { (s)-[:MADE_AT]->(event) }
      CREATE (s)-[:MADE_AT]->(event)
    }
    CALL (s, row) {
      UNWIND row.aboutIds AS aboutId
      MATCH (about:Entity {id: aboutId})
      WITH s, about WHERE NOT EXISTS { (s)-[:ABOUT]->(about) }
      CREATE (s)-[:ABOUT]->(about)
    }
    RETURN count(CASE WHEN isNew THEN 1 END) AS statementsCreated
  }`;
