import { Command } from "commander";
import { loadConfig } from "../config.js";
import { formatDifferences } from "../eval/format-differences.js";
import { formatScoreTable } from "../eval/format-score-table.js";
import type { GoldArticle } from "../eval/gold-schema.js";
import type { ExtractedFacts } from "../eval/extracted-facts.js";
import { rates } from "../eval/rates.js";
import { scoreArticle, type ArticleScore } from "../eval/score-article.js";
import { summarizeScores, type ScoreSummary } from "../eval/summarize-scores.js";
import { extractArticle, type ExtractionResources } from "../extract/index.js";
import { createConsoleLogger, type Logger } from "../logger.js";
import { loadExtractionResources } from "../resources/load-resources.js";
import { readGoldArticles } from "./read-gold-articles.js";

interface EvalOptions {
  verbose?: boolean;
  json?: boolean;
}

/**
 * `kg eval DIR`: runs the extractor over every annotated article (`DIR/*.json`, DESIGN.md contract
 * 2) and prints precision, recall and F1 per category and overall, micro-averaged over the
 * corpus; `--verbose` first lists per article what was missed and what was extra, `--json`
 * prints the same as JSON. Scoring is a measurement, not a test: the exit code is 0 whatever the
 * figures. A gold file that cannot be read or does not follow the contract is an error naming it.
 */
export function evalCommand(): Command {
  return new Command("eval")
    .description("score the extractor against annotated articles (precision, recall, F1)")
    .argument("<dir>", "directory of gold *.json files, e.g. seed/articles")
    .option("--verbose", "list per article what was missed and what was extra")
    .option("--json", "print the scores as JSON instead of a table")
    .action(async (dir: string, options: EvalOptions, command: Command) => {
      const logger = createConsoleLogger();
      const gold = await readGoldArticles(dir).catch((error: Error) => command.error(`error: ${error.message}`));
      const started = performance.now();
      const resources = await loadExtractionResources(loadConfig().seedDir);
      const scores = gold.map((article) => scoreArticle(article, extractSafely(article, resources, logger)));
      logger.info(`scored ${scores.length} articles from ${dir} in ${Math.round(performance.now() - started)} ms`);
      process.stdout.write(`${options.json ? asJson(scores) : asText(scores, options.verbose ?? false)}\n`);
    });
}

/**
 * An extractor crash on one article is reported and scored as an empty extraction, so the
 * figures still cover the whole corpus and the crash shows up as lost recall.
 */
function extractSafely(article: GoldArticle, resources: ExtractionResources, logger: Logger): ExtractedFacts {
  const { gold: _gold, ...input } = article;
  try {
    return extractArticle(input, resources);
  } catch (error) {
    logger.error(`${article.id}: the extractor failed (${(error as Error).message}); scored as an empty extraction`);
    return { entities: [], statements: [], events: [] };
  }
}

function asText(scores: readonly ArticleScore[], verbose: boolean): string {
  const blocks = verbose ? scores.map(formatDifferences) : [];
  return [...blocks, `${scores.length} articles`, formatScoreTable(summarizeScores(scores))].join("\n\n");
}

function asJson(scores: readonly ArticleScore[]): string {
  return JSON.stringify(
    {
      total: withRates(summarizeScores(scores)),
      articles: scores.map((score) => ({ ...score, summary: withRates(summarizeScores([score])) })),
    },
    null,
    2,
  );
}

function withRates(summary: ScoreSummary) {
  return Object.fromEntries(Object.entries(summary).map(([row, counts]) => [row, { ...counts, ...rates(counts) }]));
}
