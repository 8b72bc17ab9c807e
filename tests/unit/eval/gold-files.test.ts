import { describe, expect, it } from "vitest";
import { rates } from "../../../src/eval/rates.js";
import { scoreArticle } from "../../../src/eval/score-article.js";
import { summarizeScores } from "../../../src/eval/summarize-scores.js";
import type { ExtractedFacts } from "../../../src/eval/extracted-facts.js";
import { goldGenres, goldRegions, type GoldArticle } from "../../../src/eval/gold-schema.js";
import { goldAsExtraction } from "./gold-as-extraction.js";
import { HOLDOUT_DIR, readGoldCorpus } from "./read-gold-corpus.js";

const corpus = readGoldCorpus();

describe("seed/articles", () => {
  it("holds at least 120 valid gold files, each named after its id", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    for (const { file, article } of corpus) expect(file).toBe(`${article.id}.json`);
  });

  it("spreads over both languages, every genre and every region", () => {
    const count = (pick: (article: GoldArticle) => string, value: string) =>
      corpus.filter(({ article }) => pick(article) === value).length;
    for (const language of ["ru", "en"])
      expect(
        count((a) => a.language, language),
        language,
      ).toBeGreaterThanOrEqual(50);
    for (const genre of goldGenres)
      expect(
        count((a) => a.genre, genre),
        genre,
      ).toBeGreaterThanOrEqual(3);
    for (const region of goldRegions)
      expect(
        count((a) => a.region, region),
        region,
      ).toBeGreaterThanOrEqual(3);
    expect(corpus.some(({ article }) => article.publishedAt === null)).toBe(true);
    expect(corpus.some(({ article }) => article.title === null)).toBe(true);
    expect(corpus.some(({ article }) => article.gold.events.length === 0)).toBe(true);
  });

  it("tells at least 15 events in three or more articles, in both languages", () => {
    const reports = new Map<string, { articles: number; languages: Set<string> }>();
    for (const { article } of corpus) {
      for (const key of new Set(article.gold.events.map((event) => event.key))) {
        const entry = reports.get(key) ?? { articles: 0, languages: new Set<string>() };
        entry.articles += 1;
        entry.languages.add(article.language);
        reports.set(key, entry);
      }
    }
    const retold = [...reports].filter(([, entry]) => entry.articles >= 3 && entry.languages.size === 2);
    expect(retold.length, retold.map(([key]) => key).join(", ")).toBeGreaterThanOrEqual(15);
  });

  it("has partial quotes and STATEMENT events", () => {
    expect(
      corpus.filter(({ article }) => article.gold.statements.some((s) => s.partial)).length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      corpus.filter(({ article }) => article.gold.events.some((e) => e.type === "STATEMENT")).length,
    ).toBeGreaterThanOrEqual(10);
  });

  it("leaves relative dates unresolved in articles without publishedAt", () => {
    const relative =
      /суббот|понедельник|вчера|сегодня|прошлом|этом году|yesterday|today|last |this year|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
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

describe("seed/holdout", () => {
  const holdout = readGoldCorpus(HOLDOUT_DIR);

  it("holds at least 15 valid gold files per language, over every region and genre, none shared with seed/articles", () => {
    for (const language of ["ru", "en"])
      expect(holdout.filter(({ article }) => article.language === language).length).toBeGreaterThanOrEqual(15);
    for (const region of goldRegions)
      expect(
        holdout.some(({ article }) => article.region === region),
        region,
      ).toBe(true);
    for (const genre of goldGenres.filter((genre) => genre !== "news"))
      expect(
        holdout.some(({ article }) => article.genre === genre),
        genre,
      ).toBe(true);
    const developmentIds = new Set(corpus.map(({ article }) => article.id));
    for (const { file, article } of holdout) {
      expect(file).toBe(`${article.id}.json`);
      expect(developmentIds.has(article.id), article.id).toBe(false);
    }
  });
});
