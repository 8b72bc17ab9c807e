import { distance } from "fastest-levenshtein";
import { englishSpelling, type EnglishNameIndex, type EnglishSpellingLimits } from "./english-spelling.js";
import { ENGLISH_SPELLING, homeLanguageOf, readInHomeLanguage, spellInHomeLanguage } from "./home-orthography.js";
import { particleBefore, type NameParticles } from "./name-particles.js";
import {
  cyrillicSoundKey,
  cyrillicVowels,
  latinSoundKeys,
  latinVowelReadings,
  plainLatin,
  spokenSpelling,
} from "./sound-key.js";
import { transliterateRussian } from "./transliterate-russian.js";

/**
 * A name as written in Latin letters somewhere, in how many of the name lists it appears, and
 * where it is at home: `lang:es` for a language's list, `country:GH` for a country's.
 */
export interface LatinName {
  spelling: string;
  plain: string;
  lists: number;
  homes: ReadonlySet<string>;
}

/** Latin-script names by sound key (sound-key.ts). */
export type LatinNameIndex = ReadonlyMap<string, readonly LatinName[]>;

/** The home of a country's names («country:GH»), as `LatinName.homes` and `nameHomesOf` write it. */
export function countryHome(iso2: string): string {
  return `${COUNTRY_HOME}${iso2}`;
}

/** The home of a language's names («lang:es»), as `LatinName.homes` and `nameHomesOf` write it. */
export function languageHome(language: string): string {
  return `lang:${language}`;
}

const COUNTRY_HOME = "country:";

/** Indexes Latin-script names (spelling → the lists that hold it and its homes) by every key of theirs. */
export function buildLatinNameIndex(
  names: ReadonlyMap<string, { lists: number; homes?: ReadonlySet<string> }>,
): LatinNameIndex {
  const index = new Map<string, LatinName[]>();
  for (const [spelling, { lists, homes = new Set<string>() }] of names) {
    const name = { spelling, plain: plainLatin(spelling), lists, homes };
    for (const key of latinSoundKeys(spelling)) {
      const bucket = index.get(key);
      if (bucket) bucket.push(name);
      else index.set(key, [name]);
    }
  }
  return index;
}

/** Away from English-speaking countries, only an English first name read without a guess is taken («Джейн» Jane, not "Hunn" for «Хун»). */
const COMMON_ENGLISH: EnglishSpellingLimits = { firstNamesOnly: true, maxCost: 0.6 };

/** Case endings no foreign name has in the nominative («Вентуры», «Чевангом»): the word is inflected. */
const INFLECTED_ENDING = /(?:ы|ом|ем|ой|ою|ею|ую)$/u;
/**
 * Case endings a foreign name may also have of its own («Диопа» or «Рамафоса»); и only after the
 * consonants that take it for ы, since a name ending in и does not decline («Сафи», «Таддеи»).
 */
const MAYBE_INFLECTED_ENDING = /(?:[ауеюя]|(?<=[кгхжшчщ])и)$/u;
const VOWEL_AT_END = /[aeiouy]$/u;
/** Shorter stems («Об-и») sound like too many names. */
const MIN_STEM = 3;

/**
 * A foreign name written in Russian, spelt the way its own language writes it: each word is looked
 * up among Latin-script names that sound the same to a Russian ear (same consonants and vowels,
 * sound-key.ts), and the one closest to its transliteration is taken if the two differ in at most
 * a third of their letters («Гильермо Лассо» → Guillermo Lasso, «Уго Чавес» → Hugo Chávez, «Андре
 * Вентуры» → André Ventura). A word read as written is preferred to the word with a case ending
 * cut. A word no list holds keeps its transliteration; a particle takes English news' spelling
 * («Фахад аль-Аджми» → Fahad al-Ajmi). Names at home in the article's countries (`homes`, as in
 * `LatinName`) come first, and are compared by sound rather than letter («Гонсалес» in an article
 * on Ecuador is González, «Джорджеску» on Romania Georgescu). English names (`english`,
 * english-spelling.ts) come first in an article on an English-speaking country («Джон Говард» John
 * Howard, not the "Jon" of another list); elsewhere a common one read without a guess comes before
 * the home language's rules («Ливитт» Leavitt).
 */
export function respellForeignName(
  nativeName: string,
  names: LatinNameIndex,
  particles: NameParticles,
  homes: ReadonlySet<string> = new Set(),
  english?: EnglishNameIndex,
): string {
  const language = homeLanguageOf(homes);
  const englishAtHome = homes.has(ENGLISH_SPELLING);
  // The words of a name share its case: after a surname with no case ending («Тедрос Адханом
  // Гебрейесус»; -ом and -ем are the instrumental's), «Адханом» is no instrumental.
  const declined = !/(?<!(?:о|е|ё)м)(?<=[бвгджзклмнпрстфхцчшщ])$/u.test(nativeName);
  const nominativeOf = (word: string) => (declined ? nominativeOfDeclined(word) : word);
  const inEnglish = (word: string, limits?: EnglishSpellingLimits) =>
    english ? englishSpelling(nominativeOf(word), english, limits) : null;
  return nativeName.replace(/\p{Script=Cyrillic}+/gu, (word, at: number) => {
    const particle = particleBefore(word, nativeName.slice(at + word.length), particles);
    if (particle) return particle;
    const atHomeInEnglish = englishAtHome ? inEnglish(word) : null;
    if (atHomeInEnglish) return atHomeInEnglish;
    const listed = closestListed(word, names, homes, false, declined);
    // A name listed only in the lists of countries and languages the article does not name yields
    // to the home spelling or the transliteration: «Флавиу» on Brazil is Flavio, not Romanian "Flaviu";
    // «Якубу» on Nigeria Yakubu, not Polish "Jakub"; «Пири» on Malawi Piri. An English one does not.
    const foreign =
      listed &&
      (language || namesCountries(homes)) &&
      !isAtHome(listed.name, homes) &&
      !listed.name.homes.has(languageHome("en"));
    if (listed && !foreign) return listed.spelling;
    const commonEnglish = englishAtHome ? null : inEnglish(word, COMMON_ENGLISH);
    if (commonEnglish) return commonEnglish;
    const nominative = nominativeOf(word);
    if (language) return capitalisedLike(word, spellInHomeLanguage(nominative, language));
    return transliterateRussian(nominative, { foreign: true });
  });
}

/**
 * The nominative of a foreign name word whose ending only an oblique case has: -ы and -ой of a name
 * in -а («Вентуры», «Деубой» → Вентура, Деуба), -ом and -ем of one ending in a consonant
 * («Чевангом» → Чеванг).
 */
function nominativeOfDeclined(word: string): string {
  return word.replace(/(?:ы|ой|ою)$/u, "а").replace(/(?<=[^аеиоуыэюя])(?:ом|ем)$/u, "");
}

/**
 * The nominative of a foreign name word in the genitive: the ending Russian adds to a name it
 * declines comes off («Церинга» Церинг, «Тобгая» Тобгай, «Цзяня» Цзянь, «Чандры» Чандра, «Одинги»
 * Одинга, «Марии» Мария); a word that does not decline («Джорджеску», «Сафи») stays.
 */
export function foreignNominative(word: string): string {
  for (const [ending, nominative] of GENITIVE_ENDINGS) if (ending.test(word)) return word.replace(ending, nominative);
  return word;
}

/** Genitive endings of declined foreign names and what the nominative has instead, first match wins. */
const GENITIVE_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ии$/u, "ия"],
  [/(?:ы|(?<=[кгхжшчщ])и)$/u, "а"],
  [/(?<=[аеёиоуыэюя])я$/u, "й"],
  [/(?<=[^аеёиоуыэюяй-])я$/u, "ь"],
  [/(?<=[^аеёиоуыэюяй-])а$/u, ""],
];

/**
 * The listed spelling that sounds like a word written in Russian (maybe inflected), or null; with
 * `atHomeOnly`, only a name at home in the article counts.
 */
export function closestLatinName(
  word: string,
  names: LatinNameIndex,
  homes: ReadonlySet<string>,
  atHomeOnly = false,
): string | null {
  return closestListed(word, names, homes, atHomeOnly)?.spelling ?? null;
}

function closestListed(
  word: string,
  names: LatinNameIndex,
  homes: ReadonlySet<string>,
  atHomeOnly = false,
  declined = true,
): ListedMatch | null {
  const lookup = (form: string, stem: boolean) => closestOf(form, names, stem, homes, atHomeOnly);
  const stem = declined ? word.replace(INFLECTED_ENDING, "") : word;
  if (stem !== word && stem.length >= MIN_STEM) return lookup(stem, true);
  const asWritten = lookup(word, false);
  const cut = word.replace(MAYBE_INFLECTED_ENDING, "");
  return asWritten ?? (cut !== word && cut.length >= MIN_STEM ? lookup(cut, true) : null);
}

/**
 * A name whose surname Russian writes like one of its own («Йованович», «Качиньский») spelt as
 * the article's countries write it, when a name list at home there holds that surname by sound
 * ("Jovanović" on Serbia, "Kaczyński" on Poland); null when none does, and the name is Russian.
 */
export function respellAtHome(
  nativeName: string,
  names: LatinNameIndex,
  particles: NameParticles,
  homes: ReadonlySet<string>,
): string | null {
  const surname = nativeName.split(" ").at(-1)!;
  if (homes.size === 0 || closestLatinName(surname, names, homes, true) === null) return null;
  return respellForeignName(nativeName, names, particles, homes);
}

/** A word this short sounds like too many names a letter away («Пен» is not "Pien"): only an exact one is taken. */
const SHORT_WORD = 3;

/** How much closer a name at home in the article counts: it wins over one a letter nearer. */
const AT_HOME = 1.5;

/** The closest name that sounds like `form`; a `stem` (its ending cut) may lack the name's final vowel. */
function closestOf(
  form: string,
  names: LatinNameIndex,
  stem: boolean,
  homes: ReadonlySet<string>,
  atHomeOnly: boolean,
): ListedMatch | null {
  const key = cyrillicSoundKey(form);
  const vowels = cyrillicVowels(form);
  // «Лусия» Lusiya is "Lusia" to compare: ия writes the ia of "Lúcia" and "María".
  const written = plainLatin(transliterateRussian(form, { foreign: true })).replace(/iy(?=[aeiou])/gu, "i");
  // A name Russian writes like one of its own is taken for another language's only when it sounds the same but for a letter.
  const allowed = atHomeOnly ? 1 : Math.max(1, Math.floor(written.length / 3));
  const heard = spokenSpelling(written);
  const language = homeLanguageOf(homes);
  const spokenAtHome = (name: LatinName, plain: string) =>
    spokenSpelling(language && name.homes.has(languageHome(language)) ? readInHomeLanguage(plain, language) : plain);
  let best: { name: LatinName; score: number } | null = null;
  for (const name of names.get(key) ?? []) {
    const readings = vowelReadingsOf(name);
    const plain = readings.includes(vowels) ? name.plain : stem ? withoutFinalVowel(name, readings, vowels) : null;
    if (plain === null || (!stem && losesFinalVowel(written, plain))) continue;
    const atHome = isAtHome(name, homes);
    if (atHomeOnly && !atHome) continue;
    const lettersApart = distance(unaspirated(plain), unaspirated(written));
    const differences = atHome ? Math.min(lettersApart, distance(spokenAtHome(name, plain), heard)) : lettersApart;
    if (differences > allowed || ((key.length < 2 || written.length <= SHORT_WORD) && differences > 0)) continue;
    // Among names as close, the one spelt most like the transliteration, h included.
    const score = differences + distance(plain, written) / 10 - (atHome ? AT_HOME : 0);
    if (!best || score < best.score || (score === best.score && name.lists > best.name.lists)) best = { name, score };
  }
  return best && { spelling: capitalisedLike(form, best.name.spelling), name: best.name };
}

function namesCountries(homes: ReadonlySet<string>): boolean {
  return [...homes].some((home) => home.startsWith(COUNTRY_HOME));
}

function isAtHome(name: LatinName, homes: ReadonlySet<string>): boolean {
  return [...name.homes].some((home) => homes.has(home));
}

/** A listed name a Russian word sounds like, as capitalised as the word. */
interface ListedMatch {
  spelling: string;
  name: LatinName;
}

/**
 * Russian writes the final vowel it hears, so a word ending in one is no name that ends in a
 * consonant («Эдмундо» is not "Edmund", «Исса» not "Isis"), unless the consonant is a silent h
 * ("Abdallah" «Абдалла»).
 */
function losesFinalVowel(written: string, plain: string): boolean {
  return /[aeiouy]$/u.test(written) && !/[aeiouyh]$/u.test(plain);
}

/** The name's spelling without its final vowel when that leaves the stem's vowels («Вентур-» "Ventur(a)"), else null. */
function withoutFinalVowel(name: LatinName, readings: readonly string[], vowels: string): string | null {
  if (!VOWEL_AT_END.test(name.plain)) return null;
  return readings.some((reading) => reading.slice(0, -1) === vowels) ? name.plain.slice(0, -1) : null;
}

/** Vowel readings, worked out for the few names a lookup reaches rather than for every listed name. */
const vowelReadings = new WeakMap<LatinName, readonly string[]>();

function vowelReadingsOf(name: LatinName): readonly string[] {
  let readings = vowelReadings.get(name);
  if (!readings) {
    readings = latinVowelReadings(name.spelling);
    vowelReadings.set(name, readings);
  }
  return readings;
}

/** Without an initial or final h, which Russian may leave unwritten ("Hugo" «Уго», "Abdallah" «Абдалла»). */
function unaspirated(plain: string): string {
  return plain.replace(/^h|h$/gu, "");
}

function capitalisedLike(word: string, spelling: string): string {
  return /^\p{Lu}/u.test(word) ? spelling.charAt(0).toUpperCase() + spelling.slice(1) : spelling;
}
