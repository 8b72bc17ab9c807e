import { eventLabels, setLabelByType } from "./graph-labels.js";

/** The message of the error the write statement raises when a stored event changed after it was read (see `writeArticles`). */
export const staleEventMessage = "newsgraph: an event changed after it was read";

/**
 * Cypher, run first in the write statement: takes the write lock of every stored event the run
 * changes (`$batch.expected`, sorted by id, as the read saw them) and fails the statement with
 * `staleEventMessage` if any of them is no longer as read. Two writers of one real-world event
 * usually queue on the event-matching locks; this catches the rest (two writers reaching one event
 * through different participants), and the writer then plans again from a fresh read.
 */
export const checkExpectedEvents = `
  CALL {
    UNWIND $batch.expected AS x
    OPTIONAL MATCH (ev:Event {id: x.id})
    SET ev._LOCK_ = true
    REMOVE ev._LOCK_
    WITH ev, x WHERE ev IS NULL OR coalesce(ev.participantKeys, []) <> x.participantKeys OR coalesce(ev.placeIds, []) <> x.placeIds
      OR coalesce(toString(ev.dateFrom), '') <> coalesce(x.dateFrom, '') OR coalesce(toString(ev.dateTo), '') <> coalesce(x.dateTo, '')
      OR coalesce(ev.dateValue, '') <> coalesce(x.dateValue, '')
    RETURN count(*) AS stale
  }
  CALL apoc.util.validate(stale > 0, '${staleEventMessage}', [])`;

/** Cypher (event `ev` and a row with `dropBuckets` and `addBuckets` in scope) unlinking and linking the planned event buckets. */
export const relinkBuckets = `
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
 * Cypher subquery (article `a` in scope, `EventWrite` rows in `art.events`) that applies the
 * article's event writes as planned (plan-event-writes.ts): merges each event, sets its new date
 * and the state kept on it for the next read (`participantKeys`, `placeIds`), creates this
 * article's REPORTS (the evidence and the date it gives), creates the PARTICIPANT and LOCATED_IN
 * links it lacks and adds the article to the `articleIds` of those it has (so replacing one article
 * removes only what it alone said), and links and unlinks the planned event buckets. Links are
 * created rather than merged: the event's lock is held (checkExpectedEvents, or its creation), and
 * creating does not take the lock on the (busy) entity that `MERGE` takes. Returns `eventsCreated`.
 */
export const writeEventsSubquery = `
  CALL (a, art) {
    UNWIND art.events AS row
    MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.title = row.title
    SET ev.participantKeys = row.participantKeys, ev.placeIds = row.placeIds
    WITH a, ev, row
    CALL (ev, row) {
      WITH ev, row WHERE row.date IS NOT NULL
      SET ev.dateValue = row.date.dateValue, ev.precision = row.date.precision,
          ev.dateFrom = date(row.date.dateFrom), ev.dateTo = date(row.date.dateTo)
    }
    CALL (ev, row) {
      WITH ev, row WHERE row.isNew
      ${setLabelByType("ev", "row.type", eventLabels)}
    }
    CREATE (a)-[:REPORTS {evidenceStart: row.report.evidenceStart, evidenceEnd: row.report.evidenceEnd, evidenceText: row.report.evidenceText,
                          dateText: row.report.dateText, dateValue: row.report.dateValue, precision: row.report.precision,
                          dateFrom: date(row.report.dateFrom), dateTo: date(row.report.dateTo)}]->(ev)
    WITH a, ev, row
    CALL (a, ev, row) {
      UNWIND row.participants AS p
      MATCH (e:Entity {id: p.entityId})
      CALL (a, ev, e, p) {
        WITH a, ev, e, p WHERE NOT p.linked
        CREATE (ev)-[:PARTICIPANT {role: p.role, articleIds: [a.id]}]->(e)
      }
      CALL (a, ev, e, p) {
        WITH a, ev, e, p WHERE p.linked
        MATCH (ev)-[r:PARTICIPANT {role: p.role}]->(e) WHERE NOT a.id IN r.articleIds
        SET r.articleIds = r.articleIds + a.id
      }
    }
    CALL (a, ev, row) {
      UNWIND row.places AS p
      MATCH (place:Entity {id: p.id})
      CALL (a, ev, place, p) {
        WITH a, ev, place, p WHERE NOT p.linked
        CREATE (ev)-[:LOCATED_IN {articleIds: [a.id]}]->(place)
      }
      CALL (a, ev, place, p) {
        WITH a, ev, place, p WHERE p.linked
        MATCH (ev)-[r:LOCATED_IN]->(place) WHERE NOT a.id IN r.articleIds
        SET r.articleIds = r.articleIds + a.id
      }
    }
    ${relinkBuckets}
    RETURN count(CASE WHEN row.isNew THEN 1 END) AS eventsCreated
  }`;
