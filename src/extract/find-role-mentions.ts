import { longestMatches, matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources, KnownEntity } from "./types.js";

/** An office phrase tied to the country or organization it is of. */
export interface RoleMention {
  first: number;
  last: number;
  title: string;
  of: string;
  /** The office holder on the article's date, or null when the gazetteer does not know one. */
  holderId: string | null;
}

/**
 * Office roles: an office title from seed/lexicon/offices.json bound to a country or organization —
 * «президент Казахстана», "President of Kazakhstan", "Kazakhstan's president", "the Armenian foreign
 * minister", "Kazakh President" — resolved to the person whose gazetteer term of that office covers
 * `onDate` (the article's publication date; without one, the current holder).
 */
export function findRoleMentions(
  text: string,
  tokens: readonly Token[],
  places: readonly MentionCandidate[],
  resources: ExtractionResources,
  onDate: string | null,
): RoleMention[] {
  const offices = longestMatches(matchPhrases(text, tokens, resources.officeIndex));
  const adjectives = longestMatches(matchPhrases(text, tokens, resources.adjectiveIndex));
  const roles: RoleMention[] = [];
  for (const office of offices) {
    // A plural title («главами МИД Азербайджана и Армении») names a group, not one holder.
    if (tokens[office.first]!.analysis.grammemes.has("plur")) continue;
    const bound = boundEntity(text, tokens, office, places, adjectives);
    if (!bound) continue;
    const holder = holderOf(resources.entities, office.value, bound.of, onDate);
    roles.push({ first: Math.min(office.first, bound.first), last: Math.max(office.last, bound.last), title: office.value, of: bound.of, holderId: holder });
  }
  return roles;
}

function boundEntity(
  text: string,
  tokens: readonly Token[],
  office: PhraseMatch<string>,
  places: readonly MentionCandidate[],
  adjectives: readonly PhraseMatch<string>[],
): { first: number; last: number; of: string } | null {
  const after = places.find((p) => p.first === office.last + 1 || (p.first === office.last + 2 && isOf(tokens[office.last + 1]) && p.first > 0));
  if (after && sameSentence(tokens, office.first, after.last)) return { first: after.first, last: after.last, of: after.entityId };
  const before = adjectives.find((a) => a.last === office.first - 1) ?? places.find((p) => p.last === office.first - 1 && isPossessive(text, tokens[p.last]!));
  if (!before) return null;
  const of = "entityId" in before ? before.entityId : before.value;
  return sameSentence(tokens, before.first, office.last) ? { first: before.first, last: before.last, of } : null;
}

function isOf(token: Token | undefined): boolean {
  return token?.text.toLowerCase() === "of";
}

function isPossessive(text: string, token: Token): boolean {
  return /[’']s$/.test(token.text) || text[token.end] === "'";
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[a]?.sentence === tokens[b]?.sentence;
}

/** The person holding `title` of `of` on `onDate` (YYYY-MM-DD), or the current holder without a date. */
export function holderOf(entities: ReadonlyMap<string, KnownEntity>, title: string, of: string, onDate: string | null): string | null {
  for (const entity of entities.values()) {
    for (const term of entity.offices) {
      if (term.title !== title || term.of !== of) continue;
      const covers = onDate ? term.from <= onDate && (term.to === null || onDate <= term.to) : term.to === null;
      if (covers) return entity.id;
    }
  }
  return null;
}
