import type { EntityType } from "../extract/types.js";
import type { GoldArticle } from "./gold-schema.js";

/** The coarse classes a name recogniser without linking tells apart (Natasha's PER, LOC, ORG). */
export type NameClass = "PER" | "LOC" | "ORG";

/** One name a system found: its class and the words as written. */
export interface FoundName {
  readonly nameClass: NameClass;
  readonly text: string;
}

const CLASS_OF: Readonly<Record<EntityType, NameClass>> = {
  PERSON: "PER",
  COUNTRY: "LOC",
  CITY: "LOC",
  REGION: "LOC",
  ORGANIZATION: "ORG",
};

/** The class an entity type falls in. */
export function nameClassOf(type: EntityType): NameClass {
  return CLASS_OF[type];
}

const normalize = (text: string) =>
  text
    .normalize("NFC")
    .replace(/ё/g, "е")
    .replace(/[«»"“”„.,:;]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Gold entities and how many were found; distinct names found and how many were right. */
export interface SurfaceCounts {
  readonly gold: number;
  readonly goldFound: number;
  readonly names: number;
  readonly namesRight: number;
}

/**
 * Entity recognition scored on surface forms, so that a recogniser without linking and our
 * extractor are measured alike: a gold entity is found when a found name of its class is one of
 * its surface forms; a distinct found name (class and words) is right when it is a surface form
 * of a gold entity of its class. Recall = goldFound / gold, precision = namesRight / names.
 */
export function scoreSurfaceEntities(gold: GoldArticle["gold"], found: readonly FoundName[]): SurfaceCounts {
  const names = new Set(found.map((name) => `${name.nameClass}:${normalize(name.text)}`));
  const goldKeys = gold.entities.map(
    (entity) => new Set(entity.surface.map((surface) => `${nameClassOf(entity.type)}:${normalize(surface)}`)),
  );
  return {
    gold: gold.entities.length,
    goldFound: goldKeys.filter((keys) => [...keys].some((key) => names.has(key))).length,
    names: names.size,
    namesRight: [...names].filter((key) => goldKeys.some((keys) => keys.has(key))).length,
  };
}
