import type { ExtractedEntity } from "./extracted-facts.js";
import type { GoldEntity } from "./gold-schema.js";
import { normalizeName } from "./normalize-name.js";

/** What an entity reference (a speaker, an event participant) is compared on. */
export interface EntityIdentity {
  readonly qid: string | null;
  /** The normalised English name, or null when the reference could not be resolved to a name. */
  readonly name: string | null;
}

const QID = /^Q\d+$/;

/**
 * Two references denote the same entity when both have a QID and the QIDs are equal, or —
 * when at least one has no QID — when their normalised names are equal. Entity types are not
 * compared here: a speaker or participant name already picks one annotated entity.
 */
export function sameEntity(a: EntityIdentity, b: EntityIdentity): boolean {
  if (a.qid !== null && b.qid !== null) return a.qid === b.qid;
  return a.name !== null && a.name === b.name;
}

/** A gold reference by canonical name, with the QID of the gold entity of that name if any. */
export function goldIdentity(name: string, entities: readonly GoldEntity[]): EntityIdentity {
  const entity = entities.find((candidate) => candidate.name === name);
  return { qid: entity?.wikidata ?? null, name: normalizeName(name) };
}

/**
 * An extracted reference by entity id, resolved through the extracted entities; an id that no
 * entity carries still counts as a QID when it looks like one. `fallbackName` is used when the
 * id resolves to nothing (a statement carries its speaker's name beside the id).
 */
export function extractedIdentity(
  id: string | null | undefined,
  entities: readonly ExtractedEntity[],
  fallbackName: string | null = null,
): EntityIdentity {
  const entity = id ? entities.find((candidate) => candidate.id === id) : undefined;
  const qid = entity ? extractedQid(entity) : id && QID.test(id) ? id : null;
  const name = entity?.name ?? fallbackName;
  return { qid, name: name ? normalizeName(name) : null };
}

/** An extracted entity's QID: its `wikidata` field, else its id when the id is a QID. */
export function extractedQid(entity: ExtractedEntity): string | null {
  return entity.wikidata ?? (QID.test(entity.id) ? entity.id : null);
}
