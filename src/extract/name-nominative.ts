import { foldCase } from "./fold-case.js";
import type { Token } from "./segment-text.js";

/** The capitalised Cyrillic word forms of an article, case folded (`foldCase`). */
export type ArticleNameForms = ReadonlySet<string>;

export function articleNameForms(tokens: readonly Token[]): ArticleNameForms {
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t.text) && /\p{Script=Cyrillic}/u.test(t.text));
  return new Set(capitalised.map((t) => foldCase(t.text)));
}

/**
 * Case endings a declined name may have and what its nominative has instead, likeliest first:
 * «Уррутии» Уррутия, «Чандры» Чандра, «Деубой» Деуба, «Гонсалесе» Гонсалес, «Пауделя» Паудел(ь).
 */
const OBLIQUE_ENDINGS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/ии$/u, ["ия"]],
  [/ы$/u, ["а"]],
  [/(?:ой|ою)$/u, ["а"]],
  [/(?:ей|ею)$/u, ["я", "ь", "й"]],
  [/(?:ом|ем|ём)$/u, ["", "ь", "й"]],
  [/и$/u, ["а", "я", "ь", "й", ""]],
  [/е$/u, ["", "а", "я", "ь", "й"]],
  [/у$/u, ["", "а"]],
  [/ю$/u, ["я", "ь", "й"]],
  [/а$/u, ["", "ь"]],
  [/я$/u, ["ь", "й", ""]],
];
/** Endings only an oblique case has: a name so written is declined even when the article never writes it otherwise. */
const ONLY_OBLIQUE = /(?:ы|ом|ем|ой|ою|ую)$/u;

/** Whether a name word ends as only an oblique case of a name does («Машавы», «Гунбой»). */
export function hasObliqueOnlyEnding(word: string): boolean {
  return ONLY_OBLIQUE.test(foldCase(word));
}
/**
 * Endings of foreign names Russian does not decline («Дутерте», «Марселу», «Оли»), which az takes
 * for the case endings of a name it guesses («Дутерт»). A declined name in -е or -у is usually
 * written in the nominative somewhere else in the article, and then that form is attested.
 */
const INDECLINABLE_ENDING = /[еиоуэю]$/u;
const MIN_NOMINATIVE = 3;

/**
 * The nominative of a name word that az does not know, by what the article itself writes: a form of
 * the word that differs by a case ending, or az's guess, when the article also writes it
 * («Гонсалеса Уррутии» beside «Гонсалес Уррутия»), or the word itself when the article declines
 * it elsewhere («Кихара» beside «Кихары»). Otherwise az's guess when it `guessAgrees` in
 * case with a first name az's dictionary knows («Джону Говарду» → Говард); a word with an
 * indeclinable ending stays as written; then az's guess; then, in an `oblique` context, the word
 * with an ending only a case has cut («Канатом» → Канат). Case folded.
 */
export function nameNominative(
  word: string,
  guess: string | null,
  forms: ArticleNameForms,
  { oblique, guessAgrees }: { oblique: boolean; guessAgrees: boolean },
): string {
  const written = foldCase(word);
  const attested = attestedNominative(word, forms, guess);
  if (attested) return attested;
  if (declinedElsewhere(written, forms)) return written;
  if (guess && guessAgrees) return guess;
  if (INDECLINABLE_ENDING.test(written)) return written;
  if (guess) return guess;
  return oblique && ONLY_OBLIQUE.test(written) ? (endingSwaps(written)[0] ?? written) : written;
}

/** The form of a name word the article also writes that differs from it by a case ending (or is az's `guess`), or null. */
export function attestedNominative(word: string, forms: ArticleNameForms, guess: string | null = null): string | null {
  const written = foldCase(word);
  const candidates = [...(guess && guess !== written ? [guess] : []), ...endingSwaps(written)];
  return candidates.find((candidate) => candidate.length >= MIN_NOMINATIVE && forms.has(candidate)) ?? null;
}

/**
 * Whether the article also writes the word with an ending only an oblique case has, which the word
 * is the nominative of: «Кихары» makes «Кихара» a nominative, not the genitive of «Кихар».
 */
function declinedElsewhere(written: string, forms: ArticleNameForms): boolean {
  for (const form of forms) if (ONLY_OBLIQUE.test(form) && isCaseOf(form, written)) return true;
  return false;
}

/** Whether `word` may be a case form of the name word `nominative` (case folded) by its ending: «Кихары» of «кихара». */
export function isCaseOf(word: string, nominative: string): boolean {
  return endingSwaps(foldCase(word)).includes(nominative);
}

function endingSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (const [ending, nominatives] of OBLIQUE_ENDINGS) {
    if (!ending.test(word)) continue;
    for (const nominative of nominatives) swaps.push(word.replace(ending, nominative));
  }
  return swaps;
}
