import { setTimeout as delay } from "node:timers/promises";
import { messageOf } from "../error-message.js";
import type { Logger } from "../logger.js";
import type { EmbeddedNeo4j } from "./embedded-neo4j.js";

/** An embedded Neo4j that is started again when it dies, a bounded number of times. */
export interface SupervisedNeo4j {
  uri: string;
  /** False from the moment the JVM exits unexpectedly until a restart is ready. */
  isAvailable(): boolean;
  /** Aborted when the database is gone for good: it exited and will not be started again. */
  lost: AbortSignal;
  /** Stops it (and any restart under way); safe to call twice. */
  stop(): Promise<void>;
}

/** Pause before the second, third… restart attempt, in milliseconds. */
const RESTART_BACKOFF_MS = 1_000;

/**
 * Starts the database with `start` and watches its JVM: the moment it exits without being asked
 * to, the database is marked unavailable and started again (same store, same port, so the
 * driver's pool simply reconnects), at most `maxRestarts` times over the process's life, one
 * second apart after a failed attempt. `maxRestarts` 0 only watches: the first exit aborts `lost`.
 * `onStarted` runs after every successful start, the first included.
 */
export async function superviseEmbeddedNeo4j(options: {
  start: () => Promise<EmbeddedNeo4j>;
  maxRestarts: number;
  logger: Logger;
  onStarted?: (neo4j: EmbeddedNeo4j) => Promise<void>;
}): Promise<SupervisedNeo4j> {
  const { start, logger } = options;
  let current = await start();
  await options.onStarted?.(current);
  let available = true;
  let stopping = false;
  let restartsLeft = options.maxRestarts;
  let restarting: Promise<void> = Promise.resolve();
  const lost = new AbortController();

  const restart = async (reason: string) => {
    available = false;
    while (!stopping && restartsLeft > 0) {
      restartsLeft -= 1;
      logger.warn(
        `restarting the embedded Neo4j (it exited: ${reason}); ${restartsLeft} restart(s) left after this one`,
      );
      try {
        current = await start();
        if (stopping) return;
        await options.onStarted?.(current);
        available = true;
        watch(current);
        return;
      } catch (error) {
        logger.error(`restarting the embedded Neo4j failed: ${messageOf(error)}`);
        await delay(RESTART_BACKOFF_MS);
      }
    }
    if (stopping) return;
    logger.error(
      options.maxRestarts > 0
        ? `the embedded Neo4j is down for good after ${options.maxRestarts} restart(s); restart Newsgraph once its cause is fixed (Neo4j logs in the store folder, logs/)`
        : "the embedded Neo4j is gone",
    );
    lost.abort(new Error(`the embedded Neo4j exited (${reason})`));
  };
  const watch = (neo4j: EmbeddedNeo4j) => {
    void neo4j.exited.then((exit) => {
      if (exit.unexpected && !stopping) restarting = restart(exit.reason);
    });
  };
  watch(current);

  let stopped: Promise<void> | null = null;
  return {
    uri: current.uri,
    isAvailable: () => available,
    lost: lost.signal,
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        await restarting;
        await current.stop();
      })();
      return stopped;
    },
  };
}
