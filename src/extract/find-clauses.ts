import type { Sentence, Span } from "./segment-text.js";

/**
 * Cuts a sentence into clauses at the lexicon's clause breaks (regular expressions such as
 * ", а ", ";", ", который…"), so that two events told in one sentence («Осенью 2020 года … вернул
 * …, а в 2023 году принудил … к капитуляции») each keep their own date and participants.
 */
export function findClauses(text: string, sentence: Sentence, breaks: readonly RegExp[]): Span[] {
  const cuts = new Set<number>();
  const body = text.slice(sentence.start, sentence.end);
  for (const pattern of breaks) {
    for (const match of body.matchAll(pattern)) cuts.add(sentence.start + match.index);
  }
  const points = [sentence.start, ...[...cuts].sort((a, b) => a - b), sentence.end];
  const clauses: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++)
    if (points[i]! < points[i + 1]!) clauses.push({ start: points[i]!, end: points[i + 1]! });
  return clauses;
}

/** Compiles the lexicon's clause-break patterns once (global, Unicode). */
export function compileClauseBreaks(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => new RegExp(p, "gu"));
}
