import { readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** What a process that launched the embedded Neo4j tells others about it. */
export interface RunningDatabase {
  /** Its Bolt address, e.g. `bolt://127.0.0.1:7687`. */
  uri: string;
  /** The JVM's process id. */
  pid: number;
}

/** Sits in the store folder, beside Neo4j's own `data/` and `logs/`. */
const FILE_NAME = "newsgraph-running.json";

/**
 * Records, in the store folder, where the embedded Neo4j that holds this store listens, so
 * that another command on the same store (`kg ingest` beside `kg start`) can write through it
 * instead of failing to open a store that only one process may hold.
 */
export async function writeRunningDatabase(dataDir: string, running: RunningDatabase): Promise<void> {
  await writeFile(join(dataDir, FILE_NAME), `${JSON.stringify(running)}\n`);
}

/** Removes the record when the database stops; a record left by a killed process names a dead pid. */
export async function removeRunningDatabase(dataDir: string): Promise<void> {
  await rm(join(dataDir, FILE_NAME), { force: true });
}

/** The embedded Neo4j running on this store, or null when there is none (or its JVM is gone). */
export function readRunningDatabase(dataDir: string): RunningDatabase | null {
  let running: RunningDatabase;
  try {
    running = JSON.parse(readFileSync(join(dataDir, FILE_NAME), "utf8")) as RunningDatabase;
  } catch {
    return null;
  }
  return typeof running.uri === "string" && Number.isInteger(running.pid) && isAlive(running.pid) ? running : null;
}

function isAlive(pid: number): boolean {
  try {
    // Signal 0 checks that the process exists without touching it.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
