import type { ExtractedFacts } from "./extracted-facts.js";
import type { GoldArticle } from "./gold-schema.js";
import { extractedIdentity, goldIdentity, sameEntity, type EntityIdentity } from "./entity-identity.js";
import { matchOneToOne, type Pairing } from "./match-one-to-one.js";
import { sumCounts, type Counts } from "./rates.js";

/**
 * What an analyst reads in an event beyond the fact that it happened: who took part and where.
 * Counted over the event pairs of `matchEvents`, so a wrong or missing participant or place shows
 * here even though one shared participant was enough to pair the event.
 */
export interface EventDetailCounts {
  /** Gold participants, extracted participants (any role) and those matched one-to-one. */
  readonly participants: Counts;
  /** Gold locations given, extracted locations given, and equal ones. */
  readonly places: Counts;
}

export function matchEventDetails(
  gold: GoldArticle["gold"],
  facts: ExtractedFacts,
  pairing: Pairing,
): EventDetailCounts {
  const perPair = pairing.pairs.map(([g, e]) => {
    const goldEvent = gold.events[g]!;
    const extracted = facts.events[e]!;
    const goldParticipants = goldEvent.participants.map((name) => goldIdentity(name, gold.entities));
    const ids = [...new Set(extracted.participants.map((p) => p.entityId))];
    const extractedParticipants = ids.map((id) => extractedIdentity(id, facts.entities));
    const goldPlace = goldEvent.location === null ? null : goldIdentity(goldEvent.location, gold.entities);
    const extractedPlace = extracted.locationId ? extractedIdentity(extracted.locationId, facts.entities) : null;
    return {
      participants: overlap(goldParticipants, extractedParticipants),
      places: {
        gold: goldPlace ? 1 : 0,
        extracted: extractedPlace ? 1 : 0,
        matched: goldPlace && extractedPlace && sameEntity(goldPlace, extractedPlace) ? 1 : 0,
      },
    };
  });
  return {
    participants: sumCounts(perPair.map((pair) => pair.participants)),
    places: sumCounts(perPair.map((pair) => pair.places)),
  };
}

function overlap(gold: readonly EntityIdentity[], extracted: readonly EntityIdentity[]): Counts {
  const pairs = matchOneToOne(gold.length, extracted.length, (g, e) => sameEntity(gold[g]!, extracted[e]!)).pairs;
  return { gold: gold.length, extracted: extracted.length, matched: pairs.length };
}
