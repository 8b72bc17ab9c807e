/**
 * Runs `task` over `items` with at most `concurrency` running at once and resolves when all have
 * settled. Tasks handle their own failures; a task that rejects stops the pool (no further item
 * is started) and the rejection is rethrown once the running tasks have settled: that is how a
 * run stops when its database is gone.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        next = items.length;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker),
  );
  const failure = settled.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
}
