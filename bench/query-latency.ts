/**
 * The API latency section of `npm run bench` (issue 5): p50/p95 of `timeline`, `statements`,
 * `searchEntities` and `entity` asked over HTTP of the in-process API, beside the same question
 * asked through the driver as the hand-written Cypher the resolvers run (the floor), and one
 * generated @neo4j/graphql query with a nested relationship filter and a connection `totalCount`
 * beside the Cypher a person would write for it. Sequential requests on a warmed server; inputs
 * rotate over a random sample of entities that take part in events, and both ways are timed
 * interleaved on the same inputs.
 */
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { startApiServer } from "../src/api/create-server.js";
import { loadTypeDefs } from "../src/api/load-type-defs.js";
import { CO_MENTIONS } from "../src/api/resolvers/co-mentions.js";
import { LATEST_EVENTS, PROFILE } from "../src/api/resolvers/entity-profile.js";
import { SEARCH } from "../src/api/resolvers/search-entities.js";
import { statementsQuery } from "../src/api/resolvers/statements.js";
import { eventFilterParameters } from "../src/api/resolvers/event-filter.js";
import { TIMELINE } from "../src/api/resolvers/timeline.js";
import { buildFullTextQuery } from "../src/api/search/full-text-query.js";
import { analyseSearch } from "../src/api/search/search-words.js";
import { loadConfig } from "../src/config.js";
import type { Morphology } from "../src/extract/types.js";
import type { IngestService } from "../src/ingest/ingest-service.js";
import { silentLogger } from "../src/logger.js";
import type { BenchSection } from "./report-table.js";

/** Requests timed per operation and size (each way), over `SAMPLE` entities asked once untimed first. */
const RUNS = 60;
const SAMPLE = 30;

export interface Sample {
  entity: string;
  speaker: string;
  name: string;
}

interface Operation {
  name: string;
  graphql: string;
  variables: (sample: Sample) => Record<string, unknown>;
  floor: (driver: Driver, sample: Sample) => Promise<unknown>;
}

/** The section's columns; `measureQueryLatency` returns rows for them. */
export const queryLatencySection = (): BenchSection => ({
  title:
    "API latency, ms: GraphQL over HTTP vs the same Cypher through the driver (floor); target GraphQL ≤ 1.5 × floor + 2 ms",
  columns: ["articles", "operation", "GraphQL p50", "GraphQL p95", "floor p50", "floor p95", "ratio p50", "target"],
  rows: [],
});

/**
 * Serves the API in-process over the database at `uri` (already ingested with `size` articles),
 * with the bench's driver, ingest service and morphology, and returns one row per operation.
 */
export async function measureQueryLatency(options: {
  driver: Driver;
  uri: string;
  size: number;
  ingest: IngestService;
  morphology: Morphology;
}): Promise<string[][]> {
  const { driver, uri, size, ingest, morphology } = options;
  const config = loadConfig({ NEO4J_URI: uri, PORT: "0" });
  const database = config.neo4j.database;
  const api = await startApiServer({
    driver,
    config,
    logger: silentLogger,
    ingest,
    morphology,
    typeDefs: loadTypeDefs("schema"),
    ideExamples: [],
  });
  try {
    const samples = await pickSamples(driver, database);
    const rows: string[][] = [];
    for (const operation of operations(database, morphology)) {
      const { graphql, floor } = await timePairs(
        samples,
        (sample) => post(api.url, operation.graphql, operation.variables(sample)),
        (sample) => operation.floor(driver, sample),
      );
      const ratio = graphql.p50 / floor.p50;
      const met = graphql.p50 <= 1.5 * floor.p50 + 2;
      rows.push([
        String(size),
        operation.name,
        ms(graphql.p50),
        ms(graphql.p95),
        ms(floor.p50),
        ms(floor.p95),
        ratio.toFixed(2),
        met ? "met" : "missed",
      ]);
    }
    return rows;
  } finally {
    await api.stop();
  }
}

export async function pickSamples(driver: Driver, database: string): Promise<Sample[]> {
  const entities = await driver.executeQuery(
    `MATCH (e:Entity) WHERE EXISTS { (e)<-[:PARTICIPANT]-(:Event) }
     WITH e ORDER BY rand() LIMIT $n
     RETURN e.id AS entity, coalesce([a IN e.aliases WHERE a =~ '.*\\p{IsCyrillic}.*'][0], e.name) AS name`,
    { n: neo4j.int(SAMPLE) },
    { database },
  );
  const speakers = await driver.executeQuery(
    "MATCH (p:Person) WHERE EXISTS { (p)<-[:SAID_BY]-(:Statement) } WITH p ORDER BY rand() LIMIT $n RETURN p.id AS speaker",
    { n: neo4j.int(SAMPLE) },
    { database },
  );
  return entities.records.map((record, i) => ({
    entity: record.get("entity"),
    name: record.get("name"),
    speaker: speakers.records[i % speakers.records.length]!.get("speaker"),
  }));
}

/** What a person would write for "an entity's events, newest first, and how many": the floor of both generated forms. */
const EVENTS_OF_ENTITY = /* cypher */ `
MATCH (:Entity {id: $e})<-[:PARTICIPANT]-(ev:Event) WITH DISTINCT ev
WITH collect(ev) AS events
UNWIND events AS ev WITH size(events) AS totalCount, ev ORDER BY ev.dateFrom DESC LIMIT 20
RETURN totalCount, collect(ev {.id, .title, .dateValue}) AS page`;

function operations(database: string, morphology: Morphology): Operation[] {
  const run = (driver: Driver, cypher: string, parameters: Record<string, unknown>) =>
    driver.executeQuery(cypher, parameters, { database, routing: neo4j.routing.READ });
  const page = { limit: neo4j.int(20), offset: neo4j.int(0) };
  return [
    {
      name: "timeline",
      graphql: `query ($e: ID!) { timeline(entity: $e) { id type title date { value precision from to } place { name }
        participants { role entity { id name } } sourceCount sources { article { id title publishedAt } evidence }
        statements { quote speaker { name } } } }`,
      variables: (s) => ({ e: s.entity }),
      floor: (d, s) => run(d, TIMELINE, { ...eventFilterParameters(s.entity, {}), ...page }),
    },
    {
      name: "statements",
      graphql: `query ($p: ID!) { statements(speaker: $p) { id quote speaker { name } about { name }
        article { id title publishedAt } event { title date { value } place { name } } } }`,
      variables: (s) => ({ p: s.speaker }),
      floor: (d, s) =>
        run(d, statementsQuery("speaker", false), {
          speaker: s.speaker,
          about: null,
          lucene: null,
          from: null,
          to: null,
          ...page,
        }),
    },
    {
      name: "statements (search, best match first)",
      graphql: `query ($q: String!) { statements(search: $q) { id quote speaker { name } article { id title publishedAt } } }`,
      // Words of the corpus's commonest quote: a large share of all statements match.
      variables: () => ({ q: "dialogue cooperation" }),
      floor: (d) =>
        run(d, statementsQuery("search", false), {
          lucene: buildFullTextQuery(analyseSearch("dialogue cooperation", morphology)),
          speaker: null,
          about: null,
          from: null,
          to: null,
          ...page,
        }),
    },
    {
      name: "searchEntities",
      graphql: `query ($q: String!) { searchEntities(query: $q) { id name type score } }`,
      variables: (s) => ({ q: s.name }),
      floor: (d, s) =>
        run(d, SEARCH, {
          lucene: buildFullTextQuery(analyseSearch(s.name, morphology)),
          types: null,
          limit: neo4j.int(10),
        }),
    },
    {
      name: "entity",
      graphql: `query ($e: ID!) { entity(id: $e) { name type aliases offices { title } articleCount statementCount firstSeen lastSeen
        coMentions(limit: 5) { entity { name } total } latestEvents(limit: 5) { title date { value } } } }`,
      variables: (s) => ({ e: s.entity }),
      floor: (d, s) =>
        Promise.all([
          run(d, PROFILE, { id: s.entity }),
          run(d, CO_MENTIONS, { entity: s.entity, limit: neo4j.int(5) }),
          run(d, LATEST_EVENTS, { id: s.entity, limit: neo4j.int(5) }),
        ]),
    },
    {
      name: "generated: events by participant (nested filter) + totalCount",
      graphql: `query ($e: ID!) { eventsConnection(where: { participants: { some: { id: { eq: $e } } } }, first: 20, sort: [{ dateFrom: DESC }]) {
        totalCount edges { node { id title dateValue } } } }`,
      variables: (s) => ({ e: s.entity }),
      floor: (d, s) => run(d, EVENTS_OF_ENTITY, { e: s.entity }),
    },
    {
      name: "generated: the same from the entity's side + totalCount",
      graphql: `query ($e: ID!) { entities(where: { id: { eq: $e } }) { participatesInConnection(first: 20, sort: [{ node: { dateFrom: DESC } }]) {
        totalCount edges { node { id title dateValue } } } } }`,
      variables: (s) => ({ e: s.entity }),
      floor: (d, s) => run(d, EVENTS_OF_ENTITY, { e: s.entity }),
    },
  ];
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
}

/**
 * Times both ways of asking on the same inputs, interleaved and alternating which goes first, so
 * neither is favoured by a cache the other warmed; every sample is asked once untimed first.
 */
async function timePairs(
  samples: Sample[],
  graphqlCall: (sample: Sample) => Promise<unknown>,
  floorCall: (sample: Sample) => Promise<unknown>,
): Promise<{ graphql: Percentiles; floor: Percentiles }> {
  for (const sample of samples) {
    await graphqlCall(sample);
    await floorCall(sample);
  }
  const graphql: number[] = [];
  const floor: number[] = [];
  const timed = async (call: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    await call();
    into.push(performance.now() - started);
  };
  for (let i = 0; i < RUNS; i++) {
    const sample = samples[i % samples.length]!;
    const pair = [() => timed(() => graphqlCall(sample), graphql), () => timed(() => floorCall(sample), floor)];
    if (i % 2) pair.reverse();
    for (const run of pair) await run();
  }
  return { graphql: percentiles(graphql), floor: percentiles(floor) };
}

interface Percentiles {
  p50: number;
  p95: number;
}

function percentiles(durations: number[]): Percentiles {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

function ms(value: number): string {
  return value.toFixed(1);
}
