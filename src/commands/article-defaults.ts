import { InvalidArgumentError, Option } from "commander";
import { isCalendarDate } from "../domain/calendar-date.js";
import type { ArticleSource } from "../input/read-articles.js";

/** What `--published-at` and `--language` fill in for articles that do not say it themselves. */
export interface ArticleDefaults {
  publishedAt?: string;
  language?: "ru" | "en";
}

/** The `--published-at` and `--language` options of `kg extract` and `kg ingest`. */
export function articleDefaultOptions(): Option[] {
  return [
    new Option("--published-at <date>", "publication date (YYYY-MM-DD) for articles that do not give one").argParser(
      isoDate,
    ),
    new Option("--language <code>", "language for articles that do not give one").choices(["ru", "en"]),
  ];
}

/** Articles with the defaults filled in where they give no date or language of their own. */
export async function* withArticleDefaults(
  sources: AsyncIterable<ArticleSource>,
  defaults: ArticleDefaults,
): AsyncGenerator<ArticleSource> {
  for await (const source of sources) {
    if (!source.article) {
      yield source;
      continue;
    }
    const { article } = source;
    yield {
      ...source,
      article: {
        ...article,
        publishedAt: article.publishedAt ?? defaults.publishedAt ?? null,
        language: article.language ?? defaults.language ?? null,
      },
    };
  }
}

function isoDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError("expected a real date as YYYY-MM-DD");
  return value;
}
