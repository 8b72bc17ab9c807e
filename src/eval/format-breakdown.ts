import { alignColumns } from "./align-columns.js";
import { rates, type Counts } from "./rates.js";
import type { BreakdownRow } from "./score-breakdown.js";
import type { ArticleTraits } from "./score-article.js";

const HEADER = ["group", "articles", "entities F1", "statements F1", "events F1", "overall F1"];

/**
 * The breakdown as one table, a row per language, genre and region ("genre: wire"), each with
 * the F1 of every category micro-averaged over that group's articles.
 */
export function formatBreakdown(rows: readonly BreakdownRow[]): string {
  const f1 = (counts: Counts) => rates(counts).f1.toFixed(3);
  const body = rows.map(({ trait, value, articles, summary }) => [
    `${trait}: ${value}`,
    String(articles),
    f1(summary.entities),
    f1(summary.statements),
    f1(summary.events),
    f1(summary.overall),
  ]);
  return alignColumns([HEADER, ...body]);
}

/** The lowest-scoring articles, one line each: overall F1, id, language, genre and region. */
export function formatLowest(lowest: ReadonlyArray<ArticleTraits & { f1: number }>): string {
  return [
    "lowest overall F1:",
    ...lowest.map(
      ({ id, language, genre, region, f1 }) => `  ${f1.toFixed(3)}  ${id}  (${language}, ${genre}, ${region})`,
    ),
  ].join("\n");
}
