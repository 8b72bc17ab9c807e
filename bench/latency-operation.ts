/**
 * What the API latency bench times: an operation asked over HTTP as GraphQL beside the Cypher a
 * person would write for the same answer (its floor), and the inputs both are asked with, drawn at
 * random from the graph being measured.
 */
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";

/** Entities asked about, one input per sample (`SAMPLE` of them). */
const SAMPLE = 30;

/** One input of every operation; each field is taken from the graph, so every question has an answer. */
export interface Sample {
  /** An entity that takes part in events. */
  entity: string;
  /** A Cyrillic alias (else the name) of `entity`, for search. */
  name: string;
  /** A person who is quoted. */
  speaker: string;
  /** A city events took place in. */
  city: string;
  /** An event statements were made at. */
  event: string;
  /** An event type, with `from`/`to` the calendar month of one event of that type. */
  eventType: string;
  from: string;
  to: string;
}

/** One row of the latency table. */
export interface LatencyOperation {
  name: string;
  graphql: string;
  variables: (sample: Sample) => Record<string, unknown>;
  floor: (driver: Driver, sample: Sample) => Promise<unknown>;
}

/** Runs a read through the driver as the floor of an operation. */
export type RunCypher = (driver: Driver, cypher: string, parameters: Record<string, unknown>) => Promise<unknown>;

export function cypherRunner(database: string): RunCypher {
  return (driver, cypher, parameters) =>
    driver.executeQuery(cypher, parameters, { database, routing: neo4j.routing.READ });
}

/** `SAMPLE` inputs drawn at random from the graph: the `i`th of each kind goes together. */
export async function pickSamples(driver: Driver, database: string): Promise<Sample[]> {
  const column = async (cypher: string): Promise<Array<Record<string, string>>> => {
    const { records } = await driver.executeQuery(cypher, { n: neo4j.int(SAMPLE) }, { database });
    return records.map((record) => record.toObject() as Record<string, string>);
  };
  const entities = await column(
    `MATCH (e:Entity) WHERE EXISTS { (e)<-[:PARTICIPANT]-(:Event) }
     WITH e ORDER BY rand() LIMIT $n
     RETURN e.id AS entity, coalesce([a IN e.aliases WHERE a =~ '.*\\p{IsCyrillic}.*'][0], e.name) AS name`,
  );
  const speakers = await column(
    "MATCH (p:Person) WHERE EXISTS { (p)<-[:SAID_BY]-(:Statement) } WITH p ORDER BY rand() LIMIT $n RETURN p.id AS speaker",
  );
  const cities = await column(
    "MATCH (c:City) WHERE EXISTS { (c)<-[:LOCATED_IN]-(:Event) } WITH c ORDER BY rand() LIMIT $n RETURN c.id AS city",
  );
  const events = await column(
    "MATCH (ev:Event) WHERE EXISTS { (ev)<-[:MADE_AT]-(:Statement) } WITH ev ORDER BY rand() LIMIT $n RETURN ev.id AS event",
  );
  const months = await column(
    `MATCH (ev:Event) WHERE ev.dateFrom IS NOT NULL WITH ev ORDER BY rand() LIMIT $n
     WITH ev, date.truncate('month', ev.dateFrom) AS month
     RETURN ev.type AS eventType, toString(month) AS from, toString(month + duration('P1M') - duration('P1D')) AS to`,
  );
  const at = <T>(rows: T[], i: number): T => rows[i % rows.length]!;
  return entities.map((entity, i) => ({
    entity: entity.entity!,
    name: entity.name!,
    speaker: at(speakers, i).speaker!,
    city: at(cities, i).city!,
    event: at(events, i).event!,
    ...(at(months, i) as Pick<Sample, "eventType" | "from" | "to">),
  }));
}
