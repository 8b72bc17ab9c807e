import { findAntecedent } from "./find-antecedent.js";
import type { Quote } from "./find-quotes.js";
import { matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources } from "./types.js";

/** A quote with its speaker (null for an unnamed source) and the token window where the attribution was read. */
export interface AttributedQuote {
  quote: Quote;
  speakerId: string | null;
  /** Tokens of the attribution clause (around the speech verb), for finding the event it was said at. */
  window: { first: number; last: number };
}

const WINDOW_TOKENS = 14;
const PRONOUNS = new Set(["он", "она", "he", "she"]);
const INDEFINITE = new Set(["a", "an", "one"]);
const SENTENCE_END = /[.!?\n]/;

interface Clues {
  text: string;
  tokens: readonly Token[];
  verbs: readonly PhraseMatch<true>[];
  titles: readonly PhraseMatch<string>[];
  adjectives: readonly PhraseMatch<string>[];
  people: readonly MentionCandidate[];
  resources: ExtractionResources;
}

/**
 * Who said each quotation. Only quotations that stand as reported speech count: one that opens a
 * sentence or paragraph, or follows a colon or comma («Как подчеркнул Лавров, «…»»); a quotation
 * inside the author's own sentence (called the outcome "a victory for Ukraine") is a partial quote,
 * not a statement. The attribution is the speech-verb clause right after the closing mark («…», –
 * заявил X / "…," X said) or right before the opening one (X said: "…"): a person named there is
 * the speaker; a pronoun or a definite role noun ("he said", «сказал китайский лидер») points back
 * to the subject of the sentence that introduced the quote; a speech verb with nobody named ("a
 * statement said") is an unnamed source. A quotation with no attribution of its own is said by the
 * subject of the sentence before it in the same paragraph («Соколова с этим спорит. «…»»), else
 * continues the previous speaker, else — a paragraph of its own over a lede naming a person
 * («Политолог Марина Соколова — о том…») — is that person's. Anything else is left out.
 */
export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  quotes: readonly Quote[],
  mentions: readonly MentionCandidate[],
  resources: ExtractionResources,
): AttributedQuote[] {
  const outside = (m: MentionCandidate) => !quotes.some((q) => tokens[m.first]!.start >= q.start && tokens[m.first]!.start < q.end);
  const clues: Clues = {
    text,
    tokens,
    verbs: matchPhrases(text, tokens, resources.speechIndex),
    titles: matchPhrases(text, tokens, resources.titleIndex),
    adjectives: matchPhrases(text, tokens, resources.adjectiveIndex),
    people: mentions.filter((m) => isPerson(m, resources) && outside(m)),
    resources,
  };
  const result: AttributedQuote[] = [];
  for (const quote of quotes) {
    const placement = placementOf(text, quote);
    if (placement === "embedded") continue;
    const previous = result[result.length - 1];
    const windows = [afterWindow(text, tokens, quote), placement === "introduced" ? beforeWindow(text, tokens, quote) : null];
    const found = windows.map((w) => (w ? attributionIn(clues, w, quote) : null)).find((a) => a != null);
    if (found) result.push(found);
    else if (placement === "opening") {
      const unmarked = introducedBy(clues, quote) ?? continuation(text, quote, previous) ?? headline(clues, quote);
      if (unmarked) result.push(unmarked);
    }
  }
  return result;
}

function isPerson(mention: MentionCandidate, resources: ExtractionResources): boolean {
  return resources.entities.get(mention.entityId)?.type === "PERSON" || mention.entityId.startsWith("kg:person:");
}

/** Where a quotation stands in its sentence: opening it, introduced by ":" or ",", or embedded in running text. */
function placementOf(text: string, quote: Quote): "opening" | "introduced" | "embedded" {
  const lineStart = text.lastIndexOf("\n", quote.open - 1) + 1;
  const before = text.slice(lineStart, quote.open).trimEnd();
  if (before === "" || /[.!?…»"”]$/u.test(before)) return "opening";
  return /[:,]$/.test(before) ? "introduced" : "embedded";
}

/** Tokens of an attribution clause; the speaker is looked for up to `speakerLast`. */
type Window = { first: number; last: number; speakerLast: number };

/** The attribution a speech verb inside `window` gives, or null when the window has no speech verb. */
function attributionIn(clues: Clues, window: Window, quote: Quote): AttributedQuote | null {
  const inside = (m: { first: number; last: number }) => m.first >= window.first && m.last <= window.speakerLast;
  if (!clues.verbs.some(inside)) return null;
  const named = clues.people.find(inside);
  if (named) return { quote, speakerId: named.entityId, window };
  const anaphor = anaphorIn(clues, { ...window, last: window.speakerLast });
  if (!anaphor) return { quote, speakerId: null, window };
  const speakerId = findAntecedent(clues.text, clues.people, clues.tokens, clues.tokens[window.first]!.start, clues.resources, anaphor.countryId);
  return { quote, speakerId, window };
}

/** A pronoun, or a role noun not preceded by an indefinite article, in the window; with the country an adjective before it names. */
function anaphorIn(clues: Clues, window: { first: number; last: number }): { countryId: string | null } | null {
  const words = clues.tokens.slice(window.first, window.last + 1);
  if (words.some((t) => PRONOUNS.has(t.text.toLowerCase()))) return { countryId: null };
  const title = clues.titles.find((t) => t.first >= window.first && t.last <= window.last);
  if (!title || INDEFINITE.has(clues.tokens[title.first - 1]?.text.toLowerCase() ?? "")) return null;
  const adjective = clues.adjectives.find((a) => a.last === title.first - 1);
  return { countryId: adjective?.value ?? null };
}

/** The subject of the sentence just before an unattributed quotation, in the same paragraph. */
function introducedBy(clues: Clues, quote: Quote): AttributedQuote | null {
  const lineStart = clues.text.lastIndexOf("\n", quote.open - 1) + 1;
  const introducer = clues.tokens.filter((t) => t.start >= lineStart && t.end <= quote.open);
  if (introducer.length === 0) return null;
  const sentence = introducer[introducer.length - 1]!.sentence;
  const subject = clues.people.find((m) => m.first >= introducer[0]!.index && clues.tokens[m.first]!.sentence === sentence && clues.tokens[m.last]!.end <= quote.open);
  if (!subject) return null;
  return { quote, speakerId: subject.entityId, window: { first: subject.first, last: introducer[introducer.length - 1]!.index } };
}

/** A quotation in the same paragraph as the previous attributed one, or the next, goes on in the same voice. */
function continuation(text: string, quote: Quote, previous: AttributedQuote | undefined): AttributedQuote | null {
  if (!previous?.speakerId) return null;
  const between = text.slice(previous.quote.close + 1, quote.open);
  if ((between.match(/\n\s*\n/g) ?? []).length > 1) return null;
  return { quote, speakerId: previous.speakerId, window: previous.window };
}

/** A quotation forming a paragraph of its own, over a lede that opens with a named person and a dash. */
function headline(clues: Clues, quote: Quote): AttributedQuote | null {
  const { text, tokens } = clues;
  const lineEnd = text.indexOf("\n", quote.close);
  if (lineEnd < 0 || text.slice(quote.close + 1, lineEnd).trim() !== "" || text.slice(text.lastIndexOf("\n", quote.open - 1) + 1, quote.open).trim() !== "") return null;
  const lede = tokens.filter((t) => t.start > lineEnd && !SENTENCE_END.test(text.slice(lineEnd, t.start).trim()));
  const person = clues.people.find((m) => m.first >= (lede[0]?.index ?? Infinity) && m.first - lede[0]!.index <= 2);
  if (!person || !/^\s*[—–-]/.test(text.slice(tokens[person.last]!.end))) return null;
  return { quote, speakerId: person.entityId, window: { first: person.first, last: person.last } };
}

function afterWindow(text: string, tokens: readonly Token[], quote: Quote): Window | null {
  const first = firstTokenAfter(tokens, quote.close);
  if (first < 0 || SENTENCE_END.test(text.slice(quote.close + 1, tokens[first]!.start))) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first < WINDOW_TOKENS && !breaksBetween(text, tokens[last]!, tokens[last + 1]!)) last++;
  // The speaker stands before the first comma: in "he said in English, drawing a laugh from Trump"
  // Trump is no speaker; what follows the comma («, выступая на саммите») still tells the event.
  let speakerLast = first;
  while (speakerLast < last && !text.slice(tokens[speakerLast]!.end, tokens[speakerLast + 1]!.start).includes(",")) speakerLast++;
  return { first, last, speakerLast };
}

function beforeWindow(text: string, tokens: readonly Token[], quote: Quote): Window | null {
  const last = firstTokenAfter(tokens, quote.open) - 1;
  const lastIndex = last < 0 ? tokens.length - 1 : last;
  if (lastIndex < 0 || !/^\s*[:,]\s*$/.test(text.slice(tokens[lastIndex]!.end, quote.open))) return null;
  let first = lastIndex;
  while (first > 0 && lastIndex - first < WINDOW_TOKENS && !breaksBetween(text, tokens[first - 1]!, tokens[first]!)) first--;
  return { first, last: lastIndex, speakerLast: lastIndex };
}

/** A sentence end or a quotation mark between two tokens ends an attribution window. */
function breaksBetween(text: string, a: Token, b: Token): boolean {
  return /[.!?\n«»“”„"]/.test(text.slice(a.end, b.start - (b.initials?.length ?? 0)));
}

/** Index of the first token starting after `offset` (binary search), or -1. */
function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start > offset) high = mid;
    else low = mid + 1;
  }
  return low < tokens.length ? low : -1;
}
