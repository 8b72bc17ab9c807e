import { findAntecedent } from "./find-antecedent.js";
import type { Quote } from "./find-quotes.js";
import { matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { CueKind, ExtractionResources } from "./types.js";

const PRONOUNS = new Set(["он", "она", "he", "she"]);
const INDEFINITE = new Set(["a", "an", "one"]);

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

/**
 * The speaker a window names, or undefined when it names nobody: a person (the one after "according
 * to"/«по словам» when the window has that cue, else the first), else a body, else the antecedent of a
 * pronoun or a definite role noun. `null` is never returned here: an unnamed source is the caller's call.
 */
export function speakerIn(clues: Clues, window: TokenSpan, before: number): string | undefined {
  const source = clues.cues.find((c) => c.value === "sourceAfter" && within(c, window));
  const people = clues.people.filter((m) => within(m, window));
  const named = (source && people.find((m) => m.first > source.last)) || people[0] || clues.bodies.find((m) => within(m, window));
  if (named) return named.entityId;
  const anaphor = anaphorIn(clues, window);
  if (!anaphor) return undefined;
  return findAntecedent(clues.text, clues.people, clues.tokens, before, clues.resources, anaphor.countryId) ?? undefined;
}

/** A pronoun, or a role noun not preceded by an indefinite article, in the window; with the country an adjective before it names. */
function anaphorIn(clues: Clues, window: TokenSpan): { countryId: string | null } | null {
  const words = clues.tokens.slice(window.first, window.last + 1);
  if (words.some((t) => PRONOUNS.has(t.text.toLowerCase()))) return { countryId: null };
  const title = clues.titles.find((t) => within(t, window));
  if (!title || INDEFINITE.has(clues.tokens[title.first - 1]?.text.toLowerCase() ?? "")) return null;
  const adjective = clues.adjectives.find((a) => a.last === title.first - 1);
  return { countryId: adjective?.value ?? null };
}
