import type { MentionCandidate } from "./mention-candidate.js";
import type { ExtractionResources } from "./types.js";

/**
 * Where the foreign names of an article are likely at home, as `LatinName.homes` says it: each
 * country the article names (or names a place of), and its languages other than English — an
 * article on Ecuador spells «Гонсалес» as Spanish does.
 */
export function nameHomesOf(places: readonly MentionCandidate[], resources: ExtractionResources): ReadonlySet<string> {
  const homes = new Set<string>();
  for (const place of places) {
    const entity = resources.entities.get(place.entityId);
    const country = entity?.type === "COUNTRY" ? entity : resources.entities.get(entity?.countryId ?? "");
    if (!country?.iso2) continue;
    homes.add(`country:${country.iso2}`);
    for (const language of resources.countryLanguages.get(country.iso2) ?? []) homes.add(`lang:${language}`);
  }
  return homes;
}
