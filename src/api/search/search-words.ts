import type { Morphology } from "../../extract/types.js";
import { splitSearchWords, type SearchWord } from "./full-text-query.js";

/**
 * Analyses a search string into words with their dictionary forms, using the morphology
 * extraction uses (`az`, offline, loaded once at the entry point): «Азербайджана» also searches
 * азербайджан, «Токаевым» токаев.
 */
export function analyseSearch(text: string, morph: Morphology): SearchWord[] {
  return splitSearchWords(text).map((word) => toSearchWord(word, morph(word).lemmas));
}

/** The pure half of `analyseSearch`, given the lemmas of each word. */
export function toSearchWord(word: string, lemmas: readonly string[]): SearchWord {
  return {
    word,
    lemmas: lemmas.filter((lemma) => lemma !== word),
    fuzzy: word.length >= 4 && !/^\p{N}+$/u.test(word),
    prefix: word.length >= 3,
  };
}
