import neo4j, { isDate, isDateTime, isInt } from "neo4j-driver";
import type { ApiContext } from "../context.js";

/**
 * Runs one read-only Cypher statement for a custom operation and returns its rows as plain
 * objects: routed to a reader (a cluster's followers serve analysts), on the context's database,
 * under the API's transaction timeout, with every value made JSON-ready (integers as numbers,
 * dates as ISO strings) whatever options the driver was created with.
 */
export async function readQuery<Row>(
  context: ApiContext,
  cypher: string,
  parameters: Record<string, unknown>,
): Promise<Row[]> {
  const result = await context.driver.executeQuery(cypher, parameters, {
    database: context.config.neo4j.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: context.transaction?.timeout },
  });
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** A whole number as the driver needs it for SKIP and LIMIT (a JS number would arrive as a float). */
export function cypherInt(value: number) {
  return neo4j.int(value);
}

function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}
