import { z } from "zod";
import { entityTypes } from "../extract/types.js";

/** Entity types the gazetteer knows; the same closed set as ArticleFacts entities (see docs/CONTRACTS.md). */
export const gazetteerEntityTypeSchema = z.enum(entityTypes);

/** One of the gazetteer's entity types. */
export type GazetteerEntityType = z.infer<typeof gazetteerEntityTypeSchema>;

const qid = z.string().regex(/^Q[1-9][0-9]*$/, "a Wikidata QID such as Q232");
const entityId = z
  .string()
  .regex(
    /^(Q[1-9][0-9]*|kg:(person|country|city|region|organization):[a-z0-9]+(-[a-z0-9]+)*)$/,
    "a QID or kg:<type>:<slug>",
  );
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date YYYY-MM-DD");
const nonEmptyText = z.string().trim().min(1);

/**
 * Words in several languages, keyed by ISO 639-1 code ("en", "ru", "kk", "az", "hy", "tr", …).
 * Only dictionary (nominative) forms: the extractor lemmatises inflected Russian itself.
 */
export const languageFormsSchema = z.record(
  z.string().regex(/^[a-z]{2}$/, "an ISO 639-1 code"),
  z.array(nonEmptyText).min(1),
);

/**
 * A term of office: `title` is one of the titles in seed/lexicon/offices.json, `of` the id of
 * the country or organization, `from`/`to` ISO dates (`to` is null while the term is current).
 */
export const officeTermSchema = z
  .object({ title: nonEmptyText, of: entityId, from: isoDate, to: isoDate.nullable() })
  .strict()
  .refine((term) => term.to === null || term.from <= term.to, { message: "an office term ends before it starts" });

/** A term of office held by a person. */
export type OfficeTerm = z.infer<typeof officeTermSchema>;

const placeTypes: ReadonlySet<GazetteerEntityType> = new Set(["COUNTRY", "CITY", "REGION"]);

/**
 * One gazetteer entry (a line of seed/gazetteer/*.json). Keys that only make sense for some
 * types are rejected on the others, so a misplaced key fails validation instead of being
 * silently ignored: places carry coordinates; countries carry ISO codes and a capital; cities and
 * regions carry the country they lie in (null only for a region whose sovereignty is disputed
 * between states, such as Kashmir); people carry offices and gender.
 */
export const gazetteerEntrySchema = z
  .object({
    id: entityId,
    type: gazetteerEntityTypeSchema,
    name: nonEmptyText,
    wikidata: qid.nullable(),
    aliases: languageFormsSchema,
    adjectives: languageFormsSchema.optional(),
    demonyms: languageFormsSchema.optional(),
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    capitalId: entityId.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    countryId: entityId.nullable().optional(),
    offices: z.array(officeTermSchema).optional(),
    gender: z.enum(["m", "f"]).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (const problem of typeProblems(entry)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

/** A validated gazetteer entry. */
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;

type UncheckedEntry = Omit<GazetteerEntry, "type"> & { type: GazetteerEntityType };

/** The rules that depend on the entry's type, as readable messages (empty when the entry is consistent). */
function typeProblems(entry: UncheckedEntry): string[] {
  const problems: string[] = [];
  const isPlace = placeTypes.has(entry.type);
  const forbid = (key: keyof UncheckedEntry, allowed: boolean, owner: string) => {
    if (!allowed && entry[key] !== undefined) problems.push(`${key} is only for ${owner}`);
  };
  if (entry.wikidata !== null && entry.id !== entry.wikidata)
    problems.push("id must equal the wikidata QID when there is one");
  if (entry.wikidata === null && !entry.id.startsWith(`kg:${entry.type.toLowerCase()}:`))
    problems.push(`id must be kg:${entry.type.toLowerCase()}:<slug> without a QID`);
  if (entry.aliases.en?.[0] !== entry.name) problems.push("aliases.en must start with the name");
  if (isPlace && (entry.lat === undefined || entry.lon === undefined)) problems.push("places need lat and lon");
  if ((entry.type === "CITY" || entry.type === "REGION") && entry.countryId === undefined)
    problems.push("cities and regions need countryId");
  forbid("lat", isPlace, "places");
  forbid("lon", isPlace, "places");
  forbid("adjectives", isPlace, "places");
  forbid("demonyms", isPlace, "places");
  forbid("iso2", entry.type === "COUNTRY", "countries");
  forbid("iso3", entry.type === "COUNTRY", "countries");
  forbid("capitalId", entry.type === "COUNTRY", "countries");
  forbid("countryId", entry.type === "CITY" || entry.type === "REGION", "cities and regions");
  forbid("offices", entry.type === "PERSON", "people");
  forbid("gender", entry.type === "PERSON", "people");
  return problems;
}

/**
 * One office title of the closed vocabulary in seed/lexicon/offices.json: the title used in
 * gazetteer offices, and the dictionary forms that name it in each language.
 */
export const officeLexiconEntrySchema = z
  .object({ title: nonEmptyText, ru: z.array(nonEmptyText).min(1), en: z.array(nonEmptyText).min(1) })
  .catchall(z.array(nonEmptyText));

/** One entry of the office vocabulary. */
export type OfficeLexiconEntry = z.infer<typeof officeLexiconEntrySchema>;
