import { longestMatches, matchPhrases } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import type { AliasTarget, PhraseIndex } from "./types.js";

/**
 * Gazetteer aliases in the text, matched on lemma sequences (longest match wins; «Нагорного
 * Карабаха» is one mention of Nagorno-Karabakh, not two). A full alias shared by several entities
 * is ambiguous and left out. Matches that are only a person's surname come back with source
 * "surname" and every candidate person, for link-entities to decide.
 */
export function findAliasMentions(
  text: string,
  tokens: readonly Token[],
  index: PhraseIndex<AliasTarget>,
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
    if (full.length === 1) return [[{ first, last, entityId: full[0]!, source: "alias" }]];
    if (full.length > 1) return [];
    return [unique(value.map((t) => t.id)).map((entityId) => ({ first, last, entityId, source: "surname" }))];
  });
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
