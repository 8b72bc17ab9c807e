import { findAntecedent } from "./find-antecedent.js";
import type { Quote } from "./find-quotes.js";
import { matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { CueKind, ExtractionResources } from "./types.js";

const PRONOUNS = new Set(["он", "она", "he", "she", "him"]);
const INDEFINITE = new Set(["a", "an", "one", "another", "один", "одна", "одного", "одной"]);
/** How far before a role noun its determiner may stand ("a senior Western diplomat"). */
const NOUN_PHRASE_TOKENS = 4;

/** A token span: `first`..`last` inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** What attribution reads in an article: speech verbs, framing verbs, titles and the speakers it can name. */
export interface Clues {
  text: string;
  tokens: readonly Token[];
  quotes: readonly Quote[];
  verbs: readonly PhraseMatch<true>[];
  cues: readonly PhraseMatch<CueKind>[];
  titles: readonly PhraseMatch<string>[];
  adjectives: readonly PhraseMatch<string>[];
  /** People named outside quotations. */
  people: readonly MentionCandidate[];
  /** Organisations named outside quotations: a body speaks when no person is named ("the ministry said"). */
  bodies: readonly MentionCandidate[];
  resources: ExtractionResources;
}

/** The clues of one article; names inside quotations (and editorial brackets in them) are never speakers. */
export function readClues(
  text: string,
  tokens: readonly Token[],
  quotes: readonly Quote[],
  mentions: readonly MentionCandidate[],
  resources: ExtractionResources,
): Clues {
  const outside = (m: MentionCandidate) => !insideQuote(quotes, tokens[m.first]!.start);
  const typeOf = (m: MentionCandidate) => (m.entityId.startsWith("kg:person:") ? "PERSON" : resources.entities.get(m.entityId)?.type);
  return {
    text,
    tokens,
    quotes,
    verbs: matchPhrases(text, tokens, resources.speechIndex).filter((v) => !insideQuote(quotes, tokens[v.first]!.start)),
    cues: matchPhrases(text, tokens, resources.cueIndex).filter((c) => !insideQuote(quotes, tokens[c.first]!.start)),
    titles: matchPhrases(text, tokens, resources.titleIndex),
    adjectives: matchPhrases(text, tokens, resources.adjectiveIndex),
    people: mentions.filter((m) => typeOf(m) === "PERSON" && outside(m)),
    bodies: mentions.filter((m) => typeOf(m) === "ORGANIZATION" && outside(m)),
    resources,
  };
}

export function insideQuote(quotes: readonly Quote[], offset: number): boolean {
  return quotes.some((q) => offset >= q.start && offset < q.end);
}

/** Whether a span lies within a window. */
export function within(span: TokenSpan, window: TokenSpan): boolean {
  return span.first >= window.first && span.last <= window.last;
}

/** Who a window says spoke: a speaker's id, or null for an unnamed source ("a Western diplomat said"). */
export type Speaker = { speakerId: string | null };

/**
 * The speaker a window names, or undefined when it names nobody: a person (the one after "according
 * to"/«по словам» when the window has that cue, else the first), else a body; an indefinite role
 * noun ("a Gulf diplomat", "one official", «западный дипломат», «источник») is an unnamed source;
 * a pronoun or a definite role noun points to its antecedent before the window's sentence.
 */
export function speakerIn(clues: Clues, window: TokenSpan): Speaker | undefined {
  if (window.last < window.first) return undefined;
  const source = clues.cues.find((c) => c.value === "sourceAfter" && within(c, window));
  const people = clues.people.filter((m) => within(m, window));
  const named = (source && people.find((m) => m.first > source.last)) || people[0] || clues.bodies.find((m) => within(m, window));
  if (named) return { speakerId: named.entityId };
  if (isUnnamedSource(clues, window)) return { speakerId: null };
  const anaphor = anaphorIn(clues, window);
  if (!anaphor) return undefined;
  const sentence = clues.tokens[window.first]!.sentence;
  let first = window.first;
  while (first > 0 && clues.tokens[first - 1]!.sentence === sentence) first--;
  const before = clues.tokens[first]!.start;
  return { speakerId: findAntecedent(clues.text, clues.people, clues.tokens, before, clues.resources, anaphor.countryId) };
}

/** An indefinite word («один из», "a", "another") before a role noun, an «источник», or (Russian) a role noun after an adjective naming no country. */
function isUnnamedSource(clues: Clues, window: TokenSpan): boolean {
  if (clues.cues.some((c) => c.value === "unnamedSource" && within(c, window))) return true;
  const title = clues.titles.find((t) => within(t, window));
  if (!title) return false;
  const before = clues.tokens.slice(Math.max(window.first, title.first - NOUN_PHRASE_TOKENS), title.first);
  if (before.some((t) => INDEFINITE.has(t.text.toLowerCase()))) return true;
  const adjective = clues.tokens[title.first - 1];
  return (
    adjective !== undefined &&
    adjective.index >= window.first &&
    adjective.analysis.pos === "ADJF" &&
    !adjective.analysis.grammemes.has("Apro") &&
    !clues.adjectives.some((a) => a.last === adjective.index)
  );
}

/** A pronoun, or a role noun, in the window; with the country an adjective before it names. */
function anaphorIn(clues: Clues, window: TokenSpan): { countryId: string | null } | null {
  const words = clues.tokens.slice(window.first, window.last + 1);
  if (words.some((t) => PRONOUNS.has(t.text.toLowerCase()))) return { countryId: null };
  const title = clues.titles.find((t) => within(t, window));
  if (!title) return null;
  const adjective = clues.adjectives.find((a) => a.last === title.first - 1);
  return { countryId: adjective?.value ?? null };
}

/** A speech verb, a framing verb or an "according to" cue. */
export type AttributionCue = TokenSpan & { value: "speech" | "framing" | "sourceAfter" };

/** Speech verbs, framing verbs (when asked for) and "according to" cues outside quotations, in text order. */
export function attributionCues(clues: Clues, withFraming: boolean): AttributionCue[] {
  const cues: AttributionCue[] = clues.verbs.map((v) => ({ first: v.first, last: v.last, value: "speech" }));
  for (const c of clues.cues) {
    if (c.value === "sourceAfter" || (withFraming && c.value === "framing")) cues.push({ first: c.first, last: c.last, value: c.value });
  }
  return cues.sort((a, b) => a.first - b.first);
}

/**
 * The speaker of an attribution cue that comes before the quotation, its subject read in `region`
 * (the words from the clause start to the cue). After "according to"/«по словам» the source is
 * named right after the cue. Otherwise the nearest clause before the verb is read first (", and the
 * Chinese leader called"), then the whole region ("X, who headed the team, said"), then the words
 * right after the verb up to a comma (inverted: «Как отметил министр, …», «назвал X»).
 */
export function speakerOfCue(clues: Clues, region: TokenSpan, cue: AttributionCue, limit: number): Speaker | undefined {
  const after = { first: cue.last + 1, last: clauseEnd(clues, cue.last + 1, limit) };
  if (cue.value === "sourceAfter") return speakerIn(clues, after);
  const before = { first: region.first, last: cue.first - 1 };
  const near = { first: Math.max(before.first, clauseStart(clues, cue.first)), last: before.last };
  return speakerIn(clues, near) ?? speakerIn(clues, before) ?? speakerIn(clues, after);
}

/** The last token of the clause starting at `from`: up to a comma or a quotation mark, at most `limit`. */
export function clauseEnd(clues: Clues, from: number, limit: number): number {
  const { text, tokens } = clues;
  let last = from;
  while (last < limit && !/[,;«»“”"]/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  return last;
}

/** The first token after the last comma or semicolon before token `at`, in its sentence. */
function clauseStart(clues: Clues, at: number): number {
  const { text, tokens } = clues;
  let first = at;
  while (first > 0 && tokens[first - 1]!.sentence === tokens[at]!.sentence && !/[,;]/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
  return first;
}
