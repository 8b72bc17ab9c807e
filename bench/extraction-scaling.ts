import { extractArticle } from "../src/extract/index.js";
import type { ExtractionResources } from "../src/extract/types.js";
import { generateCorpus } from "./generate-corpus.js";
import type { BenchSection } from "./report-table.js";

/** Article sizes measured, in bytes: a long read, a report, a whole dump pasted as one article. */
const SIZES = [10_000, 100_000, 1_000_000];

/**
 * Extraction time of one article of 10 KB, 100 KB and 1 MB of English bench text (synthetic
 * articles joined by blank lines), on one core. Linear means the time per KB stays flat.
 */
export function benchExtractionScaling(resources: ExtractionResources, seedDir: string): BenchSection {
  const rows = SIZES.map((size) => {
    let text = "";
    for (const article of generateCorpus({ seedDir, count: Math.ceil(size / 1000), seed: 11 })) {
      if (Buffer.byteLength(text) >= size) break;
      if (article.language === "en") text += `${article.text}\n\n`;
    }
    while (Buffer.byteLength(text) < size) text += `${text}`;
    text = Buffer.from(text)
      .subarray(0, size)
      .toString("utf8")
      .replace(/\uFFFD$/, "");
    const started = performance.now();
    const facts = extractArticle({ text, language: "en", publishedAt: "2024-07-06" }, resources);
    const ms = performance.now() - started;
    return [
      `${size / 1000} KB`,
      (ms / 1000).toFixed(2),
      (ms / (size / 1000)).toFixed(2),
      String(facts.entities.length),
      String(facts.events.length),
    ];
  });
  return {
    title: "Extraction time by article size (one article, one core)",
    columns: ["size", "seconds", "ms per KB", "entities", "events"],
    rows,
  };
}
