import { Command } from "commander";
import { loadConfig } from "../config.js";
import { formatBreakdown, formatLowest } from "../eval/format-breakdown.js";
import { formatDifferences } from "../eval/format-differences.js";
import { formatScoreTable } from "../eval/format-score-table.js";
import { goldArticleInput, type GoldArticle } from "../eval/gold-schema.js";
import { rates } from "../eval/rates.js";
import { lowestScoring, scoreBreakdown } from "../eval/score-breakdown.js";
import { scoreArticle, type ArticleScore } from "../eval/score-article.js";
import { identityMentions, scoreEventIdentity, type IdentityCounts } from "../eval/score-event-identity.js";
import { summarizeScores, type ScoreSummary } from "../eval/summarize-scores.js";
import { extractArticle } from "../extract/index.js";
import type { ArticleFacts, ExtractionResources } from "../extract/types.js";
import { createConsoleLogger, type Logger } from "../logger.js";
import { loadExtractionResources } from "../resources/load-resources.js";
import { readGoldArticles } from "./read-gold-articles.js";
import { storedEventIds } from "./write-scratch-graph.js";

interface EvalOptions {
  verbose?: boolean;
  json?: boolean;
  identity?: boolean;
  lowest: number;
}

/**
 * `kg eval DIR`: runs the extractor over every annotated article (`DIR/*.json`, docs/CONTRACTS.md
 * contract 2) and prints precision, recall and F1 per category and overall, micro-averaged over
 * the corpus, then the same by language, genre and region and the lowest-scoring articles.
 * `--identity` also writes the extractions through the real writer into a scratch Neo4j and
 * scores cross-article event identity pairwise on the gold keys. `--verbose` first lists per
 * article what was missed and what was extra, `--json` prints everything as JSON. Scoring is a
 * measurement, not a test: the exit code is 0 whatever the figures. A gold file that cannot be
 * read or does not follow the contract is an error naming it.
 */
export function evalCommand(): Command {
  return new Command("eval")
    .description("score the extractor against annotated articles (precision, recall, F1)")
    .argument("<dir>", "directory of gold *.json files, e.g. seed/articles")
    .option("--verbose", "list per article what was missed and what was extra")
    .option("--json", "print the scores as JSON instead of tables")
    .option("--identity", "also score cross-article event identity in a scratch Neo4j (starts one)")
    .option(
      "--lowest <n>",
      "how many of the lowest-scoring articles to list",
      (value) => Number.parseInt(value, 10),
      10,
    )
    .action(async (dir: string, options: EvalOptions, command: Command) => {
      const logger = createConsoleLogger();
      const gold = await readGoldArticles(dir).catch((error: Error) => command.error(`error: ${error.message}`));
      const started = performance.now();
      const resources = await loadExtractionResources(loadConfig().seedDir);
      const extractions = gold.map((article) => ({ article, facts: extractSafely(article, resources, logger) }));
      const scores = extractions.map(({ article, facts }) => scoreArticle(article, facts));
      const identity = options.identity ? await scoreIdentity(extractions, resources, logger) : null;
      logger.info(`scored ${scores.length} articles from ${dir} in ${Math.round(performance.now() - started)} ms`);
      const report = options.json ? asJson(scores, identity, options.lowest) : asText(scores, identity, options);
      process.stdout.write(`${report}\n`);
    });
}

/**
 * An extractor crash on one article is reported and scored as an empty extraction, so the
 * figures still cover the whole corpus and the crash shows up as lost recall.
 */
function extractSafely(article: GoldArticle, resources: ExtractionResources, logger: Logger): ArticleFacts {
  try {
    return extractArticle(goldArticleInput(article), resources);
  } catch (error) {
    logger.error(`${article.id}: the extractor failed (${(error as Error).message}); scored as an empty extraction`);
    const { id, url, source, title, language, publishedAt } = article;
    return {
      article: { id, url, source, title, language, publishedAt },
      entities: [],
      statements: [],
      events: [],
      warnings: [],
    };
  }
}

async function scoreIdentity(
  extractions: ReadonlyArray<{ article: GoldArticle; facts: ArticleFacts }>,
  resources: ExtractionResources,
  logger: Logger,
): Promise<IdentityCounts> {
  const stored = await storedEventIds(extractions, resources, logger);
  const mentions = extractions.flatMap(({ article, facts }) =>
    identityMentions(article, facts, (index) => stored.get(facts.article.id)?.[index] ?? null),
  );
  return scoreEventIdentity(mentions);
}

function asText(scores: readonly ArticleScore[], identity: IdentityCounts | null, options: EvalOptions): string {
  const blocks = options.verbose ? scores.map(formatDifferences) : [];
  return [
    ...blocks,
    `${scores.length} articles`,
    formatScoreTable(summarizeScores(scores)),
    ...(identity ? [formatIdentity(identity)] : []),
    formatBreakdown(scoreBreakdown(scores)),
    formatLowest(lowestScoring(scores, options.lowest)),
  ].join("\n\n");
}

function formatIdentity(identity: IdentityCounts): string {
  const { precision, recall, f1 } = rates(identity);
  const matchRecall = identity.bothFound === 0 ? 0 : identity.matched / identity.bothFound;
  return [
    "cross-article event identity (pairs of gold mentions in different articles):",
    `  same key ${identity.gold}, merged ${identity.extracted}, both ${identity.matched}`,
    `  pairwise precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    `  same key and both extracted ${identity.bothFound}: recall of the match alone ${matchRecall.toFixed(3)}`,
  ].join("\n");
}

function asJson(scores: readonly ArticleScore[], identity: IdentityCounts | null, lowest: number): string {
  return JSON.stringify(
    {
      total: withRates(summarizeScores(scores)),
      identity: identity && { ...identity, ...rates(identity) },
      breakdown: scoreBreakdown(scores).map((row) => ({ ...row, summary: withRates(row.summary) })),
      lowest: lowestScoring(scores, lowest),
      articles: scores.map((score) => ({ ...score, summary: withRates(summarizeScores([score])) })),
    },
    null,
    2,
  );
}

function withRates(summary: ScoreSummary) {
  const { speakers, ...counts } = summary;
  return {
    ...Object.fromEntries(Object.entries(counts).map(([row, c]) => [row, { ...c, ...rates(c) }])),
    speakers: { ...speakers, share: speakers.found === 0 ? null : speakers.rightSpeaker / speakers.found },
  };
}
