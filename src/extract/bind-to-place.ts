import type { PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources, KnownEntity } from "./types.js";

/** The country or organisation an office or a government body phrase is of, with the tokens naming it. */
export interface BoundPlace {
  first: number;
  last: number;
  of: string;
}

/**
 * What an office or body phrase is of: a place right after it («президент Казахстана», «МИД
 * России», "President of Kazakhstan", "Ministry of Defence of Russia"), else an adjective or a
 * possessive right before it ("Kazakh President", "the Kazakh foreign ministry", "Brazil's foreign
 * ministry", «индонезийский МИД») or, for an office (`placeBefore`), in English, a place written
 * before it ("the U.S. president"; "the U.S. Federal Aviation Administration" keeps its own name),
 * in the same sentence; null when it is of nothing named.
 */
export function bindToPlace(
  text: string,
  tokens: readonly Token[],
  phrase: { first: number; last: number },
  places: readonly MentionCandidate[],
  adjectives: readonly PhraseMatch<string>[],
  placeBefore = false,
): BoundPlace | null {
  const after = places.find(
    (p) => p.first === phrase.last + 1 || (p.first === phrase.last + 2 && isOf(tokens[phrase.last + 1]) && p.first > 0),
  );
  if (after && sameSentence(tokens, phrase.first, after.last))
    return { first: after.first, last: after.last, of: after.entityId };
  const before =
    adjectives.find((a) => a.last === phrase.first - 1) ??
    places.find(
      (p) =>
        p.last === phrase.first - 1 &&
        (isPossessive(text, tokens[p.last]!) || (placeBefore && isLatin(tokens[p.last]!))),
    );
  if (!before) return null;
  const of = "entityId" in before ? before.entityId : before.value;
  return sameSentence(tokens, before.first, phrase.last) ? { first: before.first, last: before.last, of } : null;
}

function isOf(token: Token | undefined): boolean {
  return token?.text.toLowerCase() === "of";
}

/** English names a country before an office without a possessive: "the U.S. president", "Kenya President". */
function isLatin(token: Token): boolean {
  return /^\p{Script=Latin}/u.test(token.text);
}

function isPossessive(text: string, token: Token): boolean {
  return /[’']s$/.test(token.text) || text[token.end] === "'";
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[a]?.sentence === tokens[b]?.sentence;
}

/** The country the article names most often (the first named on a tie): whose body "the Constitutional Court" is. */
export function mostMentionedCountry(
  places: readonly MentionCandidate[],
  resources: ExtractionResources,
): KnownEntity | null {
  const counts = new Map<string, number>();
  for (const place of places)
    if (resources.entities.get(place.entityId)?.type === "COUNTRY")
      counts.set(place.entityId, (counts.get(place.entityId) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? resources.entities.get(top[0])! : null;
}
