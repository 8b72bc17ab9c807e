import type { EntityType } from "./types.js";

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
