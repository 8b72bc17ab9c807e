/**
 * The consonant skeleton a name keeps when Russian writes it down: «Корреа» and "Correa" both give
 * "krr", «Гильермо» and "Guillermo" "glrm". Vowels and й/y are dropped, since Russian renders them
 * too freely to compare; voiced and voiceless s/z are one sound. Doubled letters stay, as Russian
 * writes them, and so does an h Russian hears (х), though not an initial one it may drop ("Hugo"
 * «Уго») or a final one ("Abdallah" «Абдалла»). A Latin
 * spelling can be read several ways (c is k, s or ч; j is дж, й or ж), so it has a set of keys.
 */

const CYRILLIC_SOUNDS: Readonly<Record<string, string>> = {
  б: "b",
  п: "p",
  в: "v",
  ф: "f",
  г: "g",
  к: "k",
  д: "d",
  т: "t",
  з: "s",
  с: "s",
  ж: "ž",
  ш: "š",
  щ: "š",
  ч: "č",
  ц: "c",
  х: "h",
  л: "l",
  р: "r",
  м: "m",
  н: "n",
  j: "j",
};

/** The key of a word written in Cyrillic («Джорджеску» → "jrjsk"). */
export function cyrillicSoundKey(word: string): string {
  // «пх», «тх», «кх» write aspirated ph, th, kh («Пхумтхам» Phumtham): no h of their own.
  const letters = word
    .toLowerCase()
    .replace(/дж/gu, "j")
    .replace(/(?<=[птк])х/gu, "");
  const sounds = [...letters].map((letter) => CYRILLIC_SOUNDS[letter] ?? "");
  return sounds.join("");
}

/** A reading that is the letter itself. */
const SAME = "=";

/** Latin letter groups and the Russian sounds each can stand for, longest groups first. */
const LATIN_READINGS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/tsch|tch|cz/y, ["č"]],
  [/dzh|dj|dž|đ/y, ["j"]],
  [/sch/y, ["š", "sk"]],
  [/tsh/y, ["c", "č"]],
  [/ch/y, ["č", "š", "k", "h"]],
  [/sh|sz|ş|ș|š/y, ["š"]],
  [/zh|ž/y, ["ž"]],
  [/kh/y, ["h"]],
  [/^h/y, ["", "h"]],
  [/h$/y, [""]],
  [/h/y, ["h"]],
  [/gh/y, ["g", ""]],
  [/ph/y, ["f", "p"]],
  [/th/y, ["t", "s"]],
  [/bh/y, ["b"]],
  [/dh/y, ["d"]],
  [/jh/y, ["j"]],
  [/qu/y, ["k", "kv"]],
  [/ck|q/y, ["k"]],
  [/gu(?=[eiy])/y, ["g", "gv"]],
  [/gn/y, ["n", "gn"]],
  [/ll/y, ["l", "ll", ""]],
  [/cs/y, ["č", "ks"]],
  [/ts|tz|ț|ţ/y, ["c", "ts"]],
  [/x/y, ["ks", "s", "h", "š"]],
  [/c(?=[eiy])/y, ["s", "č", "c"]],
  [/č|ć/y, ["č"]],
  [/c/y, ["k"]],
  [/g(?=[eiy])/y, ["g", "j", "h"]],
  [/j/y, ["j", "", "ž", "h"]],
  [/s$/y, ["s", "š"]],
  [/z/y, ["s", "c", "ž"]],
  [/w/y, ["v", ""]],
  [/v/y, ["v", "b"]],
  [/[aeiouy]/y, [""]],
  [/ł/y, ["l"]],
  [/[bdfgklmnprst]/y, [SAME]],
];

/** More readings than this are cut: a name's likely readings come from its first few ambiguous letters. */
const MAX_KEYS = 48;

/** The keys of a word written in Latin letters ("Georgescu" → "jrjsk", "grgsk", …). */
export function latinSoundKeys(word: string): string[] {
  const letters = plainLatin(word);
  let partial: { at: number; key: string }[] = [{ at: 0, key: "" }];
  const done = new Set<string>();
  while (partial.length > 0) {
    const next: { at: number; key: string }[] = [];
    for (const { at, key } of partial) {
      if (at >= letters.length) {
        done.add(key);
        continue;
      }
      const [group, readings] = readingAt(letters, at);
      for (const reading of readings) next.push({ at: at + group.length, key: key + reading });
    }
    partial = next.slice(0, MAX_KEYS);
  }
  return [...done];
}

/** No reading looks further ahead than this many letters (a group of four and one letter of lookahead). */
const LOOKAHEAD = 5;
/** Readings by the letters at a position (with ^ and $ marking the word's edges): names share them. */
const readingsSeen = new Map<string, [string, string[]]>();

function readingAt(letters: string, at: number): [string, string[]] {
  const window = letters.slice(at, at + LOOKAHEAD);
  const key = `${at === 0 ? "^" : ""}${window}${at + LOOKAHEAD >= letters.length ? "$" : ""}`;
  let reading = readingsSeen.get(key);
  if (!reading) {
    reading = firstReading(window, at === 0);
    readingsSeen.set(key, reading);
  }
  return reading;
}

/** The reading of the group opening `window`; a space stands before it inside a word, so ^ does not match there. */
function firstReading(window: string, wordStart: boolean): [string, string[]] {
  const text = wordStart ? window : ` ${window}`;
  for (const [pattern, readings] of LATIN_READINGS) {
    pattern.lastIndex = wordStart ? 0 : 1;
    const match = pattern.exec(text);
    if (match) return [match[0], readings.map((reading) => (reading === SAME ? match[0] : reading))];
  }
  return [window[0]!, [""]];
}

/** Lower case, with the letters whose marks change the sound kept (č, š, ž, ț) and other marks dropped. */
export function plainLatin(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFC")
    .replace(/[^čćšşșžțţ]/gu, (letter) => letter.normalize("NFD").replace(/\p{M}/gu, ""));
}

/**
 * A spelling as it sounds, to compare a listed Latin name with a transliteration: the ways Latin
 * orthographies and Russian transliteration write one sound become one letter ("Georgescu" and
 * "Jorjesku" → "jorjesku", "González" and "Gonsales" → "gonsales"), h is dropped and doubled
 * letters are single.
 */
export function spokenSpelling(spelling: string): string {
  const spoken = plainLatin(spelling.toLowerCase().replace(/ç/gu, "s"))
    .replace(/dzh|dj|dž|đ/gu, "j")
    .replace(/(?<=g)[ei](?=[aou])/gu, "")
    .replace(/g(?=[eiy])/gu, "j")
    .replace(/tsch|tch|cz|ch|ć/gu, "č")
    .replace(/sch|sh|sz|ş|ș/gu, "š")
    .replace(/zh/gu, "ž")
    .replace(/kh/gu, "h")
    .replace(/ph/gu, "f")
    .replace(/th/gu, "t")
    .replace(/ck|qu|q/gu, "k")
    .replace(/c(?=[eiy])/gu, "s")
    .replace(/c/gu, "k")
    .replace(/x/gu, "ks")
    .replace(/z/gu, "s")
    .replace(/w/gu, "v")
    .replace(/iy(?=[aeiou])/gu, "i")
    .replace(/ou|oo/gu, "u")
    .replace(/ee/gu, "i")
    .replace(/y/gu, "i")
    .replace(/h/gu, "");
  return collapseRepeats(spoken);
}

function collapseRepeats(key: string): string {
  return key.replace(/(.)\1+/gu, "$1");
}

const CYRILLIC_VOWELS: Readonly<Record<string, string>> = {
  а: "a",
  я: "a",
  о: "o",
  ё: "o",
  у: "u",
  ю: "u",
  е: "e",
  э: "e",
  и: "i",
  ы: "i",
  й: "i",
};

/**
 * The vowels a name keeps in Russian, by class: e and i are one, and so are o and u, as Russian
 * writes them for one another ("Peter" «Питер», "Pedro" «Педру»). «Гильермо» → "iiu".
 */
export function cyrillicVowels(word: string): string {
  const vowels = [...word.toLowerCase()].map((letter) => CYRILLIC_VOWELS[letter] ?? "").join("");
  return vowelClasses(vowels);
}

/**
 * The vowels a Latin spelling is heard with, by the classes of `cyrillicVowels`, in each reading:
 * a final e may be silent ("Abdoulaye", "José") and a w before a vowel may be heard as у ("William")
 * or not ("Wangchuck"). Letters Russian does not voice are dropped: u after g or q before e or i
 * ("Guillermo"); e or i between g or c and a back vowel may be ("Georgescu", "Ciolacu", but
 * "García"). A y is an i, as й is, and so may be a j before a vowel, as Slavic and Germanic
 * languages read it ("Jovanović" «Йованович»).
 */
export function latinVowelReadings(word: string): string[] {
  const plain = plainLatin(word)
    .replace(/ou|oo/gu, "u")
    .replace(/ee/gu, "i")
    .replace(/(?<=[gq])u(?=[eiy])/gu, "");
  const readings = new Set<string>();
  const silent = plain.replace(/(?<=[gc])[ei](?=[aou])/gu, "");
  for (const ending of [plain, silent, silent.replace(/(?<=[^aeiou])e$/u, ""), plain.replace(/(?<=[^aeiou])e$/u, "")])
    for (const spelling of [ending, ending.replace(/w(?=[aeiouy])/gu, "u"), ending.replace(/j(?=[aeiou])/gu, "y")]) {
      readings.add(vowelClasses(spelling.replace(/[^aeiouy]/gu, "")));
    }
  return [...readings];
}

function vowelClasses(vowels: string): string {
  return collapseRepeats(vowels.replace(/[ey]/gu, "i").replace(/o/gu, "u"));
}
