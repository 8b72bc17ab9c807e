import { rates } from "./rates.js";
import type { ArticleScore, ArticleTraits } from "./score-article.js";
import { summarizeScores, type ScoreSummary } from "./summarize-scores.js";

/** The traits the corpus is broken down by, in table order. */
export const BREAKDOWN_TRAITS = ["language", "genre", "region"] as const;

/** The articles that share one value of one trait, and their micro-averaged scores. */
export interface BreakdownRow {
  readonly trait: (typeof BREAKDOWN_TRAITS)[number];
  readonly value: string;
  readonly articles: number;
  readonly summary: ScoreSummary;
}

/** One row per trait and value present, values in alphabetical order within a trait. */
export function scoreBreakdown(scores: readonly ArticleScore[]): BreakdownRow[] {
  return BREAKDOWN_TRAITS.flatMap((trait) => {
    const values = [...new Set(scores.map((score) => score[trait]))].sort();
    return values.map((value) => {
      const group = scores.filter((score) => score[trait] === value);
      return { trait, value, articles: group.length, summary: summarizeScores(group) };
    });
  });
}

/** The `count` articles with the lowest overall F1, lowest first (ties by id). */
export function lowestScoring(scores: readonly ArticleScore[], count: number): Array<ArticleTraits & { f1: number }> {
  return scores
    .map((score) => ({
      id: score.id,
      language: score.language,
      genre: score.genre,
      region: score.region,
      f1: rates(summarizeScores([score]).overall).f1,
    }))
    .sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id))
    .slice(0, count);
}
