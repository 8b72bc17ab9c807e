import { countries } from "countries-list";

/**
 * The languages of each country other than English (countries-list's ISO 639-1 codes by ISO 3166-1
 * alpha-2 code: EC → es, MZ → pt, RO → ro). English is left out: it is official from Ghana to the
 * Philippines, so it says nothing about how a name from there is spelt.
 */
export function readCountryLanguages(): ReadonlyMap<string, readonly string[]> {
  return new Map(
    Object.entries(countries).map(([code, country]) => [
      code,
      country.languages.filter((language) => language !== "en"),
    ]),
  );
}
