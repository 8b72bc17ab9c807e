/**
 * Chinese names written in Russian (the Palladius system) back to pinyin, as English news writes
 * them: «Лин Цзянь» → Lin Jian, «Ма Чжаосюй» → Ma Zhaoxu, «Си Цзиньпин» → Xi Jinping. Palladius is
 * regular, so each syllable is an initial and a final; j/q/x, zh/ch/sh and the y/w spellings of
 * syllables without an initial follow pinyin's own rules.
 */

/** Palladius initials, longest first, with their pinyin and whether they palatalise (j q x before i/ü). */
const INITIALS: readonly [string, string, string?][] = [
  ["цз", "z", "j"],
  ["чж", "zh"],
  ["ч", "ch"],
  ["ш", "sh"],
  ["ж", "r"],
  ["ц", "c", "q"],
  ["с", "s", "x"],
  ["б", "b"],
  ["п", "p"],
  ["м", "m"],
  ["ф", "f"],
  ["д", "d"],
  ["т", "t"],
  ["н", "n"],
  ["л", "l"],
  ["г", "g"],
  ["к", "k"],
  ["х", "h"],
  ["в", "w"],
];

/** Palladius finals, longest first: pinyin after an initial, and whether the final starts with i or ü. */
const FINALS: readonly [string, string, "i" | "u" | "ü" | null][] = [
  ["уань", "uan", "u"],
  ["уан", "uang", "u"],
  ["уай", "uai", "u"],
  ["юань", "uan", "ü"],
  ["янь", "ian", "i"],
  ["ян", "iang", "i"],
  ["яо", "iao", "i"],
  ["инь", "in", "i"],
  ["ин", "ing", "i"],
  ["юнь", "un", "ü"],
  ["юн", "iong", "i"],
  ["юэ", "ue", "ü"],
  ["юй", "u", "ü"],
  ["ань", "an", null],
  ["ан", "ang", null],
  ["ай", "ai", null],
  ["ао", "ao", null],
  ["энь", "en", null],
  ["эн", "eng", null],
  ["эй", "ei", null],
  ["эр", "er", null],
  ["оу", "ou", null],
  ["унь", "un", "u"],
  ["ун", "ong", null],
  ["уа", "ua", "u"],
  ["уй", "ui", "u"],
  ["у", "u", "u"],
  ["я", "ia", "i"],
  ["е", "ie", "i"],
  ["ю", "iu", "i"],
  ["и", "i", "i"],
  ["ы", "i", null],
  ["а", "a", null],
  ["э", "e", null],
  ["о", "o", null],
];

/** A syllable without an initial, spelt with y or w as pinyin writes it. */
const STANDALONE: Readonly<Record<string, string>> = {
  i: "yi",
  ia: "ya",
  ian: "yan",
  iang: "yang",
  iao: "yao",
  ie: "ye",
  iu: "you",
  in: "yin",
  ing: "ying",
  iong: "yong",
  u: "wu",
  ua: "wa",
  uan: "wan",
  uang: "wang",
  uai: "wai",
  ui: "wei",
  un: "wen",
};

/** The pinyin of one word of Palladius syllables, or null when the word is not made of them. */
export function wordToPinyin(word: string): string | null {
  const lower = word.toLowerCase();
  let pinyin = "";
  for (let at = 0; at < lower.length;) {
    const syllable = syllableAt(lower, at);
    if (!syllable) return null;
    pinyin += syllable.pinyin;
    at += syllable.length;
  }
  return pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
}

function syllableAt(word: string, at: number): { pinyin: string; length: number } | null {
  const initial = INITIALS.find(([cyrillic]) => word.startsWith(cyrillic, at));
  const from = at + (initial?.[0].length ?? 0);
  const final = FINALS.find(([cyrillic]) => word.startsWith(cyrillic, from));
  if (!final) return null;
  const [, rest, kind] = final;
  const length = from - at + final[0].length;
  if (!initial) return { pinyin: kind === "ü" ? `y${rest}` : (STANDALONE[rest] ?? rest), length };
  const [, plain, palatal] = initial;
  const front = kind === "i" || kind === "ü";
  // «ы» only follows z c s zh ch sh r (zi, shi); «о» after a labial is o, elsewhere uo (bo, guo).
  if (final[0] === "ы" && !["z", "c", "s", "zh", "ch", "sh", "r"].includes(plain)) return null;
  const vowel = final[0] === "о" && !["b", "p", "m", "f", "w"].includes(plain) ? "uo" : rest;
  if (plain === "w") return { pinyin: STANDALONE[`u${vowel === "u" ? "" : vowel}`] ?? `w${vowel}`, length };
  return { pinyin: (front && palatal ? palatal : plain) + vowel, length };
}
