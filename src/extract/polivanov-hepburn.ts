import { capitalise } from "./russian-name.js";

/**
 * Japanese names written in Russian (the Polivanov system) back to the Hepburn spelling English
 * news uses, long vowels unmarked: «Сигэру Исиба» → Shigeru Ishiba, «Синдзо Абэ» → Shinzo Abe,
 * «Санаэ Такаити» → Sanae Takaichi. Polivanov writes every mora the same way, so a word that reads
 * as a run of Japanese morae is spelt back mora by mora; a word that does not (Russian has l, final
 * consonants and clusters Japanese lacks) is not Japanese.
 */

/** Polivanov morae to Hepburn, by their Russian letters. */
const MORAE: Readonly<Record<string, string>> = {
  ...row("", { а: "a", и: "i", у: "u", э: "e", о: "o", я: "ya", ю: "yu", ё: "yo" }),
  ...row("к", { а: "ka", и: "ki", у: "ku", э: "ke", о: "ko", я: "kya", ю: "kyu", ё: "kyo" }),
  ...row("г", { а: "ga", и: "gi", у: "gu", э: "ge", о: "go", я: "gya", ю: "gyu", ё: "gyo" }),
  ...row("с", { а: "sa", и: "shi", у: "su", э: "se", о: "so", я: "sha", ю: "shu", ё: "sho" }),
  ...row("дз", { а: "za", и: "ji", у: "zu", э: "ze", о: "zo", я: "ja", ю: "ju", ё: "jo" }),
  ...row("т", { а: "ta", и: "chi", э: "te", о: "to", я: "cha", ю: "chu", ё: "cho" }),
  ...row("ц", { у: "tsu" }),
  ...row("д", { а: "da", э: "de", о: "do" }),
  ...row("н", { а: "na", и: "ni", у: "nu", э: "ne", о: "no", я: "nya", ю: "nyu", ё: "nyo" }),
  ...row("х", { а: "ha", и: "hi", э: "he", о: "ho", я: "hya", ю: "hyu", ё: "hyo" }),
  ...row("ф", { у: "fu" }),
  ...row("б", { а: "ba", и: "bi", у: "bu", э: "be", о: "bo", я: "bya", ю: "byu", ё: "byo" }),
  ...row("п", { а: "pa", и: "pi", у: "pu", э: "pe", о: "po", я: "pya", ю: "pyu", ё: "pyo" }),
  ...row("м", { а: "ma", и: "mi", у: "mu", э: "me", о: "mo", я: "mya", ю: "myu", ё: "myo" }),
  ...row("р", { а: "ra", и: "ri", у: "ru", э: "re", о: "ro", я: "rya", ю: "ryu", ё: "ryo" }),
  ...row("в", { а: "wa" }),
  // The moraic n («Синдзо», «Кэн»), its apostrophe before a vowel dropped as English news drops it («Дзюнъитиро»).
  н: "n",
  нъ: "n",
  // й after a vowel is the second half of a diphthong («Сэйдзи» Seiji, «Тайти» Taichi).
  й: "i",
};

function row(consonant: string, vowels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(vowels).map(([vowel, mora]) => [consonant + vowel, mora]));
}

const LONGEST_MORA = Math.max(...Object.keys(MORAE).map((mora) => mora.length));
/** A consonant written twice is a geminate: the next mora's first letter doubled («Хаттори» Hattori). */
const GEMINATES = new Set(["кк", "сс", "тт", "пп"]);

/** The Hepburn spelling of a Russian word read as Japanese, or null when it is no run of morae. */
export function hepburnWord(word: string): string | null {
  const russian = word.toLowerCase();
  let spelt = "";
  let doubled = false;
  for (let at = 0; at < russian.length;) {
    if (GEMINATES.has(russian.slice(at, at + 2)) && !doubled) {
      doubled = true;
      at += 1;
      continue;
    }
    const length = moraLength(russian, at);
    if (length === 0) return null;
    const mora = MORAE[russian.slice(at, at + length)]!;
    // й and n close a mora; they open no word.
    if (at === 0 && (mora === "n" || russian[at] === "й")) return null;
    spelt += doubled ? (mora.startsWith("ch") ? "t" : mora[0]!) + mora : mora;
    doubled = false;
    at += length;
  }
  return capitalise(spelt);
}

/** The length of the longest mora at `at`, or 0; the moraic н only before a consonant or at the end. */
function moraLength(russian: string, at: number): number {
  for (let length = LONGEST_MORA; length > 0; length--) {
    const candidate = russian.slice(at, at + length);
    if (candidate.length !== length || !(candidate in MORAE)) continue;
    if (candidate === "н" && /[аиуэояюё]/u.test(russian[at + 1] ?? "")) continue;
    return length;
  }
  return 0;
}

/** A name all of whose words read as Japanese, spelt in Hepburn; null when any word does not. */
export function hepburnName(nativeName: string): string | null {
  const words = nativeName.split(" ").map(hepburnWord);
  return words.every((word) => word !== null) ? words.join(" ") : null;
}
