import { isCalendarDate } from "../domain/calendar-date.js";
import { normalizeLanguage } from "../extract/detect-language.js";
import type { ArticleInput } from "../extract/types.js";

/** An article that cannot be ingested as given; the message names the field and what to send. */
export class InvalidArticleError extends Error {
  constructor(
    message: string,
    /** The input field at fault, e.g. "publishedAt". */
    readonly field: keyof ArticleInput,
  ) {
    super(message);
    this.name = "InvalidArticleError";
  }
}

// C0 and C1 control characters other than tab, line feed, form feed and carriage return, and the
// replacement character a decoder leaves for bytes that are not UTF-8: signs of binary, not text.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/u;

/**
 * Throws `InvalidArticleError` when an article cannot be ingested as given: empty text, text
 * that is binary rather than words, a language the pipeline has no rules for (rather than
 * silently detecting another), or a `publishedAt` that is not a real ISO date (2025-02-30). The
 * size limit is the reader's (MAX_ARTICLE_BYTES), checked where the bytes arrive.
 */
export function checkArticleInput(input: ArticleInput): void {
  if (typeof input.text !== "string" || input.text.trim() === "") {
    throw new InvalidArticleError("text is empty; send the article's text.", "text");
  }
  if (NOT_TEXT.test(input.text) || !/\p{L}/u.test(input.text)) {
    throw new InvalidArticleError(
      "text holds control characters or no letters at all; send the article's text as UTF-8 plain text.",
      "text",
    );
  }
  if (input.language && !normalizeLanguage(input.language)) {
    throw new InvalidArticleError(
      `language "${input.language}" is not supported; use "ru" or "en", or leave it out to have it detected.`,
      "language",
    );
  }
  if (input.publishedAt && !isCalendarDate(input.publishedAt.trim(), { allowTime: true })) {
    throw new InvalidArticleError(
      `publishedAt "${input.publishedAt}" is not a real date; use YYYY-MM-DD (e.g. 2024-07-06).`,
      "publishedAt",
    );
  }
}
