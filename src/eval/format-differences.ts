import { rates } from "./rates.js";
import { CATEGORIES, type ArticleScore } from "./score-article.js";
import { summarizeScores } from "./summarize-scores.js";

/**
 * The `--verbose` block for one article: its id and overall F1, then per category the counts
 * and each missed (`-`) and extra (`+`) item, so a reader sees at once what the extractor lost
 * and what it invented.
 */
export function formatDifferences(score: ArticleScore): string {
  const overall = rates(summarizeScores([score]).overall);
  const lines = [`${score.id}  overall F1 ${overall.f1.toFixed(3)}`];
  for (const category of CATEGORIES) {
    const { gold, extracted, matched, missed, extra } = score[category];
    lines.push(`  ${category}: gold ${gold}, extracted ${extracted}, matched ${matched}`);
    for (const item of missed) lines.push(`    - missed ${item}`);
    for (const item of extra) lines.push(`    + extra  ${item}`);
  }
  return lines.join("\n");
}
