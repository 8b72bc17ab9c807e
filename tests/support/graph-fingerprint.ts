import type { Driver } from "neo4j-driver";
import { createHash } from "node:crypto";

/**
 * Every node and relationship of the database as one sorted line each, with its labels or type and
 * all its properties (a relationship names its ends by their `id`, `key`, `name` or `version`):
 * two equal fingerprints mean an unchanged graph, to the property. Strings longer than 120
 * characters (an article's text) are shown as their hash.
 */
export async function graphFingerprint(driver: Driver, database: string): Promise<string[]> {
  const nodes = await driver.executeQuery(
    `MATCH (n)
     RETURN labels(n) AS labels, properties(n) AS props,
            toString(coalesce(n.id, n.key, n.name, n.version, elementId(n))) AS name`,
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN labels(a) AS fromLabels, toString(coalesce(a.id, a.key, a.name, a.version)) AS from,
            type(r) AS type, properties(r) AS props,
            labels(b) AS toLabels, toString(coalesce(b.id, b.key, b.name, b.version)) AS to`,
    {},
    { database },
  );
  return [
    ...nodes.records.map((r) => `(${labelsOf(r.get("labels"))} ${stable(r.get("props"))})`),
    ...relationships.records.map(
      (r) =>
        `(${labelsOf(r.get("fromLabels"))} ${r.get("from")})-[:${r.get("type")} ${stable(r.get("props"))}]->` +
        `(${labelsOf(r.get("toLabels"))} ${r.get("to")})`,
    ),
  ].sort();
}

/** The lines `after` has more often than `before` (added) and the reverse (removed); a changed property is one of each. */
export function graphChanges(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const count = new Map<string, number>();
  for (const line of before) count.set(line, (count.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after) {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    else added.push(line);
  }
  const removed = [...count].flatMap(([line, left]) => Array<string>(left).fill(line));
  return { added, removed: removed.sort() };
}

function labelsOf(labels: string[]): string {
  return [...labels]
    .sort()
    .map((label) => `:${label}`)
    .join("");
}

function stable(props: Record<string, unknown>): string {
  const shown = Object.keys(props)
    .sort()
    .map((key) => `${key}: ${JSON.stringify(plain(props[key]))}`);
  return `{${shown.join(", ")}}`;
}

/** Temporal values as their ISO text; long strings as their hash. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "string") {
    return value.length > 120 ? `sha1:${createHash("sha1").update(value).digest("hex").slice(0, 12)}` : value;
  }
  if (value !== null && typeof value === "object") return String(value);
  return value;
}
