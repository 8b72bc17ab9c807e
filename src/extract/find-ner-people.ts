import { tagNames } from "./ner/tag-names.js";
import type { Sentence, Token } from "./segment-text.js";
import type { ExtractionResources, Language } from "./types.js";

/** A person's name the statistical NER found, as a span of the article's word tokens. */
export interface NerPerson {
  first: number;
  last: number;
}

/** az's tags that make a sentence's first word a name rather than an ordinary capitalised word. */
const PROPER_TAGS = ["Name", "Surn", "Geox", "Orgn"];
/** Parts of speech of words that are no part of a person's name («Беседовала», «Отстраненная»). */
const NOT_NAME_POS = new Set([
  "VERB",
  "INFN",
  "ADJF",
  "ADJS",
  "PRTF",
  "PRTS",
  "GRND",
  "ADVB",
  "NPRO",
  "PREP",
  "CONJ",
  "PRCL",
  "NUMR",
]);

/**
 * People's names in Russian sentences, found by Slovnet's NER (src/extract/ner/): the names the
 * gazetteer and az do not know (West African, Latin American, Asian people). The model tags places
 * and organisations too; those are left out, because their English names cannot be made from the
 * Russian ones (src/extract/README.md, "Name recognisers compared"). The model runs only on the sentences with a capitalised
 * word nothing `explained` yet (a sentence's first word counts only when az reads it as a name),
 * each sentence as a sequence of its own; names overlapping an explained word are left to the
 * gazetteer and the rules.
 */
export function findNerPeople(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  explained: ReadonlySet<number>,
  language: Language,
  resources: ExtractionResources,
): NerPerson[] {
  if (language !== "ru") return [];
  const ranges = windowsAround(
    sentences,
    tokens,
    tokens.filter((t) => !explained.has(t.index) && needsExplaining(t, tokens)),
  );
  const titles = new Set(resources.lexicon.personTitles.ru.map((title) => title.toLowerCase()));
  const people: NerPerson[] = [];
  let next = 0;
  for (const span of tagNames(resources.nerModel, text, ranges)) {
    while (next < tokens.length && tokens[next]!.end <= span.start) next++;
    let last = next - 1;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    if (last < next) continue;
    let free = true;
    for (let i = next; i <= last; i++) if (explained.has(i)) free = false;
    const person = free && span.type === "PER" ? personSpan(tokens, next, last, titles) : null;
    if (person) people.push(person);
  }
  return people;
}

/**
 * A person's name without the words around it the model took in (a title, a verb: «Министр»,
 * «Беседовала»), at least two words long: a surname alone links to the full name through
 * link-entities.ts, and is otherwise too little to name someone new. Null when nothing is left.
 */
function personSpan(
  tokens: readonly Token[],
  first: number,
  last: number,
  titles: ReadonlySet<string>,
): { first: number; last: number } | null {
  const notName = (token: Token) =>
    !/^\p{Lu}/u.test(token.text) ||
    token.analysis.lemmas.some((lemma) => titles.has(lemma)) ||
    (token.analysis.properTags.size === 0 && NOT_NAME_POS.has(token.analysis.pos ?? ""));
  while (first <= last && notName(tokens[first]!)) first++;
  while (last >= first && notName(tokens[last]!)) last--;
  return last > first ? { first, last } : null;
}

/** Words of context the model reads on each side of an unexplained word: its three layers see three each way, and one more. */
const CONTEXT = 4;

/**
 * The pieces of text the model reads: each unexplained word with CONTEXT words each side, inside its
 * sentence (reaching its punctuation when it reaches its first or last word), overlapping pieces
 * joined. The tags of the words in the middle are those the model gives
 * in the whole sentence, since nothing further than three tokens reaches them.
 */
function windowsAround(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  unexplained: readonly Token[],
): { start: number; end: number }[] {
  const windows: { start: number; end: number; sentence: number; last: number }[] = [];
  for (const token of unexplained) {
    let first = Math.max(0, token.index - CONTEXT);
    while (tokens[first]!.sentence !== token.sentence) first++;
    let last = Math.min(tokens.length - 1, token.index + CONTEXT);
    while (tokens[last]!.sentence !== token.sentence) last--;
    const sentence = sentences[token.sentence]!;
    const opens = first === 0 || tokens[first - 1]!.sentence !== token.sentence;
    const closes = last === tokens.length - 1 || tokens[last + 1]!.sentence !== token.sentence;
    const end = closes ? sentence.end : tokens[last]!.end;
    const previous = windows[windows.length - 1];
    if (previous && previous.sentence === token.sentence && first <= previous.last + 1) {
      previous.last = last;
      previous.end = end;
    } else windows.push({ start: opens ? sentence.start : tokens[first]!.start, end, sentence: token.sentence, last });
  }
  return windows;
}

/** A word written like a name (a capital, then lower case: not «В», not an acronym), and not merely opening its sentence. */
function needsExplaining(token: Token, tokens: readonly Token[]): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  const opensSentence = token.index === 0 || tokens[token.index - 1]!.sentence !== token.sentence;
  return !opensSentence || PROPER_TAGS.some((tag) => token.analysis.properTags.has(tag));
}
