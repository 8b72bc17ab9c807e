import { bindToPlace, mostMentionedCountry } from "./bind-to-place.js";
import { bodyName } from "./body-name.js";
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
 * ministry") names nothing, unless every state has one and it is written as a name («распустил
 * Национальное собрание»): it is then the country the article names most.
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
  const mainCountry = mostMentionedCountry(places, resources);
  for (const body of longestMatches(matchPhrases(text, tokens, resources.bodyIndex))) {
    const bound = bindToPlace(text, tokens, body, places, adjectives);
    const country = bound
      ? resources.entities.get(bound.of)
      : body.value.ownCountryWhenUnbound && namedAlone(text, tokens, body)
        ? mainCountry
        : null;
    if (!country || country.type !== "COUNTRY") continue;
    const name = bodyName(
      body.value.namesByCountry[country.id] ?? body.value.name,
      country,
      resources.lexicon.names.countriesWithArticle,
    );
    const entity: FoundEntity = { id: `kg:organization:${slugOf(name)}`, type: "ORGANIZATION", name, aliases: [name] };
    entities.set(entity.id, entity);
    mentions.push({
      first: Math.min(body.first, bound?.first ?? body.first),
      last: Math.max(body.last, bound?.last ?? body.last),
      entityId: entity.id,
      source: "body",
    });
  }
  return { entities: [...entities.values()], mentions };
}

/** Written as a name (capitalised) and followed by no name it could be of («Конституционный суд Кореи» is Korea's, whatever Korea is). */
function namedAlone(text: string, tokens: readonly Token[], body: { first: number; last: number }): boolean {
  const next = tokens[body.last + 1];
  const ofName =
    next !== undefined && /^\s+$/u.test(text.slice(tokens[body.last]!.end, next.start)) && /^\p{Lu}/u.test(next.text);
  return /^\p{Lu}/u.test(tokens[body.first]!.text) && !ofName;
}
