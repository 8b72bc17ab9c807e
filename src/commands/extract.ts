import { Command } from "commander";
import { loadConfig } from "../config.js";
import { extractArticle } from "../extract/index.js";
import { readArticles } from "../input/read-articles.js";
import { createConsoleLogger } from "../logger.js";
import { loadExtractionResources } from "../resources/load-resources.js";
import { articleDefaultOptions, withArticleDefaults, type ArticleDefaults } from "./article-defaults.js";

interface ExtractOptions extends ArticleDefaults {
  pretty?: boolean;
}

/**
 * `kg extract PATH...`: runs the pure extraction on each article (files, directories, "-" for JSON
 * Lines on stdin) and prints one ArticleFacts JSON per line on stdout (indented with --pretty).
 * Problems go to stderr, one line per bad input, and the exit code is 1 when any input failed.
 * --published-at and --language fill in what an article does not say itself.
 */
export function extractCommand(): Command {
  const command = new Command("extract")
    .description("extract entities, statements and events from articles (no database needed)")
    .argument("<paths...>", "article files (.json, .jsonl, .txt, .html), directories, or - for JSON Lines on stdin")
    .option("--pretty", "indent the JSON output");
  articleDefaultOptions().forEach((option) => command.addOption(option));
  return command.action(async (paths: string[], options: ExtractOptions) => {
    const config = loadConfig();
    const logger = createConsoleLogger();
    const resources = await loadExtractionResources(config.seedDir);
    let failed = 0;
    const sources = readArticles(paths, { maxArticleBytes: config.extraction.maxArticleBytes, stdin: process.stdin });
    for await (const source of withArticleDefaults(sources, options)) {
      if (!source.article) {
        failed++;
        logger.error(source.error ?? `${source.origin}: unreadable`);
        continue;
      }
      const facts = extractArticle(source.article, resources);
      for (const warning of facts.warnings) logger.warn(`${source.origin}: ${warning}`);
      process.stdout.write(`${JSON.stringify(facts, null, options.pretty ? 2 : undefined)}\n`);
    }
    if (failed > 0) process.exitCode = 1;
  });
}
