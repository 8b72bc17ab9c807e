import { z } from "zod";

const words = z.array(z.string().trim().min(1));
const perLanguage = z.object({ ru: words, en: words });
const mapPerLanguage = <T extends z.ZodTypeAny>(value: T) => z.object({ ru: z.record(value), en: z.record(value) });

/**
 * The extraction lexicons in seed/lexicon (everything there except offices.json, which the
 * gazetteer owns), one schema per file, keyed by the file's base name. Words are dictionary forms
 * unless a file says otherwise; the pipeline lemmatises the text, not the lexicon.
 */
export const lexiconFileSchemas = {
  "speech-verbs": perLanguage,
  "event-triggers": z.object({
    SUMMIT: perLanguage,
    NEGOTIATION: perLanguage,
    MEETING: perLanguage,
    VISIT: perLanguage,
    AGREEMENT: perLanguage,
    MILITARY_CONFLICT: perLanguage,
    ELECTION: perLanguage,
    STATEMENT: perLanguage,
    OTHER: perLanguage,
  }),
  debris: z.object({ lines: words, trailers: words }),
  "person-titles": perLanguage,
  cues: z.object({
    between: perLanguage,
    mediator: perLanguage,
    host: perLanguage,
    locative: perLanguage,
    placeNouns: perLanguage,
    speakingAt: perLanguage,
    clauseBreaks: z.object({ ru: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
    groupAnaphora: perLanguage,
    hypothetical: perLanguage,
    idiomObjects: perLanguage,
    calledOff: perLanguage,
    stayedAway: perLanguage,
    quotedObject: perLanguage,
    nonNames: perLanguage,
    roleModifiers: perLanguage,
    definiteRoleAdjectives: perLanguage,
    framing: perLanguage,
    sourceAfter: perLanguage,
    destination: perLanguage,
    reportedAbove: perLanguage,
    soCalled: perLanguage,
    unnamedSource: perLanguage,
    statementOccasion: perLanguage,
    saidAfter: perLanguage,
  }),
  /** Words that make a run of capitalised words a name no list contains (find-english-names.ts). */
  names: z.object({
    organizationHeads: z.object({ en: words }),
    stateBodyHeads: z.object({ en: words }),
    chineseSurnames: words,
    nameParticles: words,
    russianNameParticles: z.record(z.string(), z.string()),
    quotedNameHeads: z.object({ outlets: words, others: words }),
    countriesWithArticle: words,
    platforms: words,
    organizationConnectors: words,
    facilityNouns: z.object({ en: words }),
    organizationNouns: z.object({ en: words }),
  }),
  /** Whose names put the family name first: people with an alias in these languages or an office of these countries. */
  "name-order": z.object({ familyNameFirst: z.object({ languages: words, countries: words }) }),
  dates: z.object({
    seasons: mapPerLanguage(z.enum(["spring", "summer", "autumn", "winter"])),
    decadeParts: mapPerLanguage(z.enum(["early", "mid", "late"])),
    deictic: perLanguage,
    dayAnaphora: mapPerLanguage(z.number().int()),
    yearAnaphora: perLanguage,
    relativeClauses: perLanguage,
    yearShifts: mapPerLanguage(z.number().int()),
    monthShifts: mapPerLanguage(z.number().int()),
  }),
} as const;

/**
 * seed/lexicon/government-bodies.json: bodies of a state named by their function, with the forms
 * that name them in each language and, per country id, a name the body has there instead.
 */
export const governmentBodiesSchema = z.array(
  z
    .object({
      name: z.string().trim().min(1),
      ru: words,
      en: words,
      namesByCountry: z.record(z.string().trim().min(1)).default({}),
      ownCountryWhenUnbound: z.boolean().default(false),
    })
    .strict(),
);
