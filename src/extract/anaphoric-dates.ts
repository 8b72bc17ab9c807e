import { daysIn, pad, type DateMention } from "./date-rules.js";
import type { EventDate, Language, Lexicon } from "./types.js";

/**
 * Dates that point back to the date told before them (seed/articles/README.md: anaphoric words
 * resolve against what they point back to, not against publishedAt). A day phrase («накануне»,
 * "the same day") shifts the closest earlier day by its offset; a year phrase after a month («в
 * июне того же года») gives that month the year last written out before it, and alone ("that
 * year") is that year. `mentions` are the dates already found, in text order; the result is them
 * with the anaphoric ones added or corrected, still in order. An antecedent without a value (no
 * publishedAt) leaves the anaphor unresolved at its precision.
 */
export function resolveAnaphoricDates(
  text: string,
  language: Language,
  words: Lexicon["dates"],
  mentions: readonly DateMention[],
): DateMention[] {
  const result = [...mentions];
  for (const [phrase, shift] of Object.entries(words.dayAnaphora[language])) {
    for (const at of occurrences(text, phrase)) {
      if (result.some((m) => at.start < m.end && m.start < at.end)) continue;
      const antecedent = lastBefore(result, at.start, (m) => m.date.precision === "DAY");
      result.push({ ...at, date: shiftedDay(antecedent?.date ?? null, shift, text.slice(at.start, at.end)) });
    }
  }
  for (const phrase of words.yearAnaphora[language]) {
    for (const at of occurrences(text, phrase)) resolveYear(text, result, at);
  }
  return result.sort((a, b) => a.start - b.start);
}

/** Gives the month right before `at` (or `at` alone) the year of the last date written with one. */
function resolveYear(text: string, mentions: DateMention[], at: { start: number; end: number }): void {
  const month = mentions.find(
    (m) => m.date.precision === "MONTH" && /^[\s,]*(?:of\s+)?$/iu.test(text.slice(m.end, at.start)),
  );
  const antecedent = lastBefore(
    mentions,
    month?.start ?? at.start,
    (m) => /\d{4}/.test(m.date.text) && m.date.from !== null,
  );
  const year = antecedent ? Number(antecedent.date.from!.slice(0, 4)) : null;
  if (month) {
    const index = mentions.indexOf(month);
    const monthNumber = month.date.from ? Number(month.date.from.slice(5, 7)) : null;
    mentions[index] = {
      start: month.start,
      end: at.end,
      date: monthDate(year, monthNumber, text.slice(month.start, at.end)),
    };
  } else if (!mentions.some((m) => at.start < m.end && m.start < at.end)) {
    mentions.push({ ...at, date: yearDate(year, text.slice(at.start, at.end)) });
  }
}

function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, "giu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function lastBefore(
  mentions: readonly DateMention[],
  offset: number,
  accept: (m: DateMention) => boolean,
): DateMention | undefined {
  return mentions.filter((m) => m.end <= offset && accept(m)).sort((a, b) => b.start - a.start)[0];
}

function shiftedDay(antecedent: EventDate | null, shift: number, text: string): EventDate {
  if (!antecedent?.from) return { value: null, precision: "DAY", text, from: null, to: null };
  const day = new Date(`${antecedent.from.slice(0, 10)}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + shift);
  const iso = day.toISOString().slice(0, 10);
  return { value: iso, precision: "DAY", text, from: iso, to: iso };
}

function monthDate(year: number | null, month: number | null, text: string): EventDate {
  if (year === null || month === null) return { value: null, precision: "MONTH", text, from: null, to: null };
  const value = `${year}-${pad(month)}`;
  return { value, precision: "MONTH", text, from: `${value}-01`, to: `${value}-${pad(daysIn(year, month))}` };
}

function yearDate(year: number | null, text: string): EventDate {
  if (year === null) return { value: null, precision: "YEAR", text, from: null, to: null };
  return { value: `${year}`, precision: "YEAR", text, from: `${year}-01-01`, to: `${year}-12-31` };
}
