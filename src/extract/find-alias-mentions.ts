import { longestMatches, matchPhrases } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { AliasTarget, KnownEntity, PhraseIndex } from "./types.js";

/**
 * Gazetteer aliases in the text, matched on lemma sequences (longest match wins; «Нагорного
 * Карабаха» is one mention of Nagorno-Karabakh, not two). A full alias shared by several entities
 * is ambiguous and left out, unless they are a country and its own cities («Кувейт», "Djibouti",
 * "Guatemala"): the country, as news means by the bare name. Matches that are only a person's surname come back with source
 * "surname" and every candidate person, for link-entities to decide.
 */
export function findAliasMentions(
  text: string,
  tokens: readonly Token[],
  index: PhraseIndex<AliasTarget>,
  entities: ReadonlyMap<string, KnownEntity>,
): MentionCandidate[][] {
  const all = matchPhrases(text, tokens, index);
  const groups = new Map<string, { first: number; last: number; targets: AliasTarget[] }>();
  for (const match of all) {
    const key = `${match.first}:${match.last}`;
    const group = groups.get(key) ?? { first: match.first, last: match.last, targets: [] };
    group.targets.push(match.value);
    groups.set(key, group);
  }
  const spans = longestMatches(
    [...groups.values()].map((g) => ({ first: g.first, last: g.last, value: g.targets, pattern: null as never })),
  );
  return spans.flatMap(({ first, last, value }): MentionCandidate[][] => {
    const full = unique(value.filter((t) => !t.surnameOnly).map((t) => t.id));
    const chosen = full.length === 1 ? full[0]! : countryOfItsCities(full, entities);
    if (chosen) return [[{ first, last, entityId: chosen, source: "alias" }]];
    if (full.length > 1) return [];
    return [unique(value.map((t) => t.id)).map((entityId) => ({ first, last, entityId, source: "surname" }))];
  });
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** The country among `ids` when every other id is a city of it, else null. */
function countryOfItsCities(ids: readonly string[], entities: ReadonlyMap<string, KnownEntity>): string | null {
  const countries = ids.filter((id) => entities.get(id)?.type === "COUNTRY");
  if (countries.length !== 1) return null;
  const others = ids.filter((id) => id !== countries[0]);
  return others.every((id) => entities.get(id)?.type === "CITY" && entities.get(id)?.countryId === countries[0])
    ? countries[0]!
    : null;
}
