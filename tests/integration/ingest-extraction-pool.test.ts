import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractionWorkerFile } from "../../src/commands/extraction-worker.js";
import type { ArticleInput } from "../../src/extract/types.js";
import { createExtractionPool } from "../../src/ingest/extraction-pool.js";
import type { IngestedArticle } from "../../src/ingest/ingest-articles.js";
import { articleSources, createIngestService, type IngestService } from "../../src/ingest/ingest-service.js";
import { silentLogger } from "../../src/logger.js";
import { loadExtractionResources } from "../../src/resources/load-resources.js";
import { THREAD_DIES_ON } from "../support/dying-extraction-worker.js";
import { graphChanges, graphFingerprint } from "../support/graph-fingerprint.js";
import { openTestDriver, testPrefix } from "../support/ingest-fixtures.js";
import { storedArticleIds, trackStoredArticles, type StoredArticles } from "../support/track-stored-articles.js";

const dyingWorkerFile = new URL("../support/dying-extraction-worker.ts", import.meta.url).href;

describe("ingestion that extracts in a worker-thread pool", () => {
  const p = testPrefix();
  let driver: Driver;
  let stored: StoredArticles;
  let ingest: IngestService;

  const article = (n: number, sentences = 1): ArticleInput => ({
    id: `${p}:article:${n}`,
    language: "en",
    publishedAt: "2024-07-06",
    text: Array.from(
      { length: sentences },
      (_, k) =>
        `Report ${n}.${k}. Kazakhstan's President Kassym-Jomart Tokayev met Azerbaijan's President Ilham Aliyev in Shusha on Saturday.`,
    ).join(" "),
  });
  // About another meeting than `article`'s, so that writing it changes nothing stored before.
  const otherArticle = (n: number): ArticleInput => ({
    id: `${p}:article:${n}`,
    language: "en",
    publishedAt: "2024-05-13",
    text: `Note ${n}. French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.`,
  });
  const sources = (articles: readonly ArticleInput[]) =>
    articleSources(articles.map((a, index) => ({ origin: `input ${index}`, article: a })));

  beforeAll(async () => {
    driver = await openTestDriver();
    stored = await trackStoredArticles(driver, "neo4j");
    const resources = await loadExtractionResources("seed");
    ingest = createIngestService({ driver, database: "neo4j", resources, logger: silentLogger });
  });

  afterAll(async () => {
    await stored.remove(await storedArticleIds(driver, "neo4j", p));
    await driver.close();
  });

  it("writes the articles of a batch in input order, though the threads finish them out of order", async () => {
    const pool = createExtractionPool({ workerFile: extractionWorkerFile, seedDir: "seed", threads: 2 });
    // Long and short articles alternate, so a short one is extracted before the long one before it.
    const articles = Array.from({ length: 8 }, (_, n) => article(n, n % 2 === 0 ? 60 : 1));
    const written: IngestedArticle[] = [];
    try {
      const summary = await ingest.ingest(sources(articles), {
        prepare: pool.prepare,
        batchSize: 4,
        concurrency: 1,
        onArticle: (item) => written.push(item),
      });
      expect(summary.articles).toMatchObject({ new: 8, failed: 0 });
    } finally {
      await pool.close();
    }
    expect(written.map((item) => item.origin)).toEqual(articles.map((_, index) => `input ${index}`));
  });

  it("reports a bad article as invalid, with its origin, and writes the rest", async () => {
    const pool = createExtractionPool({ workerFile: extractionWorkerFile, seedDir: "seed", threads: 2 });
    try {
      const summary = await ingest.ingest(sources([article(10), { ...article(11), publishedAt: "2025-02-30" }]), {
        prepare: pool.prepare,
      });
      expect(summary.articles).toMatchObject({ new: 1, failed: 1 });
      expect(summary.failures).toEqual([
        expect.objectContaining({
          origin: "input 1",
          stage: "extract",
          reason: expect.stringMatching(/^invalid article: publishedAt "2025-02-30" is not a real date/),
        }),
      ]);
    } finally {
      await pool.close();
    }
  });

  it("loses nothing when a worker thread dies: only its article fails, the others land, and what was stored stays as it was", async () => {
    const before = await graphFingerprint(driver, "neo4j");
    const pool = createExtractionPool({ workerFile: dyingWorkerFile, seedDir: "seed", threads: 2 });
    const dying = { ...otherArticle(21), text: `${otherArticle(21).text} ${THREAD_DIES_ON}` };
    try {
      const summary = await ingest.ingest(
        sources([article(1), otherArticle(20), dying, otherArticle(22), otherArticle(23)]),
        {
          prepare: pool.prepare,
          batchSize: 2,
        },
      );
      expect(summary.articles).toMatchObject({ new: 3, unchanged: 1, failed: 1 });
      expect(summary.failures).toEqual([
        expect.objectContaining({
          origin: "input 2",
          stage: "extract",
          reason: expect.stringMatching(/^extraction failed/),
        }),
      ]);
    } finally {
      await pool.close();
    }
    const { removed } = graphChanges(before, await graphFingerprint(driver, "neo4j"));
    expect(removed).toEqual([]);
    expect((await storedArticleIds(driver, "neo4j", p)).sort()).toEqual(
      [...Array.from({ length: 8 }, (_, n) => n), 10, 20, 22, 23].map((n) => `${p}:article:${n}`).sort(),
    );
  });
});
