/**
 * A seeded, reproducible synthetic corpus for benchmarks: Russian and English articles of 3–5 KB
 * built from the gazetteer's names, so extraction and ingestion do realistic work. The same seed
 * and count always give the same articles.
 *
 * Calibrated against the annotated corpus (seed/articles: per article about 13 entities, 27
 * mentions, 5 events of 3 participants and 3 statements; the country most named appears in ~45%
 * of the articles). An earlier version made every sentence an event with fresh random names
 * (~26 events and ~70 entities per article, every name equally likely), which benchmarked a
 * workload no newsroom produces: five times the events per article, and no hot entities. Now each
 * article has a small cast (people, countries, a city, an organization) drawn Zipf-like from the
 * gazetteer ranked by prominence (Wikidata QID order, which follows how early and widely an item
 * was documented: Russia Q159, USA Q30, China Q148; people and cities by their country's rank),
 * so big countries recur across articles as in real news and busy entities collect many events.
 * About a third of the sentences report an event or a quote about the cast; the rest are neutral
 * background (economy, history, reactions) that names cast members without an event word, which
 * is what fills most of a real 3–5 KB article. An event sentence keeps its names for the whole
 * article, so a second mention of an event is the same event with the same participants: drawing
 * new names each time made the extractor merge the repeats into events of 8–14 participants (4.6
 * per event against 2.9 in seed/articles; now about 3.4, with 5.8 events per article against 5.1). This is an honest benchmark, not an easier one:
 * the hot entities make the event-matching reads and locks harder than uniform names did.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../src/extract/types.js";
import type { ArticleSource } from "../src/input/read-articles.js";

interface GazetteerName {
  type: string;
  en: string;
  ru: string;
  /** Zipf rank: 0 is the most prominent entry of its type. */
  rank: number;
}

interface GazetteerEntry {
  id?: string;
  type?: string;
  aliases?: Record<string, string[]>;
  countryId?: string;
  offices?: Array<{ of?: string }>;
}

/** A small, fast, seeded PRNG (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The gazetteer's first English and Russian name of every entry, by type, most prominent first:
 * entries with a QID by its number, others (kg: ids) by the QID of the country they belong to
 * (a city's country, the country a person holds office in), then by id.
 */
export function loadNames(seedDir: string): Map<string, GazetteerName[]> {
  const dir = join(seedDir, "gazetteer");
  const entries: GazetteerEntry[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const parsed = JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
    if (Array.isArray(parsed)) entries.push(...(parsed as GazetteerEntry[]));
  }
  const names = new Map<string, Array<GazetteerName & { key: number; id: string }>>();
  for (const entry of entries) {
    const en = entry.aliases?.en?.[0];
    const ru = entry.aliases?.ru?.[0];
    if (!entry.type || !entry.id || !en || !ru) continue;
    const list = names.get(entry.type) ?? [];
    list.push({ type: entry.type, en, ru, rank: 0, key: prominence(entry), id: entry.id });
    names.set(entry.type, list);
  }
  const ranked = new Map<string, GazetteerName[]>();
  for (const [type, list] of names) {
    list.sort((a, b) => a.key - b.key || a.id.localeCompare(b.id));
    ranked.set(
      type,
      list.map(({ type: t, en, ru }, rank) => ({ type: t, en, ru, rank })),
    );
  }
  return ranked;
}

function prominence(entry: GazetteerEntry): number {
  const own = qidNumber(entry.id);
  if (own !== null) return own;
  const country = entry.countryId ?? entry.offices?.find((office) => office.of)?.of;
  return qidNumber(country) ?? Number.MAX_SAFE_INTEGER;
}

function qidNumber(id: string | undefined): number | null {
  const match = /^Q(\d+)$/.exec(id ?? "");
  return match ? Number(match[1]) : null;
}

/** The names one article is about, by gazetteer type: 3 people, 5 countries, 2 cities, 2 organizations. */
type Cast = Record<"PERSON" | "COUNTRY" | "CITY" | "ORGANIZATION", string[]>;
/** What one sentence template fills in. */
type Names = Record<
  "person" | "person2" | "country" | "country2" | "country3" | "city" | "org" | "day" | "month" | "year" | "number",
  string
>;

/** Sentences that report an event or a quote about the cast. */
const eventTemplates = {
  en: [
    (n: Names) =>
      `${n.person} arrived in ${n.city} on ${n.day} for talks with ${n.person2} about relations between ${n.country} and ${n.country2}.`,
    (n: Names) =>
      `"We are ready to continue the dialogue and to deepen our cooperation," ${n.person} said at the summit of the ${n.org}.`,
    (n: Names) =>
      `The summit of the ${n.org} in ${n.city} in ${n.month} brought together the leaders of ${n.country} and ${n.country2}.`,
    (n: Names) => `In ${n.year} ${n.country} and ${n.country3} signed an agreement on trade and transport.`,
    (n: Names) => `${n.person2} visited ${n.city} in ${n.month}.`,
    (n: Names) => `${n.person} met ${n.person2} in ${n.city} on ${n.day}.`,
    (n: Names) => `In ${n.year} fighting broke out on the border between ${n.country} and ${n.country2}.`,
    (n: Names) =>
      `"Our countries will keep working together on transport and energy," ${n.person2} told reporters in ${n.city}.`,
    (n: Names) => `"Nobody wants a new escalation on the border," ${n.person} said after the talks.`,
  ],
  ru: [
    (n: Names) =>
      `${n.person} прибыл в ${n.city} ${n.day} для переговоров с ${n.person2} об отношениях между ${n.country} и ${n.country2}.`,
    (n: Names) =>
      `«Мы готовы продолжать диалог и углублять наше сотрудничество», – заявил ${n.person} на саммите ${n.org}.`,
    (n: Names) => `Саммит ${n.org} в ${n.month} собрал лидеров стран, сообщает пресс-служба.`,
    (n: Names) => `В ${n.year} году ${n.country} и ${n.country3} подписали соглашение о торговле и транспорте.`,
    (n: Names) => `${n.person2} посетил ${n.city} в ${n.month}.`,
    (n: Names) => `${n.person} встретился с ${n.person2} в ${n.city} ${n.day}.`,
    (n: Names) => `В ${n.year} году на границе между ${n.country} и ${n.country2} начались боевые действия.`,
    (n: Names) =>
      `«Наши страны продолжат работать вместе в сфере транспорта и энергетики», – сказал ${n.person2} журналистам в ${n.city}.`,
    (n: Names) => `«Никто не хочет новой эскалации на границе», – заявил ${n.person} после переговоров.`,
  ],
};

/** Background sentences: they name the cast (as real articles do) but report no event. */
const backgroundTemplates = {
  en: [
    (n: Names) => `The economy of ${n.country} grew by ${n.number} percent last year, according to official figures.`,
    (n: Names) => `Trade between ${n.country} and ${n.country2} has doubled over the past decade.`,
    (n: Names) => `${n.city} is home to more than a million people and a large port.`,
    () => `Energy prices remain the main concern for households across the region.`,
    () => `Relations between the two countries have long been complicated by disputes over borders and water.`,
    () => `Analysts expect the new transport corridor to shorten delivery times by several days.`,
    (n: Names) => `${n.country3} is among the largest investors in the region.`,
    (n: Names) => `The ${n.org} was founded to promote economic cooperation among its members.`,
    () => `Local media devoted much of their coverage to the price of bread and fuel.`,
  ],
  ru: [
    (n: Names) => `Экономика страны выросла на ${n.number} процента в прошлом году, по официальным данным.`,
    (n: Names) => `Товарооборот между ${n.country} и ${n.country2} за последние десять лет удвоился.`,
    (n: Names) => `В городе ${n.city} живут более миллиона человек, здесь расположен крупный порт.`,
    () => `Цены на энергоносители остаются главной заботой для домохозяйств региона.`,
    () => `Отношения между двумя странами давно осложнены спорами о границах и воде.`,
    () => `Аналитики ожидают, что новый транспортный коридор сократит сроки доставки на несколько дней.`,
    (n: Names) => `${n.country3} входит в число крупнейших инвесторов в регионе.`,
    (n: Names) => `Организация ${n.org} была создана для развития экономического сотрудничества.`,
    () => `Местные СМИ много писали о ценах на хлеб и топливо.`,
  ],
};

const months = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  ru: [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
  ],
};

/** Share of sentences that report an event: ~5 events in a 3–5 KB article, as in seed/articles. */
const eventSentenceShare = 0.4;
/** Zipf exponent of name choice: with it the most named country is in ~45% of articles, as in seed/articles. */
const zipfExponent = 0.8;

/** Picks an index in [0, size) with probability ∝ 1 / (rank + 1)^s, by inverse CDF. */
function zipfPicker(size: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative.push((total += 1 / (rank + 1) ** zipfExponent));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/**
 * `count` articles, alternating Russian and English at random, each 3–5 KB, with a publication
 * date in 2020–2024 that relative dates resolve against. Ids are `bench-<seed>-<n>`.
 */
export function* generateCorpus(options: { seedDir: string; count: number; seed?: number }): Generator<ArticleInput> {
  const random = seededRandom(options.seed ?? 42);
  const names = loadNames(options.seedDir);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pickers = new Map([...names].map(([type, list]) => [type, zipfPicker(list.length, random)]));
  const castOf = (language: "en" | "ru"): Cast => {
    const distinct = (type: string, count: number): string[] => {
      const list = names.get(type) ?? [{ type, en: type, ru: type, rank: 0 }];
      const chosen = new Set<number>();
      for (let tries = 0; chosen.size < Math.min(count, list.length) && tries < 50; tries++)
        chosen.add(pickers.get(type)?.() ?? 0);
      return [...chosen].map((i) => list[i]![language]);
    };
    return {
      PERSON: distinct("PERSON", 3),
      COUNTRY: distinct("COUNTRY", 5),
      CITY: distinct("CITY", 2),
      ORGANIZATION: distinct("ORGANIZATION", 2),
    };
  };
  /** Names for one sentence: different members of the cast where the sentence needs two or three. */
  const namesOf = (cast: Cast): Omit<Names, "day" | "month" | "year" | "number"> => {
    const shuffled = (list: readonly string[]) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    };
    const [person, person2] = shuffled(cast.PERSON);
    const [country, country2, country3] = shuffled(cast.COUNTRY);
    return {
      person: person!,
      person2: person2 ?? person!,
      country: country!,
      country2: country2 ?? country!,
      country3: country3 ?? country!,
      city: pick(cast.CITY),
      org: pick(cast.ORGANIZATION),
    };
  };
  for (let n = 0; n < options.count; n++) {
    const language = random() < 0.5 ? "ru" : "en";
    const year = 2020 + Math.floor(random() * 5);
    const month = 1 + Math.floor(random() * 12);
    const publishedAt = `${year}-${String(month).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    const target = 3000 + Math.floor(random() * 2000);
    const cast = castOf(language);
    const valuesOf = (): Names => ({
      ...namesOf(cast),
      day: language === "en" ? "Saturday" : "в субботу",
      month: months[language][month - 1]!,
      year: String(year - Math.floor(random() * 10)),
      number: String(1 + Math.floor(random() * 9)),
    });
    // One cast per event sentence for the whole article: a second mention of the same event names
    // the same people and places, as a real article does, instead of piling new ones onto it.
    const eventValues = eventTemplates[language].map(valuesOf);
    const sentences: string[] = [];
    let bytes = 0;
    while (bytes < target) {
      const isEvent = random() < eventSentenceShare;
      const templates = isEvent ? eventTemplates[language] : backgroundTemplates[language];
      const index = Math.floor(random() * templates.length);
      const sentence = templates[index]!(isEvent ? eventValues[index]! : valuesOf());
      sentences.push(sentence);
      bytes += Buffer.byteLength(sentence) + 1;
    }
    const text = sentences.reduce(
      (acc, sentence, i) => acc + (i % 4 === 0 && i > 0 ? "\n\n" : i > 0 ? " " : "") + sentence,
      "",
    );
    yield { id: `bench-${options.seed ?? 42}-${n}`, language, publishedAt, title: sentences[0]!.slice(0, 80), text };
  }
}

/**
 * The corpus as the stream the ingest service reads, from article `from` (default 0) up to
 * `count`: the corpus is the same sequence whatever `count` is, so a graph grows size by size.
 */
export async function* corpusSource(options: {
  seedDir: string;
  count: number;
  seed: number;
  from?: number;
}): AsyncGenerator<ArticleSource> {
  let n = 0;
  for (const article of generateCorpus(options)) {
    if (n >= (options.from ?? 0)) yield { origin: `synthetic:${n}`, article };
    n += 1;
  }
}
