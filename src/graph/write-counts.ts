import type { QueryResult } from "neo4j-driver";

/** How many nodes of one kind a write created, and how many it found already there. */
export interface CreatedMerged {
  created: number;
  merged: number;
}

/** Nothing created, nothing merged. */
export const noCounts: CreatedMerged = Object.freeze({ created: 0, merged: 0 });

/**
 * Reads created/merged from a `MERGE` statement's own counters: `rows` nodes were merged in all,
 * and the server says how many of them it had to create, so no extra query is needed.
 */
export function countMerge(result: QueryResult, rows: number): CreatedMerged {
  const created = result.summary.counters.updates().nodesCreated;
  return { created, merged: rows - created };
}

/** Adds two counts. */
export function addCounts(a: CreatedMerged, b: CreatedMerged): CreatedMerged {
  return { created: a.created + b.created, merged: a.merged + b.merged };
}
