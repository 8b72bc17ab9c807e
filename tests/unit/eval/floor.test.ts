import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatScoreTable } from "../../../src/eval/format-score-table.js";
import { rates } from "../../../src/eval/rates.js";
import { scoreArticle } from "../../../src/eval/score-article.js";
import { summarizeScores, type ScoreSummary } from "../../../src/eval/summarize-scores.js";
import { extractArticle } from "../../../src/extract/index.js";
import { loadExtractionResources } from "../../../src/resources/load-resources.js";
import { readGoldCorpus } from "./read-gold-corpus.js";

/**
 * The quality floor of issue 3: the real extractor over every annotated article in seed/articles,
 * micro-averaged. The figures move with the extractor and the gazetteer; the floor does not.
 */
describe("extraction quality over seed/articles", () => {
  let summary: ScoreSummary;
  let table: string;

  beforeAll(async () => {
    const resources = await loadExtractionResources(join(import.meta.dirname, "../../../seed"));
    const scores = readGoldCorpus().map(({ article }) => {
      const { gold: _gold, ...input } = article;
      return scoreArticle(article, extractArticle(input, resources));
    });
    summary = summarizeScores(scores);
    table = formatScoreTable(summary);
  });

  it("finds entities with F1 ≥ 0.90", () => {
    expect(rates(summary.entities).f1, table).toBeGreaterThanOrEqual(0.9);
  });

  it("finds statements with F1 ≥ 0.85", () => {
    expect(rates(summary.statements).f1, table).toBeGreaterThanOrEqual(0.85);
  });

  it("finds events with F1 ≥ 0.70", () => {
    expect(rates(summary.events).f1, table).toBeGreaterThanOrEqual(0.7);
  });
});
