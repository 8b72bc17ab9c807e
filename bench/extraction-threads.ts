import { availableParallelism } from "node:os";
import { createIngestExtraction } from "../src/commands/ingest-extraction.js";
import type { ExtractionResources } from "../src/extract/types.js";
import { prepareArticle } from "../src/ingest/prepare-article.js";
import { generateCorpus } from "./generate-corpus.js";
import type { BenchSection } from "./report-table.js";

/** The thread counts measured: 1, 2 and every core, once each. */
export function threadCounts(): number[] {
  return [...new Set([1, 2, availableParallelism()])].sort((a, b) => a - b);
}

/**
 * Extraction alone as `kg ingest --threads N` runs it, at each thread count: `count` synthetic
 * articles handed over at once (one thread extracts on the main thread, more in the worker pool).
 * Each thread's resource loading is left out (two untimed articles per thread first), so the rows
 * compare extraction, not start-up. The CPU column is
 * the whole process's (every thread's): on a shared machine it says what a row cost when its
 * articles/s says only what it got.
 */
export async function benchExtractionThreads(
  resources: ExtractionResources,
  seedDir: string,
  count: number,
): Promise<BenchSection> {
  const articles = [...generateCorpus({ seedDir, count, seed: 7 })];
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const rows: string[][] = [];
  let oneThread = 0;
  for (const threads of threadCounts()) {
    const extraction = createIngestExtraction({ threads, seedDir });
    const prepare = extraction.prepare ?? ((article: (typeof articles)[number]) => prepareArticle(article, resources));
    try {
      await Promise.all(articles.slice(0, 2 * threads).map((article) => prepare(article)));
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const prepared = await Promise.all(articles.map((article) => prepare(article)));
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
      await extraction.close();
    }
  }
  return {
    title: `Extraction alone as kg ingest --threads N runs it (synthetic RU+EN articles, 3–5 KB; ${availableParallelism()} cores)`,
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
