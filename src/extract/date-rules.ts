import type { EventDate, Lexicon, Language } from "./types.js";

/** A date expression found in the text, with its resolved value. */
export interface DateMention {
  start: number;
  end: number;
  date: EventDate;
}

type Season = "spring" | "summer" | "autumn" | "winter";
type DecadePart = "early" | "mid" | "late";

/**
 * Absolute date expressions chrono-node does not cover: bare years («в 2023 году», "in 2023", the
 * second of "in 2016 and 2020", a year before a noun as in "the 2020 war" or "Panama's 2017 memorandum"),
 * seasons of a year («осенью 2020 года», "in autumn 2020") and decades with their parts («с конца
 * 1980-х годов» → 1987-01-01..1989-12-31, "the early 1990s"). Season and decade-part words come from
 * seed/lexicon/dates.json. A decade's early part is its years 0–3, mid 4–6, late 7–9.
 */
export function findRuleDates(text: string, language: Language, words: Lexicon["dates"]): DateMention[] {
  const found: DateMention[] = [];
  const take = (mention: DateMention) => {
    if (!found.some((f) => mention.start < f.end && f.start < mention.end)) found.push(mention);
  };
  for (const m of matchAll(text, seasonPattern(language, words))) {
    const season = words.seasons[language][m.groups!.season!.toLowerCase()]!;
    take(mention(m, seasonDate(Number(m.groups!.year), season, m[0])));
  }
  for (const m of matchAll(text, decadePattern(language, words))) {
    const part = m.groups!.part ? words.decadeParts[language][m.groups!.part.toLowerCase()]! : null;
    take(mention(m, decadeDate(Number(m.groups!.decade), part, m[0])));
  }
  for (const m of matchAll(text, yearPattern(language))) take(mention(m, yearDate(Number(m.groups!.year), m[0])));
  return found.sort((a, b) => a.start - b.start);
}

function seasonPattern(language: Language, words: Lexicon["dates"]): RegExp {
  const seasons = alternatives(Object.keys(words.seasons[language]));
  return language === "ru"
    ? new RegExp(`(?<![\\p{L}])(?<season>${seasons})\\s+(?<year>\\d{4})(?:\\s*(?:года|г\\.))?`, "giu")
    : new RegExp(`\\b(?:in\\s+)?(?:the\\s+)?(?<season>${seasons})\\s+(?:of\\s+)?(?<year>\\d{4})\\b`, "giu");
}

function decadePattern(language: Language, words: Lexicon["dates"]): RegExp {
  const parts = alternatives(Object.keys(words.decadeParts[language]));
  return language === "ru"
    ? new RegExp(
        `(?<![\\p{L}])(?:(?:с|в|к|до|на)\\s+)?(?:(?<part>${parts})\\s+)?(?<decade>\\d{3}0)-(?:х|е)(?:\\s+(?:годов|годах|годы|гг\\.))?`,
        "giu",
      )
    : new RegExp(
        `\\b(?:(?:in|since|by|during)\\s+)?(?:the\\s+)?(?:(?<part>${parts})[\\s-]+)?(?<decade>\\d{3}0)[’']?s\\b`,
        "giu",
      );
}

function yearPattern(language: Language): RegExp {
  return language === "ru"
    ? /(?<![\p{L}\d])(?:(?:в|с|до|к|по|на)\s+)?(?<year>\d{4})\s*(?:году|года|год|г\.)/giu
    : /(?:\b(?:in|since|by|during|until|before|after|of)\s+|(?<=\b(?:1[89]|20)\d{2},?\s+and\s+|\b(?:the|a|an|its|their|his|her|this|that)\s+|\p{L}['’]s\s+))(?<year>(?:1[89]|20)\d{2})\b(?![-–]\d)(?![,.]?\d)/giu;
}

function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

function matchAll(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(pattern)] as RegExpExecArray[];
}

function mention(m: RegExpExecArray, date: EventDate): DateMention {
  return { start: m.index, end: m.index + m[0].length, date };
}

function yearDate(year: number, text: string): EventDate {
  return { value: `${year}`, precision: "YEAR", text, from: `${year}-01-01`, to: `${year}-12-31` };
}

const SEASON_MONTHS: Record<Season, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};

function seasonDate(year: number, season: Season, text: string): EventDate {
  const [first, last] = SEASON_MONTHS[season];
  const endYear = year + Math.floor((last - 1) / 12);
  const endMonth = ((last - 1) % 12) + 1;
  return {
    value: `${year}-${season}`,
    precision: "SEASON",
    text,
    from: `${year}-${pad(first)}-01`,
    to: `${endYear}-${pad(endMonth)}-${pad(daysIn(endYear, endMonth))}`,
  };
}

const DECADE_PARTS: Record<DecadePart, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

function decadeDate(decade: number, part: DecadePart | null, text: string): EventDate {
  const [first, last] = part ? DECADE_PARTS[part] : [0, 9];
  return {
    value: `${decade}s`,
    precision: "DECADE",
    text,
    from: `${decade + first}-01-01`,
    to: `${decade + last}-12-31`,
  };
}

/** Two-digit zero padding for months and days. */
export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Days in a month of a year (Gregorian). */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
