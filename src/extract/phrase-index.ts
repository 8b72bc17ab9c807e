import { wordSpans } from "./segment-text.js";
import type { Morphology, PhraseIndex, PhrasePattern } from "./types.js";

/**
 * Builds a lemma index over data phrases (gazetteer aliases, lexicon entries): each phrase is
 * tokenised like article text and every token keeps all the dictionary forms the morphology gives,
 * so «Нагорный Карабах» matches «Нагорного Карабаха» without listing inflected forms. Phrases are
 * indexed under every key of their first token.
 */
export function buildPhraseIndex<T>(phrases: Iterable<{ phrase: string; value: T }>, morph: Morphology): PhraseIndex<T> {
  const index = new Map<string, PhrasePattern<T>[]>();
  for (const { phrase, value } of phrases) {
    const spans = wordSpans(phrase, /\p{Script=Cyrillic}/u.test(phrase) ? "ru" : "en");
    if (spans.length === 0) continue;
    const surface = spans.map((s) => phrase.slice(s.start, s.end));
    const pattern: PhrasePattern<T> = { surface, tokens: surface.map((word) => morph(word).lemmas), value };
    for (const key of pattern.tokens[0]!) {
      const bucket = index.get(key) ?? [];
      if (!bucket.some((p) => samePattern(p, pattern))) bucket.push(pattern);
      index.set(key, bucket);
    }
  }
  return index;
}

function samePattern<T>(a: PhrasePattern<T>, b: PhrasePattern<T>): boolean {
  return a.value === b.value && a.surface.join(" ") === b.surface.join(" ");
}
