import { ENGLISH_SPELLING, hasSpellingRules, spellingEntry } from "./home-orthography.js";
import type { MentionCandidate } from "./mention-candidate.js";
import { countryHome, languageHome } from "./respell-foreign-name.js";
import type { ExtractionResources } from "./types.js";

/**
 * Where the foreign names of an article are likely at home, as `LatinName.homes` says it: each
 * country the article names (or names a place of), and its languages other than English — an
 * article on Ecuador spells «Гонсалес» as Spanish does. The countries come in the order of how
 * often the article names them, each followed by its languages, so the first is the article's own;
 * `spell:<language>` says which language's rules spell the names no list holds, and `spell:en` that
 * the article's own country speaks English alone, so its names are read as English first.
 */
export function nameHomesOf(places: readonly MentionCandidate[], resources: ExtractionResources): ReadonlySet<string> {
  const mentions = new Map<string, number>();
  for (const place of places) {
    const entity = resources.entities.get(place.entityId);
    const country = entity?.type === "COUNTRY" ? entity : resources.entities.get(entity?.countryId ?? "");
    if (country?.iso2) mentions.set(country.iso2, (mentions.get(country.iso2) ?? 0) + 1);
  }
  const homes = new Set<string>();
  const ranked = [...mentions].sort((a, b) => b[1] - a[1]);
  for (const [iso2] of ranked) {
    homes.add(countryHome(iso2));
    for (const language of resources.countryLanguages.get(iso2) ?? []) homes.add(languageHome(language));
  }
  const spelling = spellingLanguageOf(ranked, resources);
  if (spelling) homes.add(spellingEntry(spelling));
  else if (ranked.length > 0 && resources.countryLanguages.get(ranked[0]![0])?.length === 0)
    homes.add(ENGLISH_SPELLING);
  return homes;
}

/**
 * The language whose rules spell the article's names no list holds (home-orthography.ts): that of
 * the most-named country with such a language, if the article names it at least half as often as
 * its most-named country — Brazil in a story on Bolsonaro that names the United States more, but
 * not Niger in a story on Nigeria.
 */
function spellingLanguageOf(ranked: readonly [string, number][], resources: ExtractionResources): string | null {
  const top = ranked[0]?.[1] ?? 0;
  for (const [iso2, count] of ranked) {
    if (count * 2 < top) break;
    const language = (resources.countryLanguages.get(iso2) ?? []).find(hasSpellingRules);
    if (language) return language;
  }
  return null;
}
