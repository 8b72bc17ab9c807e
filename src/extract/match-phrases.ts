import { foldCase } from "./fold-case.js";
import type { Token } from "./segment-text.js";
import type { PhraseIndex, PhrasePattern, WordCase } from "./types.js";

/** A phrase found in the text: tokens `first`..`last` inclusive. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  value: T;
  pattern: PhrasePattern<T>;
}

/**
 * Every occurrence of an indexed phrase in `tokens`. A phrase token matches an article token when
 * their lemma sets meet; capitalised data words only match capitalised text words and acronyms only
 * acronyms (so the alias «Мир» does not match «мир»). Tokens of one match are adjacent (nothing but
 * spaces between them, or an initial's full stop) and in one sentence.
 */
export function matchPhrases<T>(text: string, tokens: readonly Token[], index: PhraseIndex<T>): PhraseMatch<T>[] {
  // Several stages match the same index over the same tokens (titles, speech verbs): compute once.
  let byIndex = memo.get(tokens);
  if (!byIndex) memo.set(tokens, (byIndex = new WeakMap()));
  const cached = byIndex.get(index) as PhraseMatch<T>[] | undefined;
  if (cached) return cached;
  const matches = findAll(text, tokens, index);
  byIndex.set(index, matches);
  return matches;
}

/** Matches per token list and index; weak, so an article's results go when its tokens do. */
const memo = new WeakMap<readonly Token[], WeakMap<PhraseIndex<unknown>, PhraseMatch<unknown>[]>>();

function findAll<T>(text: string, tokens: readonly Token[], index: PhraseIndex<T>): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  for (const token of tokens) {
    const { lemmas } = token.analysis;
    for (let l = 0; l < lemmas.length; l++) {
      const patterns = index.get(lemmas[l]!);
      if (!patterns) continue;
      for (const pattern of patterns) {
        if (l > 0 && foundEarlier(pattern, lemmas, l)) continue;
        if (matchesAt(text, tokens, token.index, pattern)) {
          matches.push({
            first: token.index,
            last: token.index + pattern.tokens.length - 1,
            value: pattern.value,
            pattern,
          });
        }
      }
    }
  }
  return matches;
}

/** Whether one of the token's lemmas before the `l`th already led to `pattern` (it is indexed under each key of its first word). */
function foundEarlier<T>(pattern: PhrasePattern<T>, lemmas: readonly string[], l: number): boolean {
  for (let i = 0; i < l; i++) if (pattern.tokens[0]!.includes(lemmas[i]!)) return true;
  return false;
}

/** Keeps the longest matches that do not overlap, earliest first. */
export function longestMatches<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: PhraseMatch<T>[] = [];
  let next = 0;
  for (const match of sorted) {
    if (match.first < next) continue;
    kept.push(match);
    next = match.last + 1;
  }
  return kept;
}

function matchesAt<T>(text: string, tokens: readonly Token[], at: number, pattern: PhrasePattern<T>): boolean {
  for (let k = 0; k < pattern.tokens.length; k++) {
    const token = tokens[at + k];
    if (!token || token.sentence !== tokens[at]!.sentence) return false;
    if (k > 0 && !adjacent(text, tokens[at + k - 1]!, token)) return false;
    if (!caseCompatible(pattern.cases[k]!, token.text)) return false;
    if (pattern.cases[k] === "capitalised" && !sameStem(pattern.surface[k]!, token.text)) return false;
    if (!pattern.tokens[k]!.some((key) => token.analysis.lemmas.includes(key))) return false;
  }
  return true;
}

/** Nothing but spaces between two words, or an initial's full stop ("K. P. Sharma Oli", «С. Джайшанкар»). */
function adjacent(text: string, before: Token, token: Token): boolean {
  const gap = text.slice(before.end, token.start).trim();
  return gap === "" || (gap === "." && /^\p{Lu}$/u.test(before.text));
}

/** Letters a name keeps when it is inflected («Гитега», «Гитеги»); fewer and lemmas alone decide. */
const STEM_LETTERS = 3;

/**
 * Whether a text word can be an inflected form of a capitalised data word: Russian names change
 * their endings only, so the two must begin alike. Without this, a lemma az guesses for an unknown
 * name («Гитега» → «тег») lets an ordinary word («Теги») match it, and «Тем» the country «Того».
 */
function sameStem(dataWord: string, textWord: string): boolean {
  const a = foldCase(dataWord);
  const b = foldCase(textWord);
  const needed = Math.min(STEM_LETTERS, a.length - 1, b.length - 1);
  return a.slice(0, needed) === b.slice(0, needed);
}

function caseCompatible(dataCase: WordCase, textWord: string): boolean {
  if (dataCase === "acronym") return textWord === textWord.toUpperCase();
  if (dataCase === "capitalised") return isCapitalised(textWord);
  return true;
}

/** How a data word is written, which the text word must follow (see `matchPhrases`). */
export function wordCase(dataWord: string): WordCase {
  if (dataWord.length > 1 && dataWord === dataWord.toUpperCase() && dataWord !== dataWord.toLowerCase())
    return "acronym";
  return isCapitalised(dataWord) ? "capitalised" : "any";
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? "";
  return first !== first.toLowerCase();
}
