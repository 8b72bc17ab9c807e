import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  gazetteerEntrySchema,
  officeLexiconEntrySchema,
  type GazetteerEntityType,
  type GazetteerEntry,
} from "../../../src/resources/gazetteer-schema.js";

const seedDir = new URL("../../../seed/", import.meta.url);
const gazetteerFiles = ["countries", "cities", "regions", "organizations", "people"] as const;
const expectedType: Record<(typeof gazetteerFiles)[number], GazetteerEntityType> = {
  countries: "COUNTRY",
  cities: "CITY",
  regions: "REGION",
  organizations: "ORGANIZATION",
  people: "PERSON",
};

const homographSchema = z.object({ alias: z.string(), lang: z.string(), reason: z.string().min(1) }).strict();

const knownAmbiguitySchema = z
  .object({ alias: z.string(), type: z.string(), ids: z.array(z.string()).min(2), reason: z.string().min(1) })
  .strict();

function readSeed(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, seedDir), "utf8"));
}

function loadEntries(file: (typeof gazetteerFiles)[number]): GazetteerEntry[] {
  return z.array(gazetteerEntrySchema).parse(readSeed(`gazetteer/${file}.json`));
}

/** The key under which the extractor would look an alias up: case and ё/е do not distinguish names. */
function aliasKey(alias: string): string {
  return alias.normalize("NFC").toLocaleLowerCase("ru").replaceAll("ё", "е").replace(/\s+/g, " ").trim();
}

const byFile = Object.fromEntries(gazetteerFiles.map((file) => [file, loadEntries(file)])) as Record<
  (typeof gazetteerFiles)[number],
  GazetteerEntry[]
>;
const entries = gazetteerFiles.flatMap((file) => byFile[file]);
const byId = new Map(entries.map((entry) => [entry.id, entry]));
const offices = z.array(officeLexiconEntrySchema).parse(readSeed("lexicon/offices.json"));
const knownAmbiguities = z.array(knownAmbiguitySchema).parse(readSeed("gazetteer/known-ambiguities.json"));
const homographs = z.array(homographSchema).parse(readSeed("gazetteer/homographs.json"));

/** Who held `title` of `of` on `date` (ISO), as the extractor resolves «президент Казахстана». */
function holders(title: string, of: string, date: string): string[] {
  return entries
    .filter((entry) =>
      entry.offices?.some((t) => t.title === title && t.of === of && t.from <= date && (t.to === null || date < t.to)),
    )
    .map((entry) => entry.name);
}

describe("gazetteerEntrySchema", () => {
  const city = {
    id: "kg:city:shusha",
    type: "CITY",
    name: "Shusha",
    wikidata: null,
    aliases: { en: ["Shusha"] },
    lat: 39.76,
    lon: 46.75,
    countryId: "Q227",
  };

  it("accepts a well-formed city", () => {
    expect(gazetteerEntrySchema.safeParse(city).success).toBe(true);
  });

  it.each([
    ["a key of another type", { ...city, offices: [] }],
    ["an unknown key", { ...city, population: 4000 }],
    ["an id that differs from its QID", { ...city, wikidata: "Q1" }],
    ["a kg: id of another type", { ...city, id: "kg:region:shusha" }],
    ["a place without coordinates", { ...city, lat: undefined }],
    ["a city without countryId", { ...city, countryId: undefined }],
    ["English aliases that do not start with the name", { ...city, aliases: { en: ["Shushi", "Shusha"] } }],
  ])("rejects %s", (_label, entry) => {
    expect(gazetteerEntrySchema.safeParse(entry).success).toBe(false);
  });

  it("rejects an office term that ends before it starts", () => {
    const person = { id: "kg:person:x-y", type: "PERSON", name: "X Y", wikidata: null, aliases: { en: ["X Y"] } };
    const offices = [{ title: "president", of: "Q232", from: "2020-01-01", to: "2019-01-01" }];
    expect(gazetteerEntrySchema.safeParse({ ...person, offices }).success).toBe(false);
  });
});

describe("gazetteer files", () => {
  it.each(gazetteerFiles)("%s.json holds only entries of its own type", (file) => {
    expect(byFile[file].filter((entry) => entry.type !== expectedType[file]).map((entry) => entry.id)).toEqual([]);
  });

  it.each(gazetteerFiles)("%s.json is sorted by name, then id, so diffs stay small", (file) => {
    const order = byFile[file].map((entry) => `${entry.name}\u0000${entry.id}`);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("uses every id once across all files", () => {
    const seen = new Set<string>();
    const duplicates = entries.filter((entry) => seen.size === seen.add(entry.id).size).map((entry) => entry.id);
    expect(duplicates).toEqual([]);
  });

  it("points every capitalId at a city", () => {
    const broken = byFile.countries.filter((c) => c.capitalId !== undefined && byId.get(c.capitalId)?.type !== "CITY");
    expect(broken.map((c) => `${c.id} → ${c.capitalId}`)).toEqual([]);
  });

  it("points every countryId at a country", () => {
    const broken = [...byFile.cities, ...byFile.regions].filter(
      (p) => p.countryId != null && byId.get(p.countryId)?.type !== "COUNTRY",
    );
    expect(broken.map((p) => `${p.id} → ${p.countryId}`)).toEqual([]);
  });

  it("points every office at a country or organization and a title of the office lexicon", () => {
    const titles = new Set(offices.map((office) => office.title));
    const broken = byFile.people.flatMap((person) =>
      (person.offices ?? [])
        .filter(
          (term) => !titles.has(term.title) || !["COUNTRY", "ORGANIZATION"].includes(byId.get(term.of)?.type ?? ""),
        )
        .map((term) => `${person.name}: ${term.title} of ${term.of}`),
    );
    expect(broken).toEqual([]);
  });

  it("never has two people holding the same office of the same body at once", () => {
    const terms = byFile.people.flatMap((person) =>
      (person.offices ?? []).map((term) => ({ ...term, who: person.name })),
    );
    const overlaps = terms.flatMap((a, i) =>
      terms
        .slice(i + 1)
        .filter((b) => a.who !== b.who && a.title === b.title && a.of === b.of)
        .filter((b) => a.from < (b.to ?? "9999-12-31") && b.from < (a.to ?? "9999-12-31"))
        .map((b) => `${a.title} of ${a.of}: ${a.who} (${a.from}..${a.to}) and ${b.who} (${b.from}..${b.to})`),
    );
    expect(overlaps).toEqual([]);
  });

  it("maps no alias to two entities of the same type unless it is a listed ambiguity", () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of entries) {
      for (const alias of Object.values(entry.aliases).flat()) {
        const key = `${entry.type} ${aliasKey(alias)}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
      }
    }
    const clashes = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([key, ids]) => `${key}: ${[...ids].sort().join(", ")}`);
    const listed = knownAmbiguities.map((a) => `${a.type} ${aliasKey(a.alias)}: ${[...a.ids].sort().join(", ")}`);
    expect(clashes.sort()).toEqual(listed.sort());
  });
});

describe("homographs", () => {
  it("lists only aliases the gazetteer really has, in the language given", () => {
    const has = (alias: string, lang: string) => entries.some((entry) => entry.aliases[lang]?.includes(alias));
    expect(homographs.filter((h) => !has(h.alias, h.lang)).map((h) => `${h.lang}: ${h.alias}`)).toEqual([]);
  });
});

describe("office lexicon", () => {
  it("defines each title once", () => {
    const titles = offices.map((office) => office.title);
    expect(titles).toEqual([...new Set(titles)]);
  });

  it("names each office form under one title only, so a phrase resolves to one office", () => {
    const owner = new Map<string, string[]>();
    for (const office of offices) {
      for (const form of Object.entries(office)
        .filter(([key]) => key !== "title")
        .flatMap(([, forms]) => forms as string[])) {
        owner.set(aliasKey(form), [...(owner.get(aliasKey(form)) ?? []), office.title]);
      }
    }
    expect([...owner].filter(([, titles]) => titles.length > 1)).toEqual([]);
  });
});

describe("coverage of the reference article", () => {
  const gold = z
    .object({
      gold: z
        .object({ entities: z.array(z.object({ name: z.string(), type: z.string() }).passthrough()) })
        .passthrough(),
    })
    .passthrough()
    .parse(readSeed("articles/seed-ru-001.json"));

  it("has an entry for every gold entity, by English name and type, but the government bodies a rule names", () => {
    const known = new Set(entries.map((entry) => `${entry.type} ${entry.name}`));
    const bodies = z
      .array(z.object({ name: z.string() }).passthrough())
      .parse(readSeed("lexicon/government-bodies.json"));
    const byRule = (name: string) => bodies.some((body) => name.startsWith(`${body.name} of `));
    const missing = gold.gold.entities.filter(
      (e) => !known.has(`${e.type} ${e.name}`) && !(e.type === "ORGANIZATION" && byRule(e.name)),
    );
    expect(missing.map((e) => `${e.type} ${e.name}`)).toEqual([]);
  });

  it("resolves the offices the article's date (2024) needs to the right people", () => {
    expect(holders("president", "Q232", "2024-07-06")).toEqual(["Kassym-Jomart Tokayev"]);
    expect(holders("foreign minister", "Q399", "2024-05-10")).toEqual(["Ararat Mirzoyan"]);
    expect(holders("foreign minister", "Q227", "2024-05-10")).toEqual(["Jeyhun Bayramov"]);
  });
});
