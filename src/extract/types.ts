import type { EnglishNameIndex } from "./english-spelling.js";
import type { LatinNameIndex } from "./respell-foreign-name.js";
import type { SlovnetModel } from "./ner/slovnet-model.js";
import type { z } from "zod";
import type {
  articleFactsSchema,
  articleMetaSchema,
  entitySchema,
  eventDateSchema,
  eventSchema,
  mentionSchema,
  statementSchema,
} from "./article-facts-schema.js";

/**
 * The public types of the extraction phase: what goes in (`ArticleInput`), what comes out
 * (`ArticleFacts`, docs/CONTRACTS.md contract 1) and what the pure stages are given
 * (`ExtractionResources`, loaded once by src/resources/load-resources.ts).
 */

/** The closed set of entity types (docs/CONTRACTS.md), as values for validators and generators. */
export const entityTypes = ["PERSON", "COUNTRY", "CITY", "REGION", "ORGANIZATION"] as const;
export type EntityType = (typeof entityTypes)[number];

/** The closed set of event types (docs/CONTRACTS.md), as values for validators and generators. */
export const eventTypes = [
  "SUMMIT",
  "NEGOTIATION",
  "MEETING",
  "VISIT",
  "AGREEMENT",
  "MILITARY_CONFLICT",
  "ELECTION",
  "STATEMENT",
  "OTHER",
] as const;
export type EventType = (typeof eventTypes)[number];

/** How an entity takes part in an event. */
export type ParticipantRole = EventParticipant["role"];

/** How precise a resolved date is; `from`/`to` give the interval the words allow. */
export type DatePrecision = EventDate["precision"];

/** The languages the pipeline has lexicons and rules for. */
export type Language = "ru" | "en";

/** One article as given to `extractArticle`; only `text` is required. */
export interface ArticleInput {
  id?: string | null;
  url?: string | null;
  source?: string | null;
  title?: string | null;
  language?: string | null;
  /** ISO date (YYYY-MM-DD) or date-time; relative dates resolve against it. */
  publishedAt?: string | null;
  text: string;
}

/** One occurrence of an entity: offsets into the ORIGINAL article text (end exclusive). */
export type Mention = z.infer<typeof mentionSchema>;
/** A linked entity with every mention of it in the article. */
export type Entity = z.infer<typeof entitySchema>;
/** A quotation and its speaker; null speaker for an unnamed source. */
export type Statement = z.infer<typeof statementSchema>;
/** An event participant and its role. */
export type EventParticipant = Event["participants"][number];
/** A resolved (or, without publishedAt, unresolved) date expression. */
export type EventDate = z.infer<typeof eventDateSchema>;
/** Where in the text an event is told: a sentence span. */
export type Evidence = Event["evidence"][number];
/** An event told by the article. */
export type Event = z.infer<typeof eventSchema>;
/** The article's own fields as echoed in the output. */
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
/** Contract 1 (docs/CONTRACTS.md), plus `warnings` for what the pipeline had to guess or skip. */
export type ArticleFacts = z.infer<typeof articleFactsSchema>;

/** What the morphology library says about one word form. */
export interface WordAnalysis {
  /** Lower-cased (ё→е) surface and every dictionary form the analyser proposes, best first. */
  lemmas: readonly string[];
  /** Part of speech of the most likely parse ("NOUN", "VERB", …), null when unknown. */
  pos: string | null;
  /** Grammemes of the most likely parse ("past", "gent", …). */
  grammemes: ReadonlySet<string>;
  /** Proper-name tags found in any parse: "Surn", "Name", "Patr", "Geox", "Orgn". */
  properTags: ReadonlySet<string>;
  /** Dictionary form of the best parse tagged as a personal name (Name, Surn, Patr), if any. */
  nameLemma: string | null;
  /** The grammatical cases any parse allows («представителя»: gent, accs), for agreement with a name beside it. */
  cases: ReadonlySet<string>;
  /** Every parse tagged as a personal name, with its gender and case, for agreement inside a full name. */
  nameParses: readonly NameParse[];
  /** Whether az's dictionary holds the word in any reading; a capitalised word it does not is likely a foreign name. */
  inDictionary: boolean;
}

/** One reading of a word as part of a personal name («Мусина»: Surn, femn, nomn, lemma мусин). */
export interface NameParse {
  tag: "Name" | "Surn" | "Patr";
  lemma: string;
  gender: "masc" | "femn" | null;
  grammaticalCase: string | null;
  /** Read from az's dictionary, not guessed from the word's ending («Дутерте» as a case of «Дутерт» is a guess). */
  inDictionary: boolean;
}

/** Lemmatises a single word (Russian); deterministic and memoised by the loader. */
export type Morphology = (word: string) => WordAnalysis;

/** A gazetteer entity as the pipeline needs it (validated from seed/gazetteer). */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  wikidata: string | null;
  /** Every language's alias forms, in file order. */
  aliases: string[];
  /** Adjective forms ("казахстанский", "Kazakh") by language. */
  adjectives: string[];
  /** The country a city or region lies in; the capital of a country. */
  countryId: string | null;
  capitalId: string | null;
  /** Where a place lies (WGS 84 degrees); null for people and organizations. */
  latitude: number | null;
  longitude: number | null;
  /** ISO 3166-1 alpha-2 code of a country; null otherwise. */
  iso2: string | null;
  offices: ReadonlyArray<{ title: string; of: string; from: string; to: string | null }>;
  /** A person's gender ("m" or "f"), where the gazetteer gives it. */
  gender: "m" | "f" | null;
}

/** One multi-word phrase to match on lemma sequences, with what it stands for. */
export interface PhrasePattern<T> {
  /** Per token, the keys that may match it (lower-cased lemmas). */
  tokens: ReadonlyArray<readonly string[]>;
  /** Surface tokens as written in the data. */
  surface: readonly string[];
  /** Per token, how the data writes it: an acronym or a capitalised word only matches one written so. */
  cases: readonly WordCase[];
  value: T;
}

/** Capitalisation of a data word that matching honours. */
export type WordCase = "acronym" | "capitalised" | "any";

/** What a gazetteer alias stands for: the entity, and whether it is a person's surname on its own. */
export interface AliasTarget {
  id: string;
  surnameOnly: boolean;
}

/** Phrases indexed by every key of their first token. */
export type PhraseIndex<T> = ReadonlyMap<string, ReadonlyArray<PhrasePattern<T>>>;

/** A government body named by its function, as "<name> of <Country>" unless the country calls it otherwise. */
export interface GovernmentBody {
  name: string;
  /** Country id → the body's own name there ("Ministry of External Affairs" for India). */
  namesByCountry: Readonly<Record<string, string>>;
  /**
   * A body every state has one of (a parliament, a constitutional court, an election commission):
   * named without a country («распустил Национальное собрание»), it is the article's country's. A
   * ministry is not: Russian news writes «МИД» for Russia's own.
   */
  ownCountryWhenUnbound: boolean;
}

/** The kinds of phrase in seed/lexicon/cues.json that are matched on lemmas. */
export type CueKind =
  | "between"
  | "mediator"
  | "host"
  | "locative"
  | "placeNouns"
  | "speakingAt"
  | "groupAnaphora"
  | "hypothetical"
  | "idiomObjects"
  | "framing"
  | "sourceAfter"
  | "soCalled"
  | "reportedAbove"
  | "destination"
  | "unnamedSource"
  | "statementOccasion"
  | "saidAfter"
  | "calledOff"
  | "stayedAway"
  | "quotedObject";

/** The lexicons from seed/lexicon, per language, as loaded. */
export interface Lexicon {
  speechVerbs: Record<Language, readonly string[]>;
  eventTriggers: Record<EventType, Record<Language, readonly string[]>>;
  debris: { lines: readonly string[]; trailers: readonly string[] };
  personTitles: Record<Language, readonly string[]>;
  cues: {
    between: Record<Language, readonly string[]>;
    mediator: Record<Language, readonly string[]>;
    host: Record<Language, readonly string[]>;
    locative: Record<Language, readonly string[]>;
    placeNouns: Record<Language, readonly string[]>;
    speakingAt: Record<Language, readonly string[]>;
    clauseBreaks: Record<Language, readonly string[]>;
    groupAnaphora: Record<Language, readonly string[]>;
    /** Words of intent, offer, condition or absence that make a trigger near them no event («намерены подписать», "could host", "without an agreement"). */
    hypothetical: Record<Language, readonly string[]>;
    /** Objects that make a trigger verb an idiom, no event, shortly after it («принял участие», «приняла к сведению»). */
    idiomObjects: Record<Language, readonly string[]>;
    /** Verbs that frame a quoted fragment as someone's words without being speech verbs ("called the deal "…"", «назвал … «…»»). */
    framing: Record<Language, readonly string[]>;
    /** Phrases after which the source of the words is named ("according to X", «по словам X»). */
    sourceAfter: Record<Language, readonly string[]>;
    /** Words before a visit's destination that no locative covers ("a visit to Taiwan"; Russian «в» is locative). */
    destination: Record<Language, readonly string[]>;
    /** Words opening a sentence whose speech verb attributes the sentence before it («Об этом заявил X»). */
    reportedAbove: Record<Language, readonly string[]>;
    /** Words that mark the quotation after them as a scare quote nobody said ("so-called", «так называемый»). */
    soCalled: Record<Language, readonly string[]>;
    /** Words that make a speaker an unnamed source ("a source said", "who asked not to be named", «на условиях анонимности»). */
    unnamedSource: Record<Language, readonly string[]>;
    /** Words naming the occasion of a statement in its attribution ("told reporters", "in a statement", «на брифинге»). */
    statementOccasion: Record<Language, readonly string[]>;
    /** Words placing a statement right after a gathering, whose day it takes ("told reporters after the talks", «после встречи»). */
    saidAfter: Record<Language, readonly string[]>;
    /** Words that make a trigger near them an event not held: cancelled or postponed ("the summit was called off", «переговоры отложили»). */
    calledOff: Record<Language, readonly string[]>;
    /** Words after which the actor named right before them took no part ("Mali boycotted", «Алиев не приехал»). */
    stayedAway: Record<Language, readonly string[]>;
    /** Verbs after which the object is the speaker ("Xinhua quoted him as saying", «агентство процитировало министра»). */
    quotedObject: Record<Language, readonly string[]>;
    /** Capitalised words that never start or continue a person's name ("The", «Он»). */
    nonNames: Record<Language, readonly string[]>;
    /** Words before an office that make it no longer its holder («заместитель министра», "former president", "acting"). */
    roleModifiers: Record<Language, readonly string[]>;
    /**
     * Adjectives that leave a Russian role noun pointing back to a person named before («новый
     * президент», «официальный представитель»), unlike those of an unnamed source («западный дипломат»).
     */
    definiteRoleAdjectives: Record<Language, readonly string[]>;
  };
  /** Words that make a run of capitalised words a name no list contains. */
  names: {
    /** Words that make a capitalised run an organisation ("Party", "University"). */
    organizationHeads: { en: readonly string[] };
    /** Heads of a state's own bodies ("Commission", "Court"): "the Constitutional Court" is the article's country's. */
    stateBodyHeads: { en: readonly string[] };
    /** Chinese family names as Russian writes them (Palladius): «Ли Цян» is spelt back in pinyin, Li Qiang. */
    chineseSurnames: readonly string[];
    /** Lower-case words inside a person's name ("al", "bin", "de", "van"). */
    nameParticles: readonly string[];
    /**
     * The same in Russian, with the spelling English news gives them: Arabic «аль-», «ас-», «аш-»…
     * are all "al-" ("Majed al-Ansari", «Эззельдин ас-Сафи» Ezzeldin al-Safi), «бин» "bin".
     */
    russianNameParticles: Readonly<Record<string, string>>;
    /**
     * Russian nouns that introduce an organisation's name in quotation marks: outlets («агентство
     * «Полушарие»») with any name, other organisations («партия «Чега»») with a one-word or
     * acronym name, the only kind whose English name is its transliteration.
     */
    quotedNameHeads: { outlets: readonly string[]; others: readonly string[] };
    /** Ids of countries English names with "the" after "of" ("Armed Forces of the Philippines"). */
    countriesWithArticle: readonly string[];
    /** Ids of platforms others publish on (X, Facebook, Telegram): where words were said, never who said them. */
    platforms: readonly string[];
    /** Lower-case words inside an organisation's name ("of", "for", "the"). */
    organizationConnectors: readonly string[];
    /** Lower-case nouns after a name that make it an organisation ("the Fano militia", "Kompas newspaper"). */
    organizationNouns: { en: readonly string[] };
    /** Lower-case nouns after a name that make it a place or facility ("Toussaint Louverture airport"). */
    facilityNouns: { en: readonly string[] };
  };
  /** Whose names put the family name first ("Xi Jinping": surname "Xi"). */
  nameOrder: { familyNameFirst: { languages: readonly string[]; countries: readonly string[] } };
  dates: {
    seasons: Record<Language, Record<string, "spring" | "summer" | "autumn" | "winter">>;
    decadeParts: Record<Language, Record<string, "early" | "mid" | "late">>;
    /** Words that anchor a relative date to the publication day ("last month", «в прошлом месяце»); offsets without them ("a year after") are no dates. */
    deictic: Record<Language, readonly string[]>;
    /** Phrases naming a day relative to the day told just before («накануне» −1, "the same day" 0), with their shift in days. */
    dayAnaphora: Record<Language, Record<string, number>>;
    /** Phrases giving a month the year told just before («в июне того же года», "in June of that year"). */
    yearAnaphora: Record<Language, readonly string[]>;
    /** Words opening a relative clause about the time or place just told («с 2012 года, когда…», «прилетел в Анкару, где…»): it shares that clause's date. */
    relativeClauses: Record<Language, readonly string[]>;
    /** Phrases after a month or day that place it in a year relative to publication ("November 2 last year" −1, «в июле следующего года» +1). */
    yearShifts: Record<Language, Record<string, number>>;
    /** Words before a month that place it relative to publication ("last July": the one before this month, "next March"). */
    monthShifts: Record<Language, Record<string, number>>;
  };
}

/** Everything the pure stages need, loaded once. */
export interface ExtractionResources {
  entities: ReadonlyMap<string, KnownEntity>;
  /** Gazetteer aliases as phrases → entity. */
  aliasIndex: PhraseIndex<AliasTarget>;
  /** Country adjectives ("казахстанский", "Armenian") → country id. */
  adjectiveIndex: PhraseIndex<string>;
  /** Office titles (from seed/lexicon/offices.json) → office title key. */
  officeIndex: PhraseIndex<string>;
  /** Government bodies named by function (seed/lexicon/government-bodies.json) → the body. */
  bodyIndex: PhraseIndex<GovernmentBody>;
  /** Words that introduce a person: person titles and office titles → the title. */
  titleIndex: PhraseIndex<string>;
  /** Speech verbs («заявить», "said"). */
  speechIndex: PhraseIndex<true>;
  /** Event cue phrases (seed/lexicon/cues.json) → which cue. */
  cueIndex: PhraseIndex<CueKind>;
  /** Event trigger phrases → event type. */
  triggerIndex: PhraseIndex<EventType>;
  lexicon: Lexicon;
  morph: Morphology;
  /** English word lists a name is told apart from (lower-case). */
  englishWords: {
    /** Common words (SCOWL sizes 10–50, which leave proper names out): "Western Tigray" is no one's name. */
    common: ReadonlySet<string>;
    /** Function words: a sentence's capitalised first word that is one ("As", "Under") starts no name. */
    stopwords: ReadonlySet<string>;
    /** First names (compromise's lexicon and the US Census's thousand commonest): "Maria", "Mark" and "Faith" begin names though they are words. */
    givenNames: ReadonlySet<string>;
    /** Capitalised words that are never part of a person's name: days, months, demonyms ("Saturday Sharif"). */
    notNames: ReadonlySet<string>;
  };
  /** Slovnet's Russian NER (src/extract/ner/), for names the gazetteer does not know. */
  nerModel: SlovnetModel;
  /** Latin-script first names and surnames by sound, to spell back foreign names written in Russian. */
  latinNames: LatinNameIndex;
  /** English first names and surnames with how common each is (US Census), to spell back English names written in Russian. */
  englishNames: EnglishNameIndex;
  /** The gazetteer's cities that have no Russian name, by sound, with their ids by English name. */
  soundedCities: { names: LatinNameIndex; idBySpelling: ReadonlyMap<string, string> };
  /** The languages other than English spoken in each country, by ISO 3166-1 alpha-2 code (countries-list). */
  countryLanguages: ReadonlyMap<string, readonly string[]>;
}
