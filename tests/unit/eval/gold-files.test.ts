import { describe, expect, it } from "vitest";
import { rates } from "../../../src/eval/rates.js";
import { scoreArticle } from "../../../src/eval/score-article.js";
import { summarizeScores } from "../../../src/eval/summarize-scores.js";
import type { ExtractedFacts } from "../../../src/eval/extracted-facts.js";
import { goldAsExtraction } from "./gold-as-extraction.js";
import { readGoldCorpus } from "./read-gold-corpus.js";

const corpus = readGoldCorpus();

describe("seed/articles", () => {
  it("holds at least 20 valid gold files, each named after its id", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const { file, article } of corpus) expect(file).toBe(`${article.id}.json`);
  });

  it("covers both languages, an article without publishedAt and one without events", () => {
    const languages = corpus.map(({ article }) => article.language);
    expect(languages.filter((language) => language === "ru").length).toBeGreaterThanOrEqual(8);
    expect(languages.filter((language) => language === "en").length).toBeGreaterThanOrEqual(8);
    expect(corpus.some(({ article }) => article.publishedAt === null)).toBe(true);
    expect(corpus.some(({ article }) => article.gold.events.length === 0)).toBe(true);
  });

  it("leaves relative dates unresolved in articles without publishedAt", () => {
    const relative = /суббот|понедельник|вчера|сегодня|прошлом|этом году|yesterday|today|last |this year|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
    for (const { article } of corpus.filter(({ article }) => article.publishedAt === null)) {
      for (const event of article.gold.events) {
        if (event.dateText && relative.test(event.dateText)) expect(event.date, event.description).toBeNull();
      }
    }
  });

  it("scores every article's gold, restated as an extraction, 1.0", () => {
    for (const { article } of corpus) {
      const summary = summarizeScores([scoreArticle(article, goldAsExtraction(article))]);
      expect(rates(summary.overall).f1, article.id).toBe(1);
    }
  });

  it("scores a copy with every other item dropped and everything duplicated below 1 on both sides", () => {
    const scores = corpus.map(({ article }) => {
      const perfect = goldAsExtraction(article);
      const everyOther = <T>(items: readonly T[]) => items.filter((_, i) => i % 2 === 0);
      const perturbed: ExtractedFacts = {
        entities: [...everyOther(perfect.entities), ...everyOther(perfect.entities)],
        statements: everyOther(perfect.statements),
        events: everyOther(perfect.events),
      };
      return scoreArticle(article, perturbed);
    });
    const entities = rates(summarizeScores(scores).entities);
    expect(entities.recall).toBeGreaterThan(0.45);
    expect(entities.recall).toBeLessThan(0.6);
    expect(entities.precision).toBe(0.5);
  });
});
