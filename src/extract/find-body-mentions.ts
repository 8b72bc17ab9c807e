import { bindToPlace } from "./bind-to-place.js";
import type { FoundEntity } from "./found-entity.js";
import { longestMatches, matchPhrases } from "./match-phrases.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Token } from "./segment-text.js";
import { slugOf } from "./slug-of.js";
import type { ExtractionResources } from "./types.js";

/**
 * Government bodies named by function and country (seed/lexicon/government-bodies.json): «МИД
 * России», "Brazil's foreign ministry", "the Kazakh foreign ministry", "Ministry of Defence of
 * Russia" → the organisation "<Body> of <Country>" (seed/articles/README.md). The mention spans the
 * body and its country; the country keeps its own mention. A body of no named country ("the
 * ministry") names nothing.
 */
export function findBodyMentions(
  text: string,
  tokens: readonly Token[],
  places: readonly MentionCandidate[],
  resources: ExtractionResources,
): { entities: FoundEntity[]; mentions: MentionCandidate[] } {
  const adjectives = longestMatches(matchPhrases(text, tokens, resources.adjectiveIndex));
  const entities = new Map<string, FoundEntity>();
  const mentions: MentionCandidate[] = [];
  for (const body of longestMatches(matchPhrases(text, tokens, resources.bodyIndex))) {
    const bound = bindToPlace(text, tokens, body, places, adjectives);
    const country = bound && resources.entities.get(bound.of);
    if (!bound || !country || country.type !== "COUNTRY") continue;
    const name = `${body.value.namesByCountry[country.id] ?? body.value.name} of ${country.name}`;
    const entity: FoundEntity = { id: `kg:organization:${slugOf(name)}`, type: "ORGANIZATION", name, aliases: [name] };
    entities.set(entity.id, entity);
    mentions.push({
      first: Math.min(body.first, bound.first),
      last: Math.max(body.last, bound.last),
      entityId: entity.id,
      source: "body",
    });
  }
  return { entities: [...entities.values()], mentions };
}
