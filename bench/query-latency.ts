/**
 * The API latency section of `npm run bench` and `npm run bench:api`: p50/p95 of each operation
 * asked over HTTP of the in-process API, beside the same question asked through the driver as the
 * Cypher a person would write (the floor): the custom operations (custom-operations.ts), the
 * generated filters analysts reach for first (generated-filter-operations.ts) and the generated
 * examples of docs/QUERIES.md (documented-generated-operations.ts). Sequential requests on a warmed
 * server; inputs rotate over a random sample of the graph, and both ways are timed interleaved on
 * the same inputs.
 */
import type { Driver } from "neo4j-driver";
import { loadavg } from "node:os";
import { startApiServer } from "../src/api/create-server.js";
import { loadTypeDefs } from "../src/api/load-type-defs.js";
import { loadConfig } from "../src/config.js";
import type { Morphology } from "../src/extract/types.js";
import type { IngestService } from "../src/ingest/ingest-service.js";
import { silentLogger } from "../src/logger.js";
import { customOperations } from "./custom-operations.js";
import { documentedGeneratedOperations } from "./documented-generated-operations.js";
import { generatedFilterOperations } from "./generated-filter-operations.js";
import { cypherRunner, pickSamples, type Sample } from "./latency-operation.js";
import type { BenchSection } from "./report-table.js";

/** Request pairs timed per operation and size, unless `BUDGET_MS` runs out first (a slow generated filter). */
const RUNS = 60;
/** Time one operation may take, warm-up included, once `MIN_RUNS` pairs are timed. */
const BUDGET_MS = 20_000;
const MIN_RUNS = 10;

/** The section's columns; `measureQueryLatency` returns rows for them. */
export const queryLatencySection = (): BenchSection => ({
  title:
    "API latency, ms: GraphQL over HTTP vs the same Cypher through the driver (floor); target GraphQL ≤ 1.5 × floor + 2 ms",
  columns: [
    "articles",
    "operation",
    "GraphQL p50",
    "GraphQL p95",
    "floor p50",
    "floor p95",
    "ratio p50",
    "target",
    "pairs",
    "load avg",
  ],
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
  const run = cypherRunner(config.neo4j.database);
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
    const samples = await pickSamples(driver, config.neo4j.database);
    const operations = [
      ...customOperations(run, morphology),
      ...generatedFilterOperations(run),
      ...documentedGeneratedOperations(run),
    ];
    const rows: string[][] = [];
    for (const operation of operations) {
      const { graphql, floor, pairs } = await timePairs(
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
        String(pairs),
        loadavg()[0]!.toFixed(1),
      ]);
    }
    return rows;
  } finally {
    await api.stop();
  }
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
 * neither is favoured by a cache the other warmed; every sample is asked once untimed first. Stops
 * after `RUNS` pairs, or after `MIN_RUNS` once the operation has used `BUDGET_MS`.
 */
async function timePairs(
  samples: Sample[],
  graphqlCall: (sample: Sample) => Promise<unknown>,
  floorCall: (sample: Sample) => Promise<unknown>,
): Promise<{ graphql: Percentiles; floor: Percentiles; pairs: number }> {
  const started = performance.now();
  const overBudget = () => performance.now() - started > BUDGET_MS;
  for (const sample of samples) {
    if (overBudget()) break;
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
  for (let i = 0; i < RUNS && (i < MIN_RUNS || !overBudget()); i++) {
    const sample = samples[i % samples.length]!;
    const pair = [() => timed(() => graphqlCall(sample), graphql), () => timed(() => floorCall(sample), floor)];
    if (i % 2) pair.reverse();
    for (const run of pair) await run();
  }
  return { graphql: percentiles(graphql), floor: percentiles(floor), pairs: graphql.length };
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
