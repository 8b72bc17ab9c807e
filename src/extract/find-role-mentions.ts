import { bindToPlace } from "./bind-to-place.js";
import { longestMatches, matchPhrases, type PhraseMatch } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { ExtractionResources, KnownEntity, PhraseIndex } from "./types.js";

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
  const modifiers = roleModifiers(resources);
  const roles: RoleMention[] = [];
  for (const office of offices) {
    // A plural title («главами МИД Азербайджана и Армении») names a group, not one holder.
    if (tokens[office.first]!.analysis.grammemes.has("plur")) continue;
    const bound = bindToPlace(text, tokens, office, places, adjectives, true);
    if (!bound) continue;
    const holder = isModified(tokens, Math.min(office.first, bound.first), modifiers)
      ? null
      : holderOf(resources.entities, office.value, bound.of, onDate);
    roles.push({
      first: Math.min(office.first, bound.first),
      last: Math.max(office.last, bound.last),
      title: office.value,
      of: bound.of,
      holderId: holder,
    });
  }
  for (const role of rolesAroundAdjective(tokens, adjectives, resources.officeIndex)) {
    if (roles.some((r) => r.first <= role.last && role.first <= r.last)) continue;
    const holder = isModified(tokens, role.first, modifiers)
      ? null
      : holderOf(resources.entities, role.title, role.of, onDate);
    roles.push({ ...role, holderId: holder });
  }
  return roles.sort((a, b) => a.first - b.first);
}

/**
 * A two-word office with a country's adjective inside it («глава японского правительства», «глава
 * российского МИД»): the office of that country.
 */
function rolesAroundAdjective(
  tokens: readonly Token[],
  adjectives: readonly PhraseMatch<string>[],
  offices: PhraseIndex<string>,
): Omit<RoleMention, "holderId">[] {
  return adjectives.flatMap((adjective) => {
    const [head, noun] = [tokens[adjective.first - 1], tokens[adjective.last + 1]];
    if (!head || !noun || head.sentence !== noun.sentence) return [];
    const office = head.analysis.lemmas
      .flatMap((lemma) => offices.get(lemma) ?? [])
      .find((p) => p.tokens.length === 2 && p.tokens[1]!.some((key) => noun.analysis.lemmas.includes(key)));
    return office ? [{ first: head.index, last: noun.index, title: office.value, of: adjective.value }] : [];
  });
}

/** The lemmas of cues.json `roleModifiers` in both languages («заместитель», "former"). */
export function roleModifiers(resources: ExtractionResources): ReadonlySet<string> {
  return new Set([...resources.lexicon.cues.roleModifiers.ru, ...resources.lexicon.cues.roleModifiers.en]);
}

/**
 * Whether a modifier stands right before the role or one word earlier («заместитель министра», «бывшего
 * президента», "former Foreign Minister", "acting president", «экс-премьер»): the role then picks out
 * nobody the gazetteer knows (seed/articles/README.md), though a name beside it still names a person.
 */
export function isModified(tokens: readonly Token[], first: number, modifiers: ReadonlySet<string>): boolean {
  for (const i of [first - 1, first - 2]) {
    const token = tokens[i];
    if (!token || token.sentence !== tokens[first]!.sentence) return false;
    if (token.analysis.lemmas.some((lemma) => modifiers.has(lemma)) || /^(экс|ex)-/iu.test(tokens[first]!.text))
      return true;
  }
  return false;
}

/** The person holding `title` of `of` on `onDate` (YYYY-MM-DD), or the current holder without a date. */
export function holderOf(
  entities: ReadonlyMap<string, KnownEntity>,
  title: string,
  of: string,
  onDate: string | null,
): string | null {
  for (const entity of entities.values()) {
    for (const term of entity.offices) {
      if (term.title !== title || term.of !== of) continue;
      const covers = onDate ? term.from <= onDate && (term.to === null || onDate <= term.to) : term.to === null;
      if (covers) return entity.id;
    }
  }
  return null;
}
