import { createMorphology } from "../../resources/create-morphology.js";
import type { Morphology } from "../../extract/types.js";
import { splitSearchWords, type SearchWord } from "./full-text-query.js";

let morphology: Promise<Morphology> | null = null;

/**
 * Analyses a search string into words with their dictionary forms, using the same Russian
 * morphology as extraction (`az`, offline): «Азербайджана» also searches азербайджан, «Токаевым»
 * токаев. The dictionaries load once, on the first search, not at server start.
 */
export async function analyseSearch(text: string): Promise<SearchWord[]> {
  morphology ??= createMorphology();
  const morph = await morphology;
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
