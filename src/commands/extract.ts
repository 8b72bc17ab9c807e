import { Command, InvalidArgumentError, Option } from "commander";
import { loadConfig } from "../config.js";
import { extractArticle } from "../extract/index.js";
import { readArticles } from "../input/read-articles.js";
import { createConsoleLogger } from "../logger.js";
import { loadExtractionResources } from "../resources/load-resources.js";

interface ExtractOptions {
  pretty?: boolean;
  publishedAt?: string;
  language?: "ru" | "en";
}

/**
 * `kg extract PATH...`: runs the pure extraction on each article (files, directories, "-" for JSON
 * Lines on stdin) and prints one ArticleFacts JSON per line on stdout (indented with --pretty).
 * Problems go to stderr, one line per bad input, and the exit code is 1 when any input failed.
 * --published-at and --language fill in what an article does not say itself.
 */
export function extractCommand(): Command {
  return new Command("extract")
    .description("extract entities, statements and events from articles (no database needed)")
    .argument("<paths...>", "article files (.json, .jsonl, .txt, .html), directories, or - for JSON Lines on stdin")
    .option("--pretty", "indent the JSON output")
    .option("--published-at <date>", "publication date (YYYY-MM-DD) for articles that do not give one", isoDate)
    .addOption(new Option("--language <code>", "language for articles that do not give one").choices(["ru", "en"]))
    .action(async (paths: string[], options: ExtractOptions) => {
      const config = loadConfig();
      const logger = createConsoleLogger();
      const resources = await loadExtractionResources(config.seedDir);
      let failed = 0;
      for await (const source of readArticles(paths, { maxArticleBytes: config.extraction.maxArticleBytes, stdin: process.stdin })) {
        if (!source.article) {
          failed++;
          logger.error(source.error ?? `${source.origin}: unreadable`);
          continue;
        }
        const article = {
          ...source.article,
          publishedAt: source.article.publishedAt ?? options.publishedAt ?? null,
          language: source.article.language ?? options.language ?? null,
        };
        const facts = extractArticle(article, resources);
        for (const warning of facts.warnings) logger.warn(`${source.origin}: ${warning}`);
        process.stdout.write(`${JSON.stringify(facts, null, options.pretty ? 2 : undefined)}\n`);
      }
      if (failed > 0) process.exitCode = 1;
    });
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  }
  return value;
}
