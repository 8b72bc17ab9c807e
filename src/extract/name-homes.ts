import type { MentionCandidate } from "./mention-candidate.js";
import type { ExtractionResources } from "./types.js";

/**
 * Where the foreign names of an article are likely at home, as `LatinName.homes` says it: each
 * country the article names (or names a place of), and its languages other than English — an
 * article on Ecuador spells «Гонсалес» as Spanish does. The countries come in the order of how
 * often the article names them, each followed by its languages, so the first is the article's own.
 */
export function nameHomesOf(places: readonly MentionCandidate[], resources: ExtractionResources): ReadonlySet<string> {
  const mentions = new Map<string, number>();
  for (const place of places) {
    const entity = resources.entities.get(place.entityId);
    const country = entity?.type === "COUNTRY" ? entity : resources.entities.get(entity?.countryId ?? "");
    if (country?.iso2) mentions.set(country.iso2, (mentions.get(country.iso2) ?? 0) + 1);
  }
  const homes = new Set<string>();
  for (const [iso2] of [...mentions].sort((a, b) => b[1] - a[1])) {
    homes.add(`country:${iso2}`);
    for (const language of resources.countryLanguages.get(iso2) ?? []) homes.add(`lang:${language}`);
  }
  return homes;
}
