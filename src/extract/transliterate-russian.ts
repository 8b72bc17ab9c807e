/** Russian letters to Latin as seed/articles/README.md prescribes for people without an English name. */
export const RUSSIAN_LETTERS: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/**
 * How English news writes two Russian renderings of foreign sounds: в after к, с, т or д before a
 * vowel is the w of "Kwame", "Swaraj", "Ndaitwah", "Chakwera"; and the й of `diphthongs`.
 */
function foreignSpelling(name: string): string {
  return diphthongs(name.replace(/(?<=[кстдКСТД])в(?=[аеиоуыэюя])/gu, "w"));
}

/** й after a vowel before a consonant is the i of a diphthong: "Geingob", "Hosseini", "Aiban". */
function diphthongs(name: string): string {
  return name.replace(/(?<=[аеиоуыэюя])й(?=[бвгджзклмнпрстфхцчшщ])/giu, "i");
}

/**
 * A Russian or Central Asian person's name as English news writes it where letter-by-letter spelling
 * differs: е after a vowel is ye («Бабаев» Babayev, «Алиев» Aliyev), a final -ий or -ый is -y
 * («Дмитрий» Dmitry, «Георгий» Georgy), and ай, ой, уй, ей before a consonant are diphthongs
 * («Айгерим» Aigerim, «Айбек» Aibek); otherwise letter by letter (`transliterateRussian`).
 */
export function transliterateRussianName(name: string): string {
  const pressed = name
    .replace(/(?<=[аоуеАОУЕ])й(?=[бвгджзклмнпрстфхцчшщ])/gu, "i")
    .replace(/(?<=[аеиоуыэюя])е/gu, "йе")
    .replace(/[иы]й(?=$|[\s-])/gu, "ы");
  return transliterateRussian(pressed);
}

/**
 * Russian letters to Latin, letter by letter, with the table seed/articles/README.md prescribes for
 * people without an English name (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ы y, й y, ю yu, я ya; ь and
 * ъ dropped; дж j): «Борис Кравец» → Boris Kravets. A `foreign` name (not Slavic, Central Asian,
 * Georgian or Armenian) writes х as h, as English news does. Other characters pass through; case is kept.
 */
export function transliterateRussian(text: string, { foreign = false }: { foreign?: boolean } = {}): string {
  // «дж» is no Russian sound: it writes the J of foreign names («Джапаров» Japarov, «Джимми» Jimmy).
  const joined = text.replace(/(д)(ж)/giu, (_, d: string) => (d === "Д" ? "J" : "j"));
  // In a foreign name «х» writes an H («Хамдок» Hamdok, «Хишам» Hisham), except in ph/th/kh («Пхумтхам»).
  const aspirated = foreign ? joined.replace(/(?<![пткПТК])х/giu, (x: string) => (x === "Х" ? "H" : "h")) : joined;
  const spelt = foreign ? foreignSpelling(aspirated) : aspirated;
  return spelt.replace(/\p{Script=Cyrillic}/gu, (letter) => {
    const lower = letter.toLowerCase();
    const latin = RUSSIAN_LETTERS[lower] ?? letter;
    return letter === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
