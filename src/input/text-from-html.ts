import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleInput } from "../extract/types.js";

/**
 * The main text of an HTML page, by Mozilla Readability over a linkedom DOM: paragraphs joined by
 * blank lines, the page title as the article title, and `<html lang>` / article:published_time
 * meta when present. A page Readability finds no article in gives an error.
 */
export function textFromHtml(html: string): { article?: ArticleInput; error?: string } {
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute("lang") ?? null;
  const published = document.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ?? null;
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) return { error: "no article text found in the HTML page" };
  const { document: body } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const blocks = [...body.querySelectorAll("p, h1, h2, h3, h4, li, blockquote")]
    .filter((el) => !el.querySelector("p, li"))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join("\n\n") : (parsed.textContent ?? "").trim();
  return { article: { text, title: parsed.title || null, language: lang, publishedAt: published } };
}
