import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Logger } from "../logger.js";
import { StartupError } from "../startup-error.js";
import { parseLauncherSignal } from "./launcher-signal.js";
import { locateLauncher, type LauncherFiles } from "./locate-launcher.js";

/** A running embedded Neo4j, owned by this process. */
export interface EmbeddedNeo4j {
  /** Its Bolt address, e.g. `bolt://127.0.0.1:7687` (no auth: it listens on loopback only). */
  uri: string;
  /** The JVM's process id. */
  pid: number;
  /** Shuts the database down cleanly and waits for its JVM to exit; safe to call twice. */
  stop(): Promise<void>;
  /**
   * Resolves when the JVM exits: `unexpected` unless `stop()` asked for it. Resolves at once, not
   * after a timeout, so the owner can mark the database unavailable and restart it.
   */
  exited: Promise<EmbeddedExit>;
}

/** How an embedded Neo4j ended. */
export interface EmbeddedExit {
  /** The exit code or signal, e.g. "SIGKILL" or "exit 1". */
  reason: string;
  /** True when this process did not ask it to stop. */
  unexpected: boolean;
}

/** How to launch it; the launcher must already be built (`buildLauncher`, `npm run build:neo4j`). */
export interface EmbeddedNeo4jOptions {
  /** The store folder, created if missing; one process at a time may open it. */
  dataDir: string;
  /** A loopback address to listen on, e.g. 127.0.0.1. */
  host: string;
  port: number;
  /** Neo4j page cache size, in Neo4j's notation. @default "512m" */
  pagecache?: string;
  /**
   * JVM maximum heap, in Java's notation. Neo4j lets transactions take 70% of it together; at 1g,
   * 20 clients querying beside an ingestion filled that pool and refused writes for a minute at a
   * time (bench:load's soak). @default "2g"
   */
  heap?: string;
  /**
   * Write the classes this start loads to an AppCDS archive at this path when the JVM exits
   * (class-archive.ts); without it, the launcher's archive is used when there is one.
   */
  archiveClassesTo?: string;
  /** How long to wait for the readiness line, in milliseconds. @default 120000 */
  readyTimeoutMs?: number;
  logger: Logger;
}

const TAIL_LINES = 30;
const STOP_GRACE_MS = 15_000;
const KILL_AFTER_MS = 30_000;

/**
 * Launches Neo4j Community embedded in a child JVM and resolves once it answers on Bolt with
 * APOC loaded. The child's stdin stays open for its whole life: when this process exits, however
 * it dies (even SIGKILL), the pipe closes and the launcher shuts the database down cleanly, so
 * the store is never left locked by an orphan. Failures a person can fix (port taken, store in
 * use, Java crashing early, no readiness in time) are `StartupError`s with the launcher's last lines.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const files = locateLauncher();
  if (!existsSync(files.jar)) {
    throw new StartupError(`The embedded Neo4j launcher is not built (${files.jar}); run "npm run build:neo4j"`);
  }
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const { host, port, logger } = options;
  const startedAt = Date.now();
  const child = spawn(
    "java",
    [
      // The whole heap committed and touched at start, as Neo4j's own neo4j.conf advises: no
      // pauses to grow it later, and a resident size that stays where it starts.
      `-Xmx${options.heap ?? "2g"}`,
      `-Xms${options.heap ?? "2g"}`,
      "-XX:+AlwaysPreTouch",
      // Measured on a 2-core machine, 10,000 bench articles from a cold JVM: the JIT compiler took
      // 52-58 s of CPU, as much as the queries themselves. Shallower C2 inlining halves that
      // (28 s) with queries no slower once warm, and the throughput collector spares G1's
      // concurrent work and write barriers: Neo4j CPU per article 10.6-11.2 ms -> 8.4-8.8 ms.
      "-XX:+UseParallelGC",
      "-XX:MaxInlineLevel=6",
      "-XX:FreqInlineSize=100",
      "-XX:InlineSmallCode=1000",
      "-XX:+ExitOnOutOfMemoryError",
      ...(await classArchiveArgs(files, options.archiveClassesTo)),
      "-jar",
      files.jar,
      ...["--home", dataDir, "--bolt", `${host}:${port}`, "--plugins", files.pluginsDir],
      ...["--pagecache", options.pagecache ?? "512m"],
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const uri = await waitUntilReady(child, {
    dataDir,
    host,
    port,
    logger,
    timeoutMs: options.readyTimeoutMs ?? 120_000,
  });
  logger.info(`Embedded Neo4j ready at ${uri} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (store ${dataDir})`);
  return { uri, pid: child.pid!, ...stopper(child, logger) };
}

/** The JVM flags that write or use the launcher's class-data archive (class-archive.ts). */
async function classArchiveArgs(files: LauncherFiles, archiveClassesTo: string | undefined): Promise<string[]> {
  if (archiveClassesTo) return [`-XX:ArchiveClassesAtExit=${archiveClassesTo}`];
  return (await access(files.classArchive).then(() => true, () => false))
    ? [`-XX:SharedArchiveFile=${files.classArchive}`]
    : [];
}

interface ReadyContext {
  dataDir: string;
  host: string;
  port: number;
  logger: Logger;
  timeoutMs: number;
}

/**
 * Reads the launcher's stdout and stderr line by line until the readiness line, turning its exit,
 * its signals or the timeout into a `StartupError`. Lines keep being read (at debug level) after
 * readiness, so the child never blocks on a full pipe.
 */
function waitUntilReady(child: ChildProcessWithoutNullStreams, context: ReadyContext): Promise<string> {
  const tail: string[] = [];
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const fail = (message: string) => settle(() => reject(new StartupError(message)));
    const onLine = (line: string) => {
      if (settled) return context.logger.debug(`neo4j: ${line}`);
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      const signal = parseLauncherSignal(line);
      if (signal?.kind === "ready") settle(() => resolvePromise(signal.uri));
      else if (signal?.kind === "port-in-use") settle(() => reject(portInUse(context.host, signal.port)));
      else if (signal?.kind === "store-locked") settle(() => reject(storeLocked(context.dataDir)));
    };
    createInterface({ input: child.stdout }).on("line", onLine);
    createInterface({ input: child.stderr }).on("line", onLine);
    const timer = setTimeout(() => {
      context.logger.error(`embedded Neo4j output (last lines):\n${tail.join("\n")}`);
      fail(`Embedded Neo4j was not ready after ${context.timeoutMs / 1000} s; its last lines are logged above`);
      child.kill("SIGKILL");
    }, context.timeoutMs);
    child.on("error", (error) => fail(`Cannot run java for the embedded Neo4j: ${error.message}`));
    child.once("exit", (code, signal) => {
      if (settled) return;
      // Give readline a turn to deliver the last lines (they may hold the reason) before judging.
      setImmediate(() =>
        fail(`Embedded Neo4j exited (${signal ?? `exit ${code}`}) before it was ready:\n${tail.slice(-10).join("\n")}`),
      );
    });
  });
}

function portInUse(host: string, port: number): StartupError {
  return new StartupError(
    `Port ${port} is already in use; set NEO4J_BOLT_PORT to another port (or stop the other Neo4j). ` +
      `If it is a Newsgraph server's Neo4j, write through it instead: NEO4J_URI=bolt://${host}:${port}`,
  );
}

function storeLocked(dataDir: string): StartupError {
  return new StartupError(
    `The Neo4j store in ${dataDir} is in use by another process (another "kg start"?); stop it, or set NEO4J_DATA_DIR to another folder. ` +
      `"kg ingest" writes through a running server's Neo4j by itself (${dataDir}/newsgraph-running.json); if that record is missing, set NEO4J_URI to its Bolt address`,
  );
}

/**
 * Closing stdin is the launcher's normal "shut down" request; SIGTERM is the fallback if it has
 * not exited after a grace period, SIGKILL the last resort (Neo4j recovers the store on next start).
 */
function stopper(child: ChildProcessWithoutNullStreams, logger: Logger): Pick<EmbeddedNeo4j, "stop" | "exited"> {
  let stopping: Promise<void> | null = null;
  const exitedWith = new Promise<EmbeddedExit>((resolvePromise) => {
    const report = (code: number | null, signal: NodeJS.Signals | null) => {
      const exit = { reason: signal ?? `exit ${code}`, unexpected: stopping === null };
      if (exit.unexpected) logger.error(`Embedded Neo4j exited unexpectedly (${exit.reason})`);
      resolvePromise(exit);
    };
    if (child.exitCode !== null || child.signalCode !== null) report(child.exitCode, child.signalCode);
    else child.once("exit", report);
  });
  const exited = exitedWith.then(() => undefined);
  // Ending stdin of a JVM that has already gone raises EPIPE here; its exit is reported above.
  child.stdin.on("error", () => {});
  const stop = () => {
    stopping ??= (async () => {
      child.stdin.end();
      if (await exitsWithin(exited, STOP_GRACE_MS)) return;
      logger.warn("embedded Neo4j did not stop after its stdin closed; sending SIGTERM");
      child.kill("SIGTERM");
      if (await exitsWithin(exited, KILL_AFTER_MS)) return;
      logger.warn("embedded Neo4j did not stop after SIGTERM; killing it");
      child.kill("SIGKILL");
      await exited;
    })();
    return stopping;
  };
  return { stop, exited: exitedWith };
}

async function exitsWithin(exited: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolvePromise) => (timer = setTimeout(() => resolvePromise(false), ms)));
  const result = await Promise.race([exited.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}
