import { matchPhrases } from "./match-phrases.js";
import type { Quote } from "./find-quotes.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources } from "./types.js";

/** A quote with its speaker and the token window where the attribution was read. */
export interface AttributedQuote {
  quote: Quote;
  speakerId: string;
  /** Tokens of the attribution clause (around the speech verb), for finding the event it was said at. */
  window: { first: number; last: number };
}

const WINDOW_TOKENS = 14;
const PRONOUNS = new Set(["он", "она", "he", "she"]);

/**
 * Who said each quote. After the closing mark («…», – заявил Токаев) or before the opening one
 * (Токаев заявил: «…»), within the same sentence and a few words, a speech verb from the lexicon
 * next to a PERSON mention (by name, surname or role) names the speaker. A pronoun («сказал он»),
 * or a quote with no attribution of its own that directly follows an attributed one, continues the
 * previous speaker. Quotes nobody can be found for are left out.
 */
export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  quotes: readonly Quote[],
  mentions: readonly MentionCandidate[],
  resources: ExtractionResources,
): AttributedQuote[] {
  const verbs = matchPhrases(text, tokens, resources.speechIndex);
  const people = mentions.filter((m) => resources.entities.get(m.entityId)?.type === "PERSON" || m.entityId.startsWith("kg:person:"));
  const result: AttributedQuote[] = [];
  for (const quote of quotes) {
    const previous = result[result.length - 1];
    const windows = [after(text, tokens, quote), before(text, tokens, quote)];
    let found: AttributedQuote | null = null;
    for (const window of windows) {
      if (!window || !verbs.some((v) => v.first >= window.first && v.last <= window.last)) continue;
      const speaker = people.find((p) => p.first >= window.first && p.last <= window.last);
      const pronoun = tokens.slice(window.first, window.last + 1).some((t) => PRONOUNS.has(t.text.toLowerCase()));
      const speakerId: string | undefined = speaker?.entityId ?? (pronoun ? previous?.speakerId : undefined);
      if (speakerId) found = { quote, speakerId, window };
      if (found) break;
    }
    if (!found && previous && directlyFollows(text, previous.quote, quote)) found = { quote, speakerId: previous.speakerId, window: previous.window };
    if (found) result.push(found);
  }
  return result;
}

function after(text: string, tokens: readonly Token[], quote: Quote): { first: number; last: number } | null {
  const first = tokens.findIndex((t) => t.start > quote.close);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first < WINDOW_TOKENS && !/[.!?\n]/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  if (/[.!?\n]/.test(text.slice(quote.close + 1, tokens[first]!.start))) return null;
  return { first, last };
}

function before(text: string, tokens: readonly Token[], quote: Quote): { first: number; last: number } | null {
  let last = -1;
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.end < quote.open) { last = i; break; }
  if (last < 0 || /[.!?\n]/.test(text.slice(tokens[last]!.end, quote.open))) return null;
  let first = last;
  while (first > 0 && last - first < WINDOW_TOKENS && !/[.!?\n]/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
  return { first, last };
}

/** The later quote is in the same paragraph as the earlier one or in the paragraph right after it. */
function directlyFollows(text: string, earlier: Quote, later: Quote): boolean {
  const between = text.slice(earlier.close + 1, later.open);
  return (between.match(/\n\s*\n/g) ?? []).length <= 1;
}
