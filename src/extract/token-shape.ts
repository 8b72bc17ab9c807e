import type { Token } from "./segment-text.js";

/** Whether a word is written in Cyrillic (a Russian word, or a foreign name Russian spells). */
export function isCyrillic(token: Token): boolean {
  return /\p{Script=Cyrillic}/u.test(token.text);
}

/** A word with an English possessive ending ("Trump's", "China’s"); a plural's apostrophe ("Workers'") is none. */
export function isPossessive(token: Token): boolean {
  return withoutPossessive(token.text) !== token.text;
}

/** A word less its English possessive ending ("Ruto's" → "Ruto"). */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, "");
}

/** The index of the first token of the sentence that token `at` is in. */
export function sentenceStart(tokens: readonly Token[], at: number): number {
  const sentence = tokens[at]!.sentence;
  let first = at;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  return first;
}
