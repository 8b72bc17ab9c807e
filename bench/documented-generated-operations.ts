/**
 * The generated (@neo4j/graphql) examples of docs/QUERIES.md, asked as documented, each beside the
 * Cypher a person would write for its answer (the floor). An example none of whose root fields is
 * a custom operation is generated; every one needs a floor here, so a new one cannot be missed.
 */
import { type OperationDefinitionNode, parse } from "graphql";
import { loadExamples } from "../src/api/load-examples.js";
import { resolvers } from "../src/api/resolvers/index.js";
import type { LatencyOperation, RunCypher } from "./latency-operation.js";

/** Floors by example title: the same answer, read from an index. */
const FLOORS: Record<string, string> = {
  "Who mediated Armenia–Azerbaijan talks, and when?": /* cypher */ `
    MATCH (:Entity {id: 'Q227'})<-[:PARTICIPANT]-(ev:Event {type: 'NEGOTIATION'})
    WHERE EXISTS { (ev)-[:PARTICIPANT]->(:Entity {id: 'Q399'}) }
    WITH DISTINCT ev ORDER BY ev.dateFrom
    RETURN ev.title AS title, ev.dateValue AS dateValue, ev.precision AS precision,
      COLLECT { MATCH (ev)-[:PARTICIPANT {role: 'MEDIATOR'}]->(m:Entity) RETURN m.name ORDER BY m.name } AS mediators,
      COLLECT { MATCH (ev)-[:LOCATED_IN]->(c:City) RETURN c.name } AS location`,
  "Which organisations took part in summits in 2024, and where?": /* cypher */ `
    MATCH (o:Organization)
    CALL (o) {
      MATCH (o)<-[r:PARTICIPANT]-(ev:Event)
      WHERE ev.type = 'SUMMIT' AND ev.dateFrom >= date('2024-01-01') AND ev.dateTo <= date('2024-12-31')
      WITH r, ev ORDER BY ev.dateFrom
      RETURN collect({role: r.role, title: ev.title, dateValue: ev.dateValue,
        location: COLLECT { MATCH (ev)-[:LOCATED_IN]->(place) WHERE place:City OR place:Country RETURN place.name }}) AS events
    }
    WITH o, events WHERE size(events) > 0
    RETURN o.name AS name, events ORDER BY name`,
  "How many events has Azerbaijan taken part in, and which came first?": /* cypher */ `
    MATCH (e:Entity {id: 'Q227'})<-[r:PARTICIPANT]-(ev:Event)
    WITH e, collect({role: r.role, ev: ev}) AS links
    UNWIND links AS link
    WITH e, size(links) AS totalCount, link ORDER BY link.ev.dateFrom, link.ev.title LIMIT 3
    RETURN e.name AS name, totalCount,
      collect({role: link.role, type: link.ev.type, title: link.ev.title, dateValue: link.ev.dateValue}) AS edges`,
  "How many articles are in the graph, per language?": /* cypher */ `
    RETURN COUNT { (:Article) } AS all,
      COUNT { (a:Article WHERE a.language = 'ru') } AS russian,
      COUNT { (a:Article WHERE a.language = 'en') } AS english`,
  "Which articles are in the graph, and in which language?": /* cypher */ `
    MATCH (a:Article {id: 'seed-ru-001'}) RETURN a {.id, .title, .language, .publishedAt}`,
};

export function documentedGeneratedOperations(run: RunCypher, queriesPath = "docs/QUERIES.md"): LatencyOperation[] {
  const custom = new Set(Object.keys(resolvers.Query ?? {}));
  return loadExamples(queriesPath)
    .filter((example) => rootFields(example.query).every((field) => !custom.has(field)))
    .map((example) => {
      const floor = FLOORS[example.title];
      if (!floor) throw new Error(`bench: no floor for the generated example "${example.title}" of ${queriesPath}`);
      return {
        name: `documented: ${example.title}`,
        graphql: example.query,
        variables: () => example.variables ?? {},
        floor: (driver) => run(driver, floor, {}),
      };
    });
}

function rootFields(query: string): string[] {
  const operation = parse(query).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === "OperationDefinition",
  );
  return (operation?.selectionSet.selections ?? []).flatMap((selection) =>
    selection.kind === "Field" ? [selection.name.value] : [],
  );
}
