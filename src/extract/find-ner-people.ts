import { isParticleName } from "./name-particles.js";
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
/** Words the model reads on each side of an unexplained word: its three layers see three each way. */
const CONTEXT = 4;

/**
 * People's names in Russian text, found by Slovnet's NER (src/extract/ner/): the names the
 * gazetteer and az do not know (West African, Latin American, Asian people). The model also tags
 * places and organisations; those are left out, since their English names cannot be made from the
 * Russian ones (src/extract/README.md, "Name recognisers compared"). It reads only the words around
 * a word that could be part of a name and that nothing `explained` yet; names overlapping an
 * explained word are left to the gazetteer and the rules.
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
  const titles = new Set(resources.lexicon.personTitles.ru.map((title) => title.toLowerCase()));
  const particles = resources.lexicon.names.russianNameParticles;
  const nameLike = (token: Token) => canBeName(token, titles) || isParticleName(token.text, particles);
  const unexplained = tokens.filter((t) => !explained.has(t.index) && needsExplaining(t, tokens, nameLike));
  const people: NerPerson[] = [];
  let next = 0;
  for (const span of tagNames(resources.nerModel, text, windowsAround(sentences, tokens, unexplained))) {
    while (next < tokens.length && tokens[next]!.end <= span.start) next++;
    let last = next - 1;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    if (span.type !== "PER" || last < next || tokens.slice(next, last + 1).some((t) => explained.has(t.index)))
      continue;
    const person = personSpan(tokens, next, last, nameLike);
    if (person) people.push(person);
  }
  return people;
}

/** A word that could be part of a name and does not merely open its sentence (unless az reads it as a name). */
function needsExplaining(token: Token, tokens: readonly Token[], nameLike: (token: Token) => boolean): boolean {
  if (!nameLike(token)) return false;
  const opensSentence = token.index === 0 || tokens[token.index - 1]!.sentence !== token.sentence;
  return !opensSentence || PROPER_TAGS.some((tag) => token.analysis.properTags.has(tag));
}

/**
 * Written like a name (a capital, then lower case), and neither a title nor a verb, adjective or
 * other word no name is made of — as az's dictionary knows it: its guess for a word it lacks
 * («Бинь» as a verb) says nothing.
 */
function canBeName(token: Token, titles: ReadonlySet<string>): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(token.text) &&
    !token.analysis.lemmas.some((lemma) => titles.has(lemma)) &&
    !(token.analysis.properTags.size === 0 && token.analysis.inDictionary && NOT_NAME_POS.has(token.analysis.pos ?? ""))
  );
}

/**
 * A person's name without the words around it the model took in («Министр», «Беседовала», a title
 * before a first name), at least
 * two words long: a surname alone links to the full name through link-entities.ts, and is otherwise
 * too little to name someone new. Null when nothing is left.
 */
function personSpan(
  tokens: readonly Token[],
  first: number,
  last: number,
  nameLike: (token: Token) => boolean,
): NerPerson | null {
  while (first <= last && (!nameLike(tokens[first]!) || isTitleBeforeFirstName(tokens, first, last))) first++;
  while (last >= first && !nameLike(tokens[last]!)) last--;
  return last > first ? { first, last } : null;
}

/**
 * A person noun az does not know as a name before a word it knows as a first name: a title
 * («Латиноамериканист Антонина Кравец»). A foreign first name az only guesses at is no person noun
 * («Гуадалупе Таддеи»).
 */
function isTitleBeforeFirstName(tokens: readonly Token[], at: number, last: number): boolean {
  const nameTags = (token: Token) => ["Name", "Surn", "Patr"].filter((tag) => token.analysis.properTags.has(tag));
  const { pos, grammemes } = tokens[at]!.analysis;
  return (
    at < last &&
    nameTags(tokens[at]!).length === 0 &&
    pos === "NOUN" &&
    grammemes.has("anim") &&
    nameTags(tokens[at + 1]!).includes("Name")
  );
}

/**
 * The pieces of text the model reads: each unexplained word with CONTEXT words each side, inside its
 * sentence (with its punctuation when the piece reaches the sentence's first or last word),
 * overlapping pieces joined. Nothing further than three tokens reaches a word's tags, so the words
 * in the middle are tagged as in the whole sentence.
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
