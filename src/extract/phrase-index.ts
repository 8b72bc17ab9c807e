import { wordCase } from "./match-phrases.js";
import { wordSpans } from "./segment-text.js";
import type { Morphology, PhraseIndex, PhrasePattern } from "./types.js";

/**
 * Builds a lemma index over data phrases (gazetteer aliases, lexicon entries): each phrase is
 * tokenised like article text and every token keeps all the dictionary forms the morphology gives,
 * so «Нагорный Карабах» matches «Нагорного Карабаха» without listing inflected forms. Phrases are
 * indexed under every key of their first token.
 */
export function buildPhraseIndex<T>(
  phrases: Iterable<{ phrase: string; value: T; asName?: boolean }>,
  morph: Morphology,
): PhraseIndex<T> {
  const index = new Map<string, PhrasePattern<T>[]>();
  for (const { phrase, value, asName } of phrases) {
    const spans = wordSpans(phrase, /\p{Script=Cyrillic}/u.test(phrase) ? "ru" : "en");
    if (spans.length === 0) continue;
    const surface = spans.map((s) => phrase.slice(s.start, s.end));
    const pattern: PhrasePattern<T> = {
      surface,
      tokens: surface.map((word) => keysOf(word, morph, asName ?? false)),
      cases: surface.map(wordCase),
      value,
    };
    for (const key of pattern.tokens[0]!) {
      const bucket = index.get(key) ?? [];
      if (!bucket.some((p) => samePattern(p, pattern))) bucket.push(pattern);
      index.set(key, bucket);
    }
  }
  return index;
}

/**
 * The lemma keys of one data word. A name read `asName` keeps only its own form and its name
 * reading, so the surname «Иванов» is not also the plural of the first name «Иван». An acronym
 * keeps only its own form: the analyser guesses abbreviation readings for it («МККК» as «как»,
 * «кандидат»), which a lone initial «К.» shares.
 */
function keysOf(word: string, morph: Morphology, asName: boolean): readonly string[] {
  const analysis = morph(word);
  if (ACRONYM.test(word)) return [analysis.lemmas[0]!];
  if (!asName) return analysis.lemmas;
  return [...new Set([analysis.lemmas[0]!, ...(analysis.nameLemma ? [analysis.nameLemma] : [])])];
}

/** Two or more capitals and nothing else («МККК», "ICRC"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

function samePattern<T>(a: PhrasePattern<T>, b: PhrasePattern<T>): boolean {
  return a.value === b.value && a.surface.join(" ") === b.surface.join(" ");
}
