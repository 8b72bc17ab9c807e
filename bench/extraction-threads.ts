import { availableParallelism } from "node:os";
import { extractionWorkerFile } from "../src/commands/extraction-worker.js";
import { createExtractionPool, type ExtractionPool } from "../src/ingest/extraction-pool.js";
import { generateCorpus } from "./generate-corpus.js";
import type { BenchSection } from "./report-table.js";

/** The thread counts measured: 1, 2 and every core, once each. */
export function threadCounts(): number[] {
  return [...new Set([1, 2, availableParallelism()])].sort((a, b) => a - b);
}

/** The extraction pool `kg ingest` uses, with `threads` threads; the caller closes it. */
export function benchExtractionPool(seedDir: string, threads: number): ExtractionPool {
  return createExtractionPool({ workerFile: extractionWorkerFile, seedDir, threads });
}

/**
 * Extraction alone through `kg ingest`'s worker pool at each thread count: `count` synthetic
 * articles handed to the pool at once. Each thread's resource loading is left out (two untimed
 * articles per thread first), so the rows compare extraction, not start-up. The CPU column is
 * the whole process's (every thread's): on a shared machine it says what a row cost when its
 * articles/s says only what it got.
 */
export async function benchExtractionThreads(seedDir: string, count: number): Promise<BenchSection> {
  const articles = [...generateCorpus({ seedDir, count, seed: 7 })];
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const rows: string[][] = [];
  let oneThread = 0;
  for (const threads of threadCounts()) {
    const pool = benchExtractionPool(seedDir, threads);
    try {
      await Promise.all(articles.slice(0, 2 * threads).map((article) => pool.prepare(article)));
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const prepared = await Promise.all(articles.map((article) => pool.prepare(article)));
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const rate = count / seconds;
      oneThread ||= rate;
      const events = prepared.flatMap(({ facts }) => facts.events);
      const participants = events.reduce((sum, event) => sum + event.participants.length, 0);
      rows.push([
        String(threads),
        String(count),
        seconds.toFixed(1),
        rate.toFixed(1),
        (rate / oneThread).toFixed(2),
        ((cpu.user + cpu.system) / 1000 / count).toFixed(1),
        (bytes / 1e6 / seconds).toFixed(2),
        (events.length / count).toFixed(1),
        (participants / Math.max(1, events.length)).toFixed(1),
      ]);
    } finally {
      await pool.close();
    }
  }
  return {
    title: `Extraction alone in kg ingest's worker pool (synthetic RU+EN articles, 3–5 KB; ${availableParallelism()} cores)`,
    columns: [
      "threads",
      "articles",
      "seconds",
      "articles/s",
      "× 1 thread",
      "CPU ms per article",
      "MB/s",
      "events per article",
      "participants per event",
    ],
    rows,
  };
}
