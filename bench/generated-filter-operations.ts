/**
 * The generated @neo4j/graphql filters analysts reach for first (issue 19): events by participant,
 * place, date range and type; statements by speaker and by event; articles by entity. Each asks
 * for the matches' total and the first 20, beside the Cypher a person would write for it, which
 * starts from an index (the floor). A filter on a relationship is asked two ways: as a nested
 * filter on the top-level list (`events(where: { participants: { some: … } })`), and from the
 * node at the other end (`entities(where: { id: … }) { participatesInConnection }`).
 */
import type { LatencyOperation, RunCypher } from "./latency-operation.js";

const PAGE = 20;

/**
 * The floor of "the nodes `match` binds to `n`, how many, and the first 20 of them", with `fields`
 * of each (a map projection's body) and their order.
 */
function totalAndPage(match: string, fields: string, order?: string): string {
  return `${match}
WITH DISTINCT n WITH collect(n) AS nodes
UNWIND nodes AS n WITH size(nodes) AS totalCount, n ${order ? `ORDER BY ${order} ` : ""}LIMIT ${PAGE}
RETURN totalCount, collect(n {${fields}}) AS page`;
}

const EVENT_PAGE = `first: ${PAGE}, sort: [{ dateFrom: DESC }]`;
const NESTED_EVENT_PAGE = `first: ${PAGE}, sort: [{ node: { dateFrom: DESC } }]`;
const EVENTS = "totalCount edges { node { id title dateValue } }";
const EVENT_FIELDS = ".id, .title, .dateValue";
const STATEMENTS = "totalCount edges { node { id quote } }";
const STATEMENT_FIELDS = ".id, .quote";
const ARTICLES = "totalCount edges { node { id title publishedAt } }";
const ARTICLE_FIELDS = ".id, .title, .publishedAt";

const EVENTS_OF_ENTITY = totalAndPage(
  "MATCH (:Entity {id: $e})<-[:PARTICIPANT]-(n:Event)",
  EVENT_FIELDS,
  "n.dateFrom DESC",
);
const EVENTS_AT_PLACE = totalAndPage(
  "MATCH (:Entity {id: $p})<-[:LOCATED_IN]-(n:Event)",
  EVENT_FIELDS,
  "n.dateFrom DESC",
);
const STATEMENTS_OF_SPEAKER = totalAndPage("MATCH (:Entity {id: $p})<-[:SAID_BY]-(n:Statement)", STATEMENT_FIELDS);
const STATEMENTS_AT_EVENT = totalAndPage("MATCH (:Event {id: $ev})<-[:MADE_AT]-(n:Statement)", STATEMENT_FIELDS);
const ARTICLES_OF_ENTITY = totalAndPage(
  "MATCH (:Entity {id: $e})<-[:MENTIONS]-(n:Article)",
  ARTICLE_FIELDS,
  "n.publishedAt DESC",
);

export function generatedFilterOperations(run: RunCypher): LatencyOperation[] {
  const byEntity = (s: { entity: string }) => ({ e: s.entity });
  const byCity = (s: { city: string }) => ({ p: s.city });
  const bySpeaker = (s: { speaker: string }) => ({ p: s.speaker });
  const byEvent = (s: { event: string }) => ({ ev: s.event });
  return [
    {
      name: "generated: events by participant (nested filter)",
      graphql: `query ($e: ID!) { eventsConnection(where: { participants: { some: { id: { eq: $e } } } }, ${EVENT_PAGE}) { ${EVENTS} } }`,
      variables: byEntity,
      floor: (d, s) => run(d, EVENTS_OF_ENTITY, byEntity(s)),
    },
    {
      name: "generated: events by participant, from the entity",
      graphql: `query ($e: ID!) { entities(where: { id: { eq: $e } }) { participatesInConnection(${NESTED_EVENT_PAGE}) { ${EVENTS} } } }`,
      variables: byEntity,
      floor: (d, s) => run(d, EVENTS_OF_ENTITY, byEntity(s)),
    },
    {
      name: "generated: events by place (nested filter)",
      graphql: `query ($p: ID!) { eventsConnection(where: { location: { some: { City: { id: { eq: $p } } } } }, ${EVENT_PAGE}) { ${EVENTS} } }`,
      variables: byCity,
      floor: (d, s) => run(d, EVENTS_AT_PLACE, byCity(s)),
    },
    {
      name: "generated: events by place, from the city",
      graphql: `query ($p: ID!) { cities(where: { id: { eq: $p } }) { eventsHereConnection(${NESTED_EVENT_PAGE}) { ${EVENTS} } } }`,
      variables: byCity,
      floor: (d, s) => run(d, EVENTS_AT_PLACE, byCity(s)),
    },
    {
      name: "generated: events by date range (one month)",
      graphql: `query ($from: Date!, $to: Date!) { eventsConnection(where: { dateFrom: { gte: $from }, dateTo: { lte: $to } }, ${EVENT_PAGE}) { ${EVENTS} } }`,
      variables: (s) => ({ from: s.from, to: s.to }),
      floor: (d, s) =>
        run(
          d,
          totalAndPage(
            "MATCH (n:Event) WHERE n.dateFrom >= date($from) AND n.dateTo <= date($to)",
            EVENT_FIELDS,
            "n.dateFrom DESC",
          ),
          { from: s.from, to: s.to },
        ),
    },
    {
      name: "generated: events by type",
      graphql: `query ($type: EventKind!) { eventsConnection(where: { type: { eq: $type } }, ${EVENT_PAGE}) { ${EVENTS} } }`,
      variables: (s) => ({ type: s.eventType }),
      floor: (d, s) =>
        run(d, totalAndPage("MATCH (n:Event {type: $type})", EVENT_FIELDS, "n.dateFrom DESC"), { type: s.eventType }),
    },
    {
      name: "generated: statements by speaker (nested filter)",
      graphql: `query ($p: ID!) { statementsConnection(where: { speaker: { some: { id: { eq: $p } } } }, first: ${PAGE}) { ${STATEMENTS} } }`,
      variables: bySpeaker,
      floor: (d, s) => run(d, STATEMENTS_OF_SPEAKER, bySpeaker(s)),
    },
    {
      name: "generated: statements by speaker, from the person",
      graphql: `query ($p: ID!) { people(where: { id: { eq: $p } }) { statementsConnection(first: ${PAGE}) { ${STATEMENTS} } } }`,
      variables: bySpeaker,
      floor: (d, s) => run(d, STATEMENTS_OF_SPEAKER, bySpeaker(s)),
    },
    {
      name: "generated: statements by event (nested filter)",
      graphql: `query ($ev: ID!) { statementsConnection(where: { madeAt: { some: { id: { eq: $ev } } } }, first: ${PAGE}) { ${STATEMENTS} } }`,
      variables: byEvent,
      floor: (d, s) => run(d, STATEMENTS_AT_EVENT, byEvent(s)),
    },
    {
      name: "generated: statements by event, from the event",
      graphql: `query ($ev: ID!) { events(where: { id: { eq: $ev } }) { statementsConnection(first: ${PAGE}) { ${STATEMENTS} } } }`,
      variables: byEvent,
      floor: (d, s) => run(d, STATEMENTS_AT_EVENT, byEvent(s)),
    },
    {
      name: "generated: articles by entity (nested filter)",
      graphql: `query ($e: ID!) { articlesConnection(where: { mentions: { some: { id: { eq: $e } } } }, first: ${PAGE}, sort: [{ publishedAt: DESC }]) { ${ARTICLES} } }`,
      variables: byEntity,
      floor: (d, s) => run(d, ARTICLES_OF_ENTITY, byEntity(s)),
    },
    {
      name: "generated: articles by entity, from the entity",
      graphql: `query ($e: ID!) { entities(where: { id: { eq: $e } }) { mentionedInConnection(first: ${PAGE}, sort: [{ node: { publishedAt: DESC } }]) { ${ARTICLES} } } }`,
      variables: byEntity,
      floor: (d, s) => run(d, ARTICLES_OF_ENTITY, byEntity(s)),
    },
  ];
}
