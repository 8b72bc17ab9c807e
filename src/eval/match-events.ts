import type { ExtractedEvent, ExtractedFacts } from "./extracted-facts.js";
import type { GoldArticle, GoldEvent } from "./gold-schema.js";
import { datesCompatible } from "./date-interval.js";
import { extractedIdentity, goldIdentity, sameEntity } from "./entity-identity.js";
import { matchOneToOne, type Pairing } from "./match-one-to-one.js";

/**
 * Pairs gold and extracted events: same type, at least one shared participant (gold participant
 * names against extracted participant ids resolved through the extracted entities, compared as
 * in `sameEntity`), and compatible dates (`datesCompatible`). Roles, location and title are not
 * compared: they are reported facts the graph shows, but one shared participant on the right day
 * is what makes two mentions the same event. `anyType` drops the type from the rule: the
 * diagnostic that tells a typing miss from an event not found at all.
 */
export function matchEvents(
  gold: GoldArticle["gold"],
  facts: ExtractedFacts,
  options: { anyType?: boolean } = {},
): Pairing {
  return matchOneToOne(gold.events.length, facts.events.length, (g, e) =>
    eventsMatch(gold.events[g]!, facts.events[e]!, gold, facts, options.anyType ?? false),
  );
}

function eventsMatch(
  gold: GoldEvent,
  extracted: ExtractedEvent,
  goldFacts: GoldArticle["gold"],
  facts: ExtractedFacts,
  anyType: boolean,
): boolean {
  if (!anyType && gold.type !== extracted.type) return false;
  if (!datesCompatible(gold.date, extracted.date)) return false;
  const goldParticipants = gold.participants.map((name) => goldIdentity(name, goldFacts.entities));
  return extracted.participants.some((participant) => {
    const identity = extractedIdentity(participant.entityId, facts.entities);
    return goldParticipants.some((candidate) => sameEntity(candidate, identity));
  });
}
