import type { KnownEntity } from "./types.js";

/**
 * A country's body named "<Body> of <Country>" (seed/articles/README.md), with the article English
 * puts before some countries' names (names.json `countriesWithArticle`: "Department of Foreign
 * Affairs of the Philippines").
 */
export function bodyName(body: string, country: KnownEntity, countriesWithArticle: readonly string[]): string {
  const article = countriesWithArticle.includes(country.id) ? "the " : "";
  return `${body} of ${article}${country.name}`;
}
