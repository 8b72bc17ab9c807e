import type { Span } from "./segment-text.js";
import type { Lexicon } from "./types.js";

/**
 * Page debris in scraped text: whole lines matching the lexicon's debris patterns (view counters
 * like «• 3975», photo credits like «Фото Акорды»), and everything from a trailer line («Еще по
 * теме:», "Read more:") to the end. Returned as spans of the ORIGINAL text, so later stages skip
 * them while every offset stays valid.
 */
export function findDebris(text: string, debris: Lexicon["debris"]): Span[] {
  const lineRules = debris.lines.map((p) => new RegExp(p, "u"));
  const trailerRules = debris.trailers.map((p) => new RegExp(p, "u"));
  const spans: Span[] = [];
  for (const line of lines(text)) {
    const content = text.slice(line.start, line.end);
    if (trailerRules.some((rule) => rule.test(content))) {
      spans.push({ start: line.start, end: text.length });
      break;
    }
    if (lineRules.some((rule) => rule.test(content))) spans.push(line);
  }
  return spans;
}

/** The lines of `text` as spans (without their line breaks). */
export function lines(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}
