import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, retryTransient } from "../../../src/ingest/retry-transient.js";

const deadlock = () =>
  new Neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected", "50N05", "deadlock");
const unreachable = () => new Neo4jError("connection refused", "ServiceUnavailable", "08000", "connection refused");
const constraint = () => new Neo4jError("bad value", "Neo.ClientError.Statement.TypeError", "22N01", "bad value");
const memoryPoolFull = () =>
  new Neo4jError("pool full", "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "51N36", "pool full");
const policy = { retries: 3, firstDelayMs: 1 };

/** Work that fails with each of `failures` in turn, then answers "stored". */
function failingThen(failures: Array<() => Error>) {
  let calls = 0;
  const work = async () => {
    const failure = failures[calls++];
    if (failure) throw failure();
    return "stored";
  };
  return { work, calls: () => calls };
}

describe("retryTransient", () => {
  it("retries transient failures, telling each retry, until the work succeeds", async () => {
    const { work, calls } = failingThen([deadlock, unreachable]);
    const retried: string[] = [];
    await expect(
      retryTransient(work, { policy, onRetry: (error) => retried.push((error as Neo4jError).code) }),
    ).resolves.toBe("stored");
    expect(retried).toEqual(["Neo.TransientError.Transaction.DeadlockDetected", "ServiceUnavailable"]);
    expect(calls()).toBe(3);
  });

  it("gives up after its retries: an unreachable database becomes DatabaseUnavailableError", async () => {
    const { work, calls } = failingThen([unreachable, unreachable, unreachable, unreachable, unreachable]);
    await expect(retryTransient(work, { policy })).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(calls()).toBe(4);
  });

  it("waits longer for a database whose transaction memory is full, and still gives up in the end", async () => {
    const busyFor = (times: number) => failingThen(Array.from({ length: times }, () => memoryPoolFull));
    await expect(retryTransient(busyFor(6).work, { policy })).resolves.toBe("stored");
    await expect(retryTransient(busyFor(20).work, { policy })).rejects.toThrow("pool full");
  });

  it("rethrows a failure that is not transient at once, for its article", async () => {
    const { work, calls } = failingThen([constraint]);
    await expect(retryTransient(work, { policy })).rejects.toThrow("bad value");
    expect(calls()).toBe(1);
  });

  it("stops without retrying once the signal says the database is gone", async () => {
    const gone = new AbortController();
    gone.abort(new Error("the embedded Neo4j exited (SIGKILL)"));
    const { work, calls } = failingThen([unreachable]);
    await expect(retryTransient(work, { policy, signal: gone.signal })).rejects.toThrow(
      /database is unavailable \(the embedded Neo4j exited/,
    );
    expect(calls()).toBe(0);
  });
});
