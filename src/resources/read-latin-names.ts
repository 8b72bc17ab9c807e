import { allLocales } from "@faker-js/faker";
import {
  buildLatinNameIndex,
  countryHome,
  languageHome,
  type LatinNameIndex,
} from "../extract/respell-foreign-name.js";

/** Joke locales, not names anyone bears. */
const NOT_NAME_LISTS = new Set(["en_BORK", "en_AU_ocker"]);
const LATIN_WORD = /^\p{Script=Latin}{2,}(?:['’-]\p{Script=Latin}+)*$/u;

/**
 * The first names and surnames of @faker-js/faker's Latin-script locales (Spanish, Portuguese,
 * French, Romanian, Serbian, Vietnamese, Yoruba, Nepali and some seventy more), indexed by sound, so a
 * foreign name written in Russian can be spelt back (respell-foreign-name.ts). A name counts once per
 * language that lists it.
 */
export function readLatinNames(): LatinNameIndex {
  const languages = new Map<string, Set<string>>();
  const homes = new Map<string, Set<string>>();
  for (const [code, locale] of Object.entries(allLocales)) {
    if (NOT_NAME_LISTS.has(code) || locale.metadata?.script !== "Latn" || !locale.person) continue;
    const language = locale.metadata.language ?? code;
    const localeHomes = [
      languageHome(language),
      ...(locale.metadata.country ? [countryHome(locale.metadata.country)] : []),
    ];
    for (const word of wordsOf([locale.person.first_name, locale.person.last_name])) {
      if (!LATIN_WORD.test(word) || word !== capitalised(word)) continue;
      addTo(languages, word, [language]);
      addTo(homes, word, localeHomes);
    }
  }
  return buildLatinNameIndex(
    new Map([...languages].map(([word, holders]) => [word, { lists: holders.size, homes: homes.get(word)! }])),
  );
}

function addTo(sets: Map<string, Set<string>>, word: string, values: readonly string[]): void {
  const set = sets.get(word) ?? new Set<string>();
  for (const value of values) set.add(value);
  sets.set(word, set);
}

/** Every word of a locale's name lists, which are arrays or arrays by sex. */
function wordsOf(lists: unknown): string[] {
  if (typeof lists === "string") return lists.split(/\s+/u);
  if (Array.isArray(lists)) return lists.flatMap(wordsOf);
  if (lists && typeof lists === "object") return Object.values(lists).flatMap(wordsOf);
  return [];
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
