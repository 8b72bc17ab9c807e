import type { Logger } from "../logger.js";

/**
 * Resolves on the first SIGINT or SIGTERM, or when `fatal` aborts (then with exit code 1), after
 * running `shutdown`; a second signal while shutting down exits at once. Used by the long-running
 * commands so that Ctrl-C stops the API and the embedded Neo4j cleanly, leaving a store the next
 * start opens.
 */
export function waitForShutdown(logger: Logger, shutdown: () => Promise<void>, fatal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn(`${signal} again: exiting without waiting`);
        process.exit(130);
      }
      stopping = true;
      logger.info(`${signal} received: shutting down…`);
      shutdown().then(resolve, reject);
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    fatal?.addEventListener("abort", () => {
      if (stopping) return;
      stopping = true;
      process.exitCode = 1;
      logger.error(`shutting down: ${fatal.reason instanceof Error ? fatal.reason.message : String(fatal.reason)}`);
      shutdown().then(resolve, reject);
    });
  });
}
