import { RUSSIAN_LETTERS } from "./transliterate-russian.js";

/**
 * How Spanish, Portuguese, French and Indonesian write the sounds Russian hears in their
 * names, both ways. Russian transcribes them by ear (Spanish j and ge/gi as х, Portuguese final o as
 * у, lh and nh as ль and нь, French ou as у and oi as уа, Indonesian w as в and c as ч), so a name no list holds is spelt back by the rules of
 * its home language rather than letter by letter («Хоакин Кирога» → Joaquin Quiroga, «Инеш
 * Карвалью» → Ines Carvalho), and a listed name is heard the way its language reads it ("Jorge" is
 * «Хорхе»).
 */
export type HomeLanguage = "es" | "pt" | "fr" | "id";

const HOME_LANGUAGES: readonly HomeLanguage[] = ["es", "pt", "fr", "id"];

/** Whether this file holds the spelling rules of `language` (an ISO 639-1 code). */
export function hasSpellingRules(language: string): language is HomeLanguage {
  return (HOME_LANGUAGES as readonly string[]).includes(language);
}

/** What a `nameHomesOf` entry naming the language that spells the article's unlisted names starts with. */
const SPELLING = "spell:";

/** The `nameHomesOf` entry saying the article's unlisted names are spelt by `language`'s rules. */
export function spellingEntry(language: string): string {
  return SPELLING + language;
}

/** The `nameHomesOf` entry of an article whose names are at home in English. */
export const ENGLISH_SPELLING = spellingEntry("en");

/** The language whose rules spell the article's unlisted names: the `spell:` entry of `nameHomesOf`, or null. */
export function homeLanguageOf(homes: ReadonlySet<string>): HomeLanguage | null {
  const language = [...homes].find((home) => home.startsWith(SPELLING))?.slice(SPELLING.length);
  return language !== undefined && hasSpellingRules(language) ? language : null;
}

const VOWEL = "аеёиоуыэюя";

/** Indonesian has no v («Индравати» Indrawati, «Садева» Sadewa), c for ч, h for х, Sri. */
const INDONESIAN_WRITING: readonly (readonly [RegExp, string])[] = [
  [/^шр/gu, "sr"],
  [/в/gu, "w"],
  [/ч/gu, "c"],
  [/х/gu, "h"],
];

/** Russian letter groups to the language's spelling, applied in order on a lower-case word. */
const WRITING: Readonly<Record<HomeLanguage, readonly (readonly [RegExp, string])[]>> = {
  es: [
    [/кс/gu, "x"],
    [/ль(?=[еоуа])/gu, "ll"],
    [/лья/gu, "lla"],
    [/нь(?=[еоуа])/gu, "ñ"],
    [/нья/gu, "ña"],
    [/к(?=[еиэ])/gu, "qu"],
    [/г(?=[еиэ])/gu, "gu"],
    // A common name with j or g is listed; an initial х no list holds is more often a foreign h ("Harfuch").
    [/^х/gu, "h"],
    [/х(?=[еиэ])/gu, "g"],
    [/х/gu, "j"],
    [/к/gu, "c"],
    [new RegExp(`й(?=[^${VOWEL}]|$)`, "gu"), "i"],
  ],
  pt: [
    [/лью$/gu, "lho"],
    [/нью$/gu, "nho"],
    [/ль(?=[еоуа])/gu, "lh"],
    [/нь(?=[еоуа])/gu, "nh"],
    [/уш$/gu, "os"],
    [/ш$/gu, "s"],
    [/уан$/gu, "oão"],
    [/ан$/gu, "ão"],
    [/ш/gu, "ch"],
    [/ж/gu, "j"],
    [new RegExp(`(?<=[${VOWEL}])з(?=[${VOWEL}])`, "gu"), "s"],
    [new RegExp(`(?<=[^${VOWEL}])у$`, "gu"), "o"],
    [/к(?=[еиэ])/gu, "qu"],
    [/г(?=[еиэ])/gu, "gu"],
    [/к/gu, "c"],
    [new RegExp(`й(?=[^${VOWEL}]|$)`, "gu"), "i"],
  ],
  id: INDONESIAN_WRITING,
  fr: [
    [/ье/gu, "ie"],
    [/ш/gu, "ch"],
    [/ж/gu, "j"],
    [/ю/gu, "u"],
    [/уа/gu, "oi"],
    [/у/gu, "ou"],
    [/г(?=[еиэ])/gu, "gu"],
    [/х/gu, "h"],
  ],
};

/** The letters left after the language's own groups: the guidelines' table, but for sounds these languages write otherwise. */
const LETTERS: Readonly<Record<string, string>> = { ...RUSSIAN_LETTERS, ё: "o", х: "j", щ: "sh", ы: "i" };

/** A name word written in Russian, spelt in lower case by the home language's rules («Кирога» → quiroga in Spanish). */
export function spellInHomeLanguage(word: string, language: HomeLanguage): string {
  let spelt = word.toLowerCase().replace(/ия/gu, "ia");
  for (const [pattern, letters] of WRITING[language]) spelt = spelt.replace(pattern, letters);
  return spelt.replace(/\p{Script=Cyrillic}/gu, (letter) => LETTERS[letter] ?? letter);
}

/** How Indonesian reads its letters: w as в, c as ч, sy as ш. */
const INDONESIAN_READING: readonly (readonly [RegExp, string])[] = [
  [/w/gu, "v"],
  [/sy/gu, "sh"],
  [/c/gu, "ch"],
];

/** Latin letter groups as the language reads them, in the letters of `spokenSpelling` (sound-key.ts). */
const READING: Readonly<Record<HomeLanguage, readonly (readonly [RegExp, string])[]>> = {
  es: [
    [/g(?=[eiy])/gu, "h"],
    [/j/gu, "h"],
    [/gu(?=[eiy])/gu, "g"],
    [/ñ/gu, "n"],
  ],
  fr: [
    [/oi/gu, "ua"],
    [/ou/gu, "u"],
    [/(?<=[aeiou])s(?=[aeiou])/gu, "z"],
    [/gu(?=[eiy])/gu, "g"],
  ],
  id: INDONESIAN_READING,
  pt: [
    [/lh/gu, "l"],
    [/nh/gu, "n"],
    [/ão$/gu, "an"],
    [/s$/gu, "sh"],
    [/o$/gu, "u"],
    [/gu(?=[eiy])/gu, "g"],
  ],
};

/** A Latin spelling as the language reads it, before the letters common to all (`spokenSpelling`) are folded. */
export function readInHomeLanguage(spelling: string, language: HomeLanguage): string {
  let read = spelling.toLowerCase();
  for (const [pattern, sound] of READING[language]) read = read.replace(pattern, sound);
  return read;
}
