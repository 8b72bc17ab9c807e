/**
 * A seeded, reproducible synthetic corpus for benchmarks: Russian and English articles of 3–5 KB
 * built from the gazetteer's names (people, countries, cities, organizations) and a few sentence
 * templates with event words, dates and quotes, so extraction and ingestion do realistic work.
 * The same seed and count always give the same articles.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../src/extract/types.js";

interface GazetteerName {
  type: string;
  en: string;
  ru: string;
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

/** The gazetteer's first English and Russian name of every entry, by type. */
export function loadNames(seedDir: string): Map<string, GazetteerName[]> {
  const names = new Map<string, GazetteerName[]>();
  const dir = join(seedDir, "gazetteer");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), "utf8")) as Array<{ type?: string; aliases?: Record<string, string[]> }>;
    for (const entry of Array.isArray(entries) ? entries : []) {
      const en = entry.aliases?.en?.[0];
      const ru = entry.aliases?.ru?.[0];
      if (!entry.type || !en || !ru) continue;
      names.set(entry.type, [...(names.get(entry.type) ?? []), { type: entry.type, en, ru }]);
    }
  }
  return names;
}

const templates = {
  en: [
    (n: Names) => `${n.person} arrived in ${n.city} on ${n.day} for talks with ${n.person2} about relations between ${n.country} and ${n.country2}.`,
    (n: Names) => `"We are ready to continue the dialogue and to deepen our cooperation," ${n.person} said at the summit of the ${n.org}.`,
    (n: Names) => `The summit of the ${n.org} in ${n.city} in ${n.month} brought together the leaders of ${n.country} and ${n.country2}.`,
    (n: Names) => `In ${n.year} ${n.country} and ${n.country2} signed an agreement on trade and transport, and ${n.person2} visited ${n.city}.`,
    (n: Names) => `Observers in ${n.country} said the meeting of foreign ministers was the first since ${n.year}.`,
  ],
  ru: [
    (n: Names) => `${n.person} прибыл в ${n.city} ${n.day} для переговоров с ${n.person2} об отношениях между ${n.country} и ${n.country2}.`,
    (n: Names) => `«Мы готовы продолжать диалог и углублять наше сотрудничество», – заявил ${n.person} на саммите ${n.org}.`,
    (n: Names) => `Саммит ${n.org} в ${n.month} собрал лидеров стран, сообщает пресс-служба.`,
    (n: Names) => `В ${n.year} году стороны подписали соглашение о торговле и транспорте, а ${n.person2} посетил ${n.city}.`,
    (n: Names) => `Встреча министров иностранных дел стала первой с ${n.year} года, отметили наблюдатели.`,
  ],
};

type Names = Record<"person" | "person2" | "country" | "country2" | "city" | "org" | "day" | "month" | "year", string>;

const months = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  ru: ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"],
};

/**
 * `count` articles, alternating Russian and English at random, each 3–5 KB, with a publication
 * date in 2020–2024 that relative dates resolve against. Ids are `bench-<seed>-<n>`.
 */
export function* generateCorpus(options: { seedDir: string; count: number; seed?: number }): Generator<ArticleInput> {
  const random = seededRandom(options.seed ?? 42);
  const names = loadNames(options.seedDir);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const of = (type: string) => names.get(type) ?? [{ type, en: type, ru: type }];
  for (let n = 0; n < options.count; n++) {
    const language = random() < 0.5 ? "ru" : "en";
    const year = 2020 + Math.floor(random() * 5);
    const month = 1 + Math.floor(random() * 12);
    const publishedAt = `${year}-${String(month).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    const target = 3000 + Math.floor(random() * 2000);
    const sentences: string[] = [];
    let bytes = 0;
    while (bytes < target) {
      const name = (type: string) => pick(of(type))[language];
      const values: Names = {
        person: name("PERSON"),
        person2: name("PERSON"),
        country: name("COUNTRY"),
        country2: name("COUNTRY"),
        city: name("CITY"),
        org: name("ORGANIZATION"),
        day: language === "en" ? "Saturday" : "в субботу",
        month: months[language][month - 1]!,
        year: String(year - Math.floor(random() * 10)),
      };
      const sentence = pick(templates[language])(values);
      sentences.push(sentence);
      bytes += Buffer.byteLength(sentence) + 1;
    }
    const text = sentences.reduce((acc, sentence, i) => acc + (i % 4 === 0 && i > 0 ? "\n\n" : i > 0 ? " " : "") + sentence, "");
    yield { id: `bench-${options.seed ?? 42}-${n}`, language, publishedAt, title: sentences[0]!.slice(0, 80), text };
  }
}
