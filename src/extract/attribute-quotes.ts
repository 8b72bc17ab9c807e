import { attributePartialQuote, lastTokenBefore } from "./attribute-partial-quote.js";
import { attributionCues, readClues, speakerIn, speakerOfCue, within, type Clues } from "./attribution-clues.js";
import { isLongQuote, type Quote } from "./find-quotes.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources } from "./types.js";
import { partitionPoint } from "./partition-point.js";

/** A quote with its speaker (null for an unnamed source) and the token window where the attribution was read. */
export interface AttributedQuote {
  quote: Quote;
  speakerId: string | null;
  /** The quote is part of the author's own sentence ("called the deal "a turning point""). */
  partial: boolean;
  /** Tokens of the attribution clause (around the speech verb), for finding the event it was said at. */
  window: { first: number; last: number };
}

const WINDOW_TOKENS = 14;
/** How far past the speaker's first comma the verb of an attribution after a quotation may stand ("Paz, 57, told"). */
const APPOSITION_TOKENS = 6;
const SENTENCE_END = /[.!?\n]/;
/** How many words of title may stand before the person a headline's lede opens with ("Peru's deputy trade minister X"). */
const LEDE_TITLE_TOKENS = 5;
/** What follows the person in a lede that announces a topic: a dash, or "on", maybe after an apposition. */
const LEDE_TOPIC = /^(?:,[^.\n]{0,80},)?\s*(?:[—–-]|on\s)/;

/**
 * Who said each quotation. A quotation that opens a sentence or paragraph, or follows a colon or
 * comma («Как подчеркнул Лавров, «…»»), is a whole quote: its attribution is the speech-verb clause
 * right after the closing mark («…», – заявил X / "…," X said) or right before the opening one (X
 * said: "…"): a person named there is the speaker ("according to X", «по словам X»: the person
 * after the cue), else a body ("the ministry said"); a pronoun or a definite role noun ("he said",
 * «сказал китайский лидер») points back to the subject of the sentence that introduced the quote;
 * a speech verb with nobody named ("a statement said") is an unnamed source. A whole quote with no
 * attribution of its own is said by the subject of the sentence before it in the same paragraph
 * («Соколова с этим спорит. «…»»), else continues the previous speaker, else — a paragraph of its own
 * over a lede naming a person («Политолог Марина Соколова — о том…») — is that person's. A quotation
 * inside the author's own sentence is a partial quote (attribute-partial-quote.ts). Short
 * capitalised quotations are names («Грузинская мечта»), not speech, unless a colon introduces them
 * or they end like a sentence. Anything else is left out.
 */
export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  quotes: readonly Quote[],
  mentions: readonly MentionCandidate[],
  resources: ExtractionResources,
): AttributedQuote[] {
  const clues = readClues(text, tokens, quotes, mentions, resources);
  const result: AttributedQuote[] = [];
  const spoken = (found: AttributedQuote | null) => {
    if (found?.speakerId) {
      const sentence = clues.tokens[lastTokenBefore(clues, found.quote.close)]!.sentence;
      clues.spoken.push({ end: found.quote.close, sentence, speakerId: found.speakerId });
    }
    return found;
  };
  for (const quote of quotes) {
    const placement = placementOf(text, quote);
    if (looksLikeName(text, quote, placement)) continue;
    const previous = result[result.length - 1];
    if (placement === "embedded") {
      const partial = spoken(attributePartialQuote(clues, quote));
      if (partial) result.push(partial);
      continue;
    }
    const after = afterWindow(text, tokens, quote);
    const before = placement === "introduced" ? beforeWindow(text, tokens, quote) : null;
    const found = spoken(
      (after && attributionIn(clues, after, quote, "after")) ??
        (before && sameSpeakerAdding(clues, attributionIn(clues, before, quote, "before"), previous)),
    );
    if (found) result.push(found);
    else if (placement === "introduced") {
      const labelled = spoken(headlineLabel(clues, quote));
      if (labelled) result.push(labelled);
    } else if (placement === "opening" && isLongQuote(text, quote)) {
      const unmarked = spoken(
        introducedBy(clues, quote) ?? continuation(text, quote, previous) ?? headline(clues, quote),
      );
      if (unmarked) result.push(unmarked);
    }
  }
  return result;
}

/** Where a quotation stands in its sentence: opening it, introduced by ":" or ",", or embedded in running text. */
function placementOf(text: string, quote: Quote): "opening" | "introduced" | "embedded" {
  const lineStart = text.lastIndexOf("\n", quote.open - 1) + 1;
  const before = text.slice(lineStart, quote.open).trimEnd();
  if (before === "" || /[.!?…»"”]$/u.test(before)) return "opening";
  return /[:,]$/.test(before) ? "introduced" : "embedded";
}

/**
 * A capitalised quotation that is a name or title: inside running text and without punctuation in
 * it («партия «Движение за справедливость»»), or short and neither introduced by a colon, ended
 * like a sentence nor followed by a dash of attribution («Мы победили страх», — заявил он).
 */
function looksLikeName(text: string, quote: Quote, placement: ReturnType<typeof placementOf>): boolean {
  const inner = text.slice(quote.start, quote.end).trim();
  if (!/^\p{Lu}/u.test(inner)) return false;
  if (placement === "embedded") return !/[.!?…,]/u.test(inner);
  if (isLongQuote(text, quote) || /[.!?…,]$/u.test(inner)) return false;
  if (ATTRIBUTION_DASH.test(text.slice(quote.close))) return false;
  return !(placement === "introduced" && text.slice(0, quote.open).trimEnd().endsWith(":"));
}

/** «…», — заявил: a comma and a dash after the closing mark, as Russian attributes a quotation. */
const ATTRIBUTION_DASH = /^[»"”]?\s*,\s*[—–-]\s/u;

/** Tokens of an attribution clause; the speaker is looked for up to `speakerLast`. */
type Window = { first: number; last: number; speakerLast: number };

/**
 * The attribution a speech verb (or "according to", «по словам») inside `window` gives, or null
 * when the window has none. After the quotation the speaker stands in the clause up to the first
 * comma ("…," said X, Prime Minister of Y); before it, around the last such cue (X said: "…").
 */
function attributionIn(clues: Clues, window: Window, quote: Quote, side: "after" | "before"): AttributedQuote | null {
  const speakerWindow = { first: window.first, last: window.speakerLast };
  // "…," Paz, 57, told supporters: after a quotation that ends its clause, the verb may follow an apposition.
  const endsClause =
    side === "after" &&
    /,\s*[»"”]?\s*[,—–-]?\s*$/u.test(clues.text.slice(quote.start, clues.tokens[window.first]!.start));
  const cueWindow = endsClause
    ? { first: window.first, last: Math.min(window.last, window.speakerLast + APPOSITION_TOKENS) }
    : speakerWindow;
  const cues = attributionCues(clues, false).filter((c) => within(c, cueWindow));
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  const speaker =
    side === "after" ? speakerIn(clues, speakerWindow) : speakerOfCue(clues, speakerWindow, cue, window.last);
  // "…," said a deputy minister, who asked not to be named: nobody named before the comma, and the source unnamed.
  const unnamed =
    side === "after" &&
    clues.cues.some((c) => c.value === "unnamedSource" && within(c, window)) &&
    !clues.people.some((m) => within(m, speakerWindow));
  return { quote, speakerId: unnamed ? null : (speaker?.speakerId ?? null), partial: false, window };
}

/**
 * A speech verb with nobody named before a colon, in the sentence of the quotation before it, goes
 * on in that quotation's voice («Сингх назвала визит «рутинным» и добавила: «…»», "… and added: "…"").
 */
function sameSpeakerAdding(
  clues: Clues,
  found: AttributedQuote | null,
  previous: AttributedQuote | undefined,
): AttributedQuote | null {
  if (!found || found.speakerId || !previous?.speakerId) return found;
  // The sentences of the last word inside the previous quotation and of the last word before this one.
  const sentenceBefore = (offset: number) => clues.tokens[lastTokenBefore(clues, offset)]?.sentence;
  return sentenceBefore(previous.quote.close) === sentenceBefore(found.quote.open)
    ? { ...found, speakerId: previous.speakerId }
    : found;
}

/** The subject of the sentence just before an unattributed quotation, in the same paragraph. */
function introducedBy(clues: Clues, quote: Quote): AttributedQuote | null {
  const lineStart = clues.text.lastIndexOf("\n", quote.open - 1) + 1;
  const introducer = clues.tokens.filter((t) => t.start >= lineStart && t.end <= quote.open);
  if (introducer.length === 0) return null;
  const sentence = introducer[introducer.length - 1]!.sentence;
  const subject = clues.people.find(
    (m) =>
      m.first >= introducer[0]!.index &&
      clues.tokens[m.first]!.sentence === sentence &&
      clues.tokens[m.last]!.end <= quote.open,
  );
  if (!subject) return null;
  return {
    quote,
    speakerId: subject.entityId,
    partial: false,
    window: { first: subject.first, last: introducer[introducer.length - 1]!.index },
  };
}

/** A quotation in the same paragraph as the previous attributed one, or the next, goes on in the same voice. */
function continuation(text: string, quote: Quote, previous: AttributedQuote | undefined): AttributedQuote | null {
  if (!previous?.speakerId) return null;
  const between = text.slice(previous.quote.close + 1, quote.open);
  if ((between.match(/\n\s*\n/g) ?? []).length > 1) return null;
  return { quote, speakerId: previous.speakerId, partial: false, window: previous.window };
}

/**
 * A quotation forming a paragraph of its own, over a lede that opens with a named person (after a
 * title at most) and the topic: «Политолог Марина Соколова — о том…», "Analyst X on what…",
 * "X, a senior fellow at Y, on…".
 */
function headline(clues: Clues, quote: Quote): AttributedQuote | null {
  const { text, tokens } = clues;
  const lineEnd = text.indexOf("\n", quote.close);
  if (
    lineEnd < 0 ||
    text.slice(quote.close + 1, lineEnd).trim() !== "" ||
    text.slice(text.lastIndexOf("\n", quote.open - 1) + 1, quote.open).trim() !== ""
  )
    return null;
  const lede = tokens.filter((t) => t.start > lineEnd && !SENTENCE_END.test(text.slice(lineEnd, t.start).trim()));
  const person = clues.people.find(
    (m) => m.first >= (lede[0]?.index ?? Infinity) && m.first - lede[0]!.index <= LEDE_TITLE_TOKENS,
  );
  if (!person || !LEDE_TOPIC.test(text.slice(tokens[person.last]!.end))) return null;
  return { quote, speakerId: person.entityId, partial: false, window: { first: person.first, last: person.last } };
}

/** A headline's "Name: «…»" («Тимур Ахмеров: «…»», "Retno Marsudi: "…""): the person right before the colon. */
function headlineLabel(clues: Clues, quote: Quote): AttributedQuote | null {
  const { text, tokens } = clues;
  const person = clues.people.find((m) => /^\s*:\s*$/.test(text.slice(tokens[m.last]!.end, quote.open)));
  if (!person || text.lastIndexOf("\n", quote.open) > tokens[person.first]!.start) return null;
  return { quote, speakerId: person.entityId, partial: false, window: { first: person.first, last: person.last } };
}

function afterWindow(text: string, tokens: readonly Token[], quote: Quote): Window | null {
  const first = firstTokenAfter(tokens, quote.close);
  if (first < 0 || SENTENCE_END.test(text.slice(quote.close + 1, tokens[first]!.start))) return null;
  let last = first;
  while (
    last + 1 < tokens.length &&
    last - first < WINDOW_TOKENS &&
    !breaksBetween(text, tokens[last]!, tokens[last + 1]!)
  )
    last++;
  // The speaker stands before the first comma: in "he said in English, drawing a laugh from Trump"
  // Trump is no speaker; what follows the comma («, выступая на саммите») still tells the event.
  let speakerLast = first;
  while (speakerLast < last && !text.slice(tokens[speakerLast]!.end, tokens[speakerLast + 1]!.start).includes(","))
    speakerLast++;
  return { first, last, speakerLast };
}

function beforeWindow(text: string, tokens: readonly Token[], quote: Quote): Window | null {
  const last = firstTokenAfter(tokens, quote.open) - 1;
  const lastIndex = last < 0 ? tokens.length - 1 : last;
  if (lastIndex < 0 || !/^\s*[:,]\s*$/.test(text.slice(tokens[lastIndex]!.end, quote.open))) return null;
  let first = lastIndex;
  while (first > 0 && lastIndex - first < WINDOW_TOKENS && !breaksBetween(text, tokens[first - 1]!, tokens[first]!))
    first--;
  return { first, last: lastIndex, speakerLast: lastIndex };
}

/** A sentence end or a quotation mark between two tokens ends an attribution window. */
function breaksBetween(text: string, a: Token, b: Token): boolean {
  return /[.!?\n«»“”„"]/.test(text.slice(a.end, b.start - (b.initials?.length ?? 0)));
}

/** Index of the first token starting after `offset` (binary search), or -1. */
function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  const index = partitionPoint(tokens, (token) => token.start > offset);
  return index < tokens.length ? index : -1;
}
