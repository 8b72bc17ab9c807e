import { isRetryableError, Neo4jError } from "neo4j-driver";
import { setTimeout as delay } from "node:timers/promises";
import { messageOf } from "../error-message.js";

/** How often, and how patiently, a write that failed for a passing reason is tried again. */
export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** Pause before the first retry, in milliseconds; each next pause doubles it. */
  firstDelayMs: number;
}

/**
 * Four retries 0.25, 0.5, 1 and 2 s apart: a deadlock or a cluster's leader switch is over by
 * then, and a database that is still unreachable after about 4 s is taken for gone, so an ingest
 * run stops within seconds instead of failing one article per retry window for hours.
 */
export const defaultRetryPolicy: RetryPolicy = { retries: 4, firstDelayMs: 250 };

/**
 * More tries, each pause doubling on, for a database that answers but is full (its transaction
 * memory pool taken by concurrent queries): it is there, so waiting up to a minute more costs
 * nothing but time, where giving up would fail articles that would have landed.
 */
const busyExtraRetries = 4;

/** The database cannot be reached: the run must stop, not go on to the next article. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the database is unavailable (${messageOf(cause)})`, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * Runs `work`, trying again after a transient failure (deadlock, lost connection, leader switch:
 * what the driver classes as retryable) with a doubling pause, at most `policy.retries` times (a
 * few more while the database is full, `busyExtraRetries`);
 * `onRetry` hears of each. A failure that is not transient is rethrown at once, for the caller
 * to pin on its article. When the database is still unreachable after the last retry, or `signal`
 * says it is gone, a `DatabaseUnavailableError` is thrown instead.
 */
export async function retryTransient<T>(
  work: () => Promise<T>,
  options: { policy: RetryPolicy; onRetry?: (error: unknown) => void; signal?: AbortSignal },
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    if (options.signal?.aborted) throw new DatabaseUnavailableError(options.signal.reason);
    try {
      return await work();
    } catch (error) {
      if (!isRetryableError(error)) throw error;
      if (options.signal?.aborted) throw new DatabaseUnavailableError(options.signal.reason);
      const retries = options.policy.retries + (isBusy(error) ? busyExtraRetries : 0);
      if (attempt >= retries) throw isUnreachable(error) ? new DatabaseUnavailableError(error) : error;
      options.onRetry?.(error);
      await delay(options.policy.firstDelayMs * 2 ** attempt, undefined, { signal: options.signal }).catch(
        () => undefined,
      );
    }
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError";
}

function isUnreachable(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === "ServiceUnavailable" || error.code === "SessionExpired");
}
