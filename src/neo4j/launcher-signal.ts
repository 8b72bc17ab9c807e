/**
 * One line of the Java launcher's output that means something to the Node side. The launcher
 * (neo4j/src/main/java/newsgraph/neo4j/Launcher.java) prints `NEO4J_READY bolt://HOST:PORT` on
 * stdout when the database answers, and `NEO4J_PORT_IN_USE <port>` or `NEO4J_STORE_LOCKED <dir>`
 * on stderr just before it exits with a failure a person can fix.
 */
export type LauncherSignal =
  { kind: "ready"; uri: string } | { kind: "port-in-use"; port: number } | { kind: "store-locked"; dir: string };

/** Reads one output line as a `LauncherSignal`; null for every other line (Neo4j's own logging). */
export function parseLauncherSignal(line: string): LauncherSignal | null {
  const match = /^(NEO4J_READY|NEO4J_PORT_IN_USE|NEO4J_STORE_LOCKED) (.+)$/.exec(line.trimEnd());
  if (!match) return null;
  const [, tag, value] = match as unknown as [string, string, string];
  if (tag === "NEO4J_READY") return { kind: "ready", uri: value };
  if (tag === "NEO4J_PORT_IN_USE") return { kind: "port-in-use", port: Number(value) };
  return { kind: "store-locked", dir: value };
}
