import type { ExtractedEntity } from "./extracted-facts.js";
import type { GoldEntity } from "./gold-schema.js";
import { extractedQid } from "./entity-identity.js";
import { matchOneToOne, type Pairing } from "./match-one-to-one.js";
import { normalizeName } from "./normalize-name.js";

/**
 * Pairs gold and extracted entities (docs/CONTRACTS.md, "Matching"): on QID when both have one (so a
 * different English spelling of a linked entity still matches, and two different QIDs never do),
 * otherwise on type plus normalised English name (see `normalizeName`).
 */
export function matchEntities(gold: readonly GoldEntity[], extracted: readonly ExtractedEntity[]): Pairing {
  return matchOneToOne(gold.length, extracted.length, (g, e) => entitiesMatch(gold[g]!, extracted[e]!));
}

function entitiesMatch(gold: GoldEntity, extracted: ExtractedEntity): boolean {
  const qid = extractedQid(extracted);
  if (gold.wikidata !== null && qid !== null) return gold.wikidata === qid;
  return gold.type === extracted.type && normalizeName(gold.name) === normalizeName(extracted.name);
}
