import { foldCase } from "./fold-case.js";
import { capitalise } from "./russian-name.js";

/**
 * English names by spelling, as a trie: each complete name holds its rank among surnames and among
 * first names (1 is the most common), so a name Russian wrote by ear can be spelt back as English
 * writes it.
 */
export interface EnglishNameIndex {
  readonly children: Map<string, EnglishNameIndex>;
  ranks?: EnglishNameRanks;
}

/** A name's rank in each list that holds it. */
export interface EnglishNameRanks {
  surname?: number;
  firstName?: number;
}

/** Builds the trie of English names (any case) and their ranks. */
export function buildEnglishNameIndex(
  names: Iterable<readonly [spelling: string, ranks: EnglishNameRanks]>,
): EnglishNameIndex {
  const root: EnglishNameIndex = { children: new Map() };
  for (const [spelling, ranks] of names) {
    let node = root;
    for (const letter of spelling.toLowerCase()) {
      let child = node.children.get(letter);
      if (!child) node.children.set(letter, (child = { children: new Map() }));
      node = child;
    }
    node.ranks = ranks;
  }
  return root;
}

/** One way English writes what Russian wrote as `russian`, and how unusual that way is. */
type Writing = readonly [english: string, cost: number];

const VOWELS = "аеёиоуыэюя";

/**
 * How Russian renders English spelling, read backwards: each Russian letter group with the English
 * letters it stands for, the usual one at cost 0. Russian writes English names by ear, so one
 * Russian group stands for several spellings (и: i, ee, ea; а: a, u; г at the start: g or h, as
 * in «Говард» Howard), and English letters it does not hear (a final e or h) are added at the end.
 */
const WRITINGS = writingsOf({
  дж: "j, g 0.5, dg 1",
  кс: "x, cks 1, ks 1, cs 1",
  кв: "qu, kw 1",
  ей: "a 0.2, ay 0.2, ai 0.5, ey 0.5, ei 0.5, eigh 1",
  эй: "a 0.2, ay 0.2, ai 0.5, ey 0.5",
  ай: "i 0.2, y 0.5, igh 1, ie 1",
  ой: "oy, oi 0.5",
  оу: "o 0.3, ow 0.3, oa 0.5, ou 0.5",
  ау: "ow 0.3, ou 0.3, au 0.5, aw 0.5",
  ью: "ew 0.3, u 0.5, ugh 1",
  ья: "ia 0.3, ya 0.3",
  уи: "wi 0.3, wee 1",
  уэ: "we 0.3, wa 1",
  уо: "wa 0.5, wo 0.5",
  а: "a, u 0.5, o 1, ou 1",
  б: "b",
  в: "v, w 0.3",
  г: "g, gh 1",
  д: "d",
  е: "e, a 1, ea 1, ee 1",
  ё: "yo, o 0.5",
  ж: "zh 0.5, j 1, g 1",
  з: "z, s 0.5, es 1",
  и: "i, ee 0.5, ea 0.5, e 1, ie 1, y 1",
  й: "y, i 0.5",
  к: "k, c, ck 0.5, ch 1, q 1",
  л: "l",
  м: "m",
  н: "n",
  о: "o, oh 0.5, au 1, aw 1, oa 1",
  п: "p",
  р: "r",
  с: "s, c 0.5, sc 1",
  т: "t, th 0.5",
  у: "u, oo 0.5, ou 1, w 1",
  ф: "f, ph 0.5, gh 1",
  // j: the Spanish names of English-speaking countries («Хосе» Jose).
  х: "h, j 0.7, kh 0.5, ch 1",
  ц: "ts, tz 0.5, z 1",
  ч: "ch, tch 1",
  ш: "sh, ch 1",
  щ: "shch",
  ъ: "",
  ы: "y, i 0.5",
  ь: "",
  э: "e, a 0.3",
  ю: "u 0.3, yu 0.5, ew 1",
  я: "ya, ia 0.5",
});

/** Writings that hold only where the Russian group stands («Джордж» George, «Пейдж» Page). */
const AT_START = writingsOf({ г: "h 0.7", у: "w 0.3", дж: "ge 0.3" });
const AT_END = writingsOf({ и: "y 0.2, ey 0.5, ie 0.5", с: "ce 0.5", дж: "ge 0.2, dge 0.5" });
/** English letters Russian does not hear at the end of a name: a silent e ("Jane"), an h ("Sarah"). */
const SILENT_ENDINGS: readonly Writing[] = [
  ["e", 0.3],
  ["h", 0.5],
];

/** Writings from "english cost, …" (cost 0 when left out; "" for a letter English does not write). */
function writingsOf(table: Readonly<Record<string, string>>): Readonly<Record<string, readonly Writing[]>> {
  return Object.fromEntries(
    Object.entries(table).map(([russian, list]) => [
      russian,
      list.split(", ").map((writing) => {
        const [english = "", cost = "0"] = writing.split(" ");
        return [english, Number(cost)] as const;
      }),
    ]),
  );
}

/** An English double consonant Russian wrote single: rare, since Russian keeps the doubling («Даттон», «Перриелло»). */
const UNDOUBLED = 0.7;
/** Costlier spellings than this are guesses, not readings. */
const MAX_COST = 1;
/** How much a name's commonness counts against the unusual writings it needs: one unit per tenfold rank. */
const RANK_WEIGHT = 0.5;

/**
 * The English name a word Russian wrote by ear most likely is: of the listed names Russian would
 * write this way, the one whose spelling needs the fewest unusual writings and is most common
 * («Даттон» Dutton, «Ливитт» Leavitt, «Джейн» Jane); null when no listed name is written so.
 * The word is in the nominative; the result is capitalised.
 */
export function englishSpelling(
  word: string,
  names: EnglishNameIndex,
  { firstNamesOnly = false, maxCost = MAX_COST }: EnglishSpellingLimits = {},
): string | null {
  const rankOf = ({ surname = Infinity, firstName = Infinity }: EnglishNameRanks = {}) =>
    firstNamesOnly ? firstName : Math.min(surname, firstName);
  const russian = foldCase(word);
  let best: { spelling: string; score: number } | null = null;
  const visit = (at: number, node: EnglishNameIndex, spelt: string, cost: number): void => {
    if (cost > maxCost) return;
    if (at === russian.length) {
      for (const [ending, extra] of [["", 0] as const, ...SILENT_ENDINGS]) {
        const rank = rankOf(follow(node, ending)?.ranks);
        const score = cost + extra + RANK_WEIGHT * Math.log10(rank);
        if (rank !== Infinity && cost + extra <= maxCost && (!best || score < best.score))
          best = { spelling: spelt + ending, score };
      }
      return;
    }
    for (const [length, writings] of writingsAt(russian, at)) {
      for (const [english, extra] of writings) {
        const next = follow(node, english);
        if (next) visit(at + length, next, spelt + english, cost + extra);
        const doubled = english.length === 1 && !VOWELS.includes(russian[at]!) && follow(next, english);
        if (doubled) visit(at + length, doubled, spelt + english + english, cost + extra + UNDOUBLED);
      }
    }
  };
  visit(0, names, "", 0);
  const found = best as { spelling: string } | null;
  return found && capitalise(found.spelling);
}

/** Which names count: first names only, and how unusual a reading may be. */
export interface EnglishSpellingLimits {
  firstNamesOnly?: boolean;
  maxCost?: number;
}

/** The Russian letter groups starting at `at`, with their writings there. */
function writingsAt(russian: string, at: number): Array<readonly [number, readonly Writing[]]> {
  const groups: Array<readonly [number, readonly Writing[]]> = [];
  for (const length of [2, 1]) {
    const group = russian.slice(at, at + length);
    if (group.length !== length) continue;
    const writings = [
      ...(WRITINGS[group] ?? []),
      ...(at === 0 ? (AT_START[group] ?? []) : []),
      ...(at + length === russian.length ? (AT_END[group] ?? []) : []),
    ];
    if (writings.length > 0) groups.push([length, writings]);
  }
  return groups;
}

function follow(node: EnglishNameIndex | null | undefined, letters: string): EnglishNameIndex | null {
  for (const letter of letters) {
    node = node?.children.get(letter);
    if (!node) return null;
  }
  return node ?? null;
}
