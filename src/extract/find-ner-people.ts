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
  const unexplained = new Set(
    tokens.filter((t) => !explained.has(t.index) && needsExplaining(t, tokens)).map((t) => t.sentence),
  );
  const ranges = sentences.filter((s) => unexplained.has(s.index));
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

function needsExplaining(token: Token, tokens: readonly Token[]): boolean {
  if (!/^\p{Lu}/u.test(token.text)) return false;
  const opensSentence = token.index === 0 || tokens[token.index - 1]!.sentence !== token.sentence;
  return !opensSentence || PROPER_TAGS.some((tag) => token.analysis.properTags.has(tag));
}
