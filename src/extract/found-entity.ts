import type { EntityType, ExtractionResources } from "./types.js";

/**
 * An entity the gazetteer does not know, found in the article by a rule (a person next to a title,
 * a government body of a country, a dateline's outlet): what the output needs to print it.
 */
export interface FoundEntity {
  /** `kg:<type>:<slug of the English name>`. */
  id: string;
  type: EntityType;
  /** The canonical English name. */
  name: string;
  /** The name as written in the article's language, in dictionary form, and the English one. */
  aliases: readonly string[];
}

/** Found entities' ids spell their type (`kg:<type>:<slug>`), so a stage holding only a mention knows it. */
const FOUND_TYPES: Readonly<Record<string, EntityType>> = {
  "kg:person:": "PERSON",
  "kg:organization:": "ORGANIZATION",
};

/** The type of an entity id: the gazetteer's entry, else the type a found entity's id spells. */
export function entityTypeOf(id: string, resources: ExtractionResources): EntityType | undefined {
  const known = resources.entities.get(id)?.type;
  if (known) return known;
  const prefix = Object.keys(FOUND_TYPES).find((p) => id.startsWith(p));
  return prefix ? FOUND_TYPES[prefix] : undefined;
}
