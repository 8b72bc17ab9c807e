import { createHash } from "node:crypto";
import type { EntityType, KnownEntity } from "../extract/types.js";

/** The gazetteer as the rows `writeReferenceData` unwinds, with a hash that says whether it changed. */
export interface ReferenceDataRows {
  entities: Array<{
    id: string;
    type: EntityType;
    name: string;
    wikidata: string | null;
    aliases: string[];
    /** Places only: where the map draws a city or region, and the country's ISO code to shade it. */
    latitude: number | null;
    longitude: number | null;
    iso2: string | null;
  }>;
  /** City or region → the country it lies in. */
  placements: Array<{ placeId: string; countryId: string }>;
  offices: Array<{ personId: string; polityId: string; title: string; from: string; to: string | null }>;
  /** SHA-256 over the rows, in id order: equal hashes mean nothing to write. */
  hash: string;
}

/**
 * Derives reference rows from the gazetteer entities. Pure and order-independent: entries are sorted
 * by id before hashing, so reloading the same files yields the same hash.
 */
export function referenceDataRows(known: Iterable<KnownEntity>): ReferenceDataRows {
  const sorted = [...known].sort((a, b) => a.id.localeCompare(b.id));
  const entities = sorted.map(({ id, type, name, wikidata, aliases, latitude, longitude, iso2 }) => ({
    id,
    type,
    name,
    wikidata,
    aliases: [...aliases],
    latitude,
    longitude,
    iso2,
  }));
  const placements = sorted
    .filter((entity) => (entity.type === "CITY" || entity.type === "REGION") && entity.countryId)
    .map((entity) => ({ placeId: entity.id, countryId: entity.countryId! }));
  const offices = sorted.flatMap((entity) =>
    entity.offices.map((office) => ({
      personId: entity.id,
      polityId: office.of,
      title: office.title,
      from: office.from,
      to: office.to,
    })),
  );
  const hash = createHash("sha256").update(JSON.stringify({ entities, placements, offices })).digest("hex");
  return { entities, placements, offices, hash };
}
