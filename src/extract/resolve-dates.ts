import * as chrono from "chrono-node";
import { lineChunks } from "./line-chunks.js";
import { resolveAnaphoricDates } from "./anaphoric-dates.js";
import { daysIn, findRuleDates, pad, type DateMention } from "./date-rules.js";
import { findRelativeSeasons } from "./relative-seasons.js";
import type { Tense } from "./tense.js";
import type { EventDate, Language, Lexicon } from "./types.js";

/** Stand-in reference for chrono when the article has no publishedAt; relative results are then dropped to null. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * Every date expression of the text, resolved. chrono-node (`chrono.ru` / `chrono.en`) covers days,
 * months, weekdays and phrases like «в этом году»; our rules (date-rules.ts) cover years, seasons and
 * decades and win where both match, unless chrono read a month or day around our bare year («в
 * марте 2022 года»). Relative expressions (no year written) resolve against `publishedAt`: a lone
 * weekday, month or season (relative-seasons.ts) means the most recent one on or before it, unless
 * `isFuture(offset)` says the sentence around it is in the future tense. An offset counts from
 * publishedAt only with a deictic word ("last month", "three days ago"); without one ("a year after", "in four hours", «через
 * неделю») it counts from another happening or is a duration, and is no date. Anaphoric phrases
 * («накануне», «того же года») resolve against the date before them (anaphoric-dates.ts). Without
 * `publishedAt` relative expressions keep their precision but get null values.
 */
export function resolveDates(
  text: string,
  language: Language,
  publishedAt: string | null,
  words: Lexicon["dates"],
  toldIn: (offset: number) => Tense | null,
): DateMention[] {
  const isFuture = (offset: number) => toldIn(offset) === "future";
  const ruled = findRuleDates(text, language, words);
  const reference = publishedAt ? new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`) : null;
  const parser = language === "ru" ? chrono.ru : chrono.en;
  // «12 октября 92-летнего президента», "a 92-year-old": a number that begins a compound word is no
  // year («2024-го» is one); hidden from chrono, offsets kept.
  const numbersAsYears = text.replace(/\d+(?=-\p{L}{4})/gu, (digits) => "#".repeat(digits.length));
  // A line chunk at a time (line-chunks.ts): chrono's patterns that look back from a match scan the whole text before it.
  const parsed = lineChunks(text).flatMap((chunk) =>
    parser
      .parse(numbersAsYears.slice(chunk.start, chunk.end), { instant: reference ?? NO_REFERENCE, timezone: 0 })
      .map((result) => {
        // Chrono's result objects are plain data; the type only marks `index` read-only.
        (result as { index: number }).index += chunk.start;
        return result;
      }),
  );
  const shifts = shiftPatterns(words, language);
  const fromChrono = parsed
    .filter((result) => isDate(text, result, language, words.deictic[language]) && !inDateline(text, result.index))
    .map((result) => chronoMention(result, reference, yearPlacement(text, result, shifts, toldIn)))
    .filter((m): m is DateMention => m !== null);
  const finer = fromChrono.filter((m) => m.date.precision === "DAY" || m.date.precision === "MONTH");
  const keptRules = ruled.filter(
    (r) => !finer.some((m) => m.start <= r.start && r.end <= m.end && /\d{4}/.test(m.date.text)),
  );
  const keptChrono = fromChrono.filter((m) => !keptRules.some((r) => m.start < r.end && r.start < m.end));
  const seasons = findRelativeSeasons(text, language, publishedAt, words, isFuture).filter(
    (s) => ![...keptRules, ...keptChrono].some((m) => s.start < m.end && m.start < s.end),
  );
  const found = [...keptRules, ...keptChrono, ...seasons].sort((a, b) => a.start - b.start);
  return resolveAnaphoricDates(text, language, words, found);
}

/**
 * The day the report was filed: its dateline's day («АБУДЖА, 4 июня – ТАСС.», "NAIROBI, March 3
 * (Reuters) -"), resolved against `publishedAt`, else `publishedAt` itself; null without
 * `publishedAt`, when the year of a dateline is unknown.
 */
export function filingDay(text: string, language: Language, publishedAt: string | null): EventDate | null {
  if (!publishedAt) return null;
  const reference = new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`);
  const parser = language === "ru" ? chrono.ru : chrono.en;
  const dateline = parser
    .parse(text.slice(0, 200), { instant: reference, timezone: 0 })
    .find((r) => inDateline(text, r.index) && r.start.isCertain("day"));
  const date = dateline ? resolved(dateline, dateline.text.trim(), reference, { tense: null }) : null;
  return date ?? dayDate(publishedAt.slice(0, 10), publishedAt.slice(0, 10));
}

/**
 * Whether a chrono result is a date of the text: not a piece of a longer word («Май» in «Майя»), not
 * in English a lone lower-case word other than a casual reference ("sat", "may" are verbs;
 * "yesterday" is a date — Russian month and weekday names are lower-case, «февраля»), and not an
 * offset without a deictic word ("Twelve years after", "for three hours").
 */
function isDate(text: string, result: chrono.ParsedResult, language: Language, deictic: readonly string[]): boolean {
  const trimmed = result.text.trim();
  const start = result.index + result.text.indexOf(trimmed);
  if (/\p{L}/u.test(text[start - 1] ?? "") || /\p{L}/u.test(text[start + trimmed.length] ?? "")) return false;
  const tags = result.tags();
  const casual = [...tags].some((t) => t.startsWith("casualReference"));
  if (language === "en" && /^\p{Ll}+$/u.test(trimmed) && !casual) return false;
  if (!tags.has("result/relativeDate")) return true;
  const words = trimmed.toLowerCase().split(/[^\p{L}]+/u);
  return deictic.some((d) => words.includes(d));
}

/**
 * Where a month or day without a year lies relative to publication: placed by the words around it
 * ("November 2 last year", "last July", «в июле следующего года»), else looking back, or forward in
 * the future tense.
 */
type YearPlacement = { yearShift: number } | { monthShift: number } | { tense: Tense | null };

/** The words that shift a month's year or a month (yearPlacement), as patterns compiled once per article. */
interface ShiftPatterns {
  years: Array<[RegExp, number]>;
  months: Array<[RegExp, number]>;
}

function shiftPatterns(words: Lexicon["dates"], language: Language): ShiftPatterns {
  return {
    years: Object.entries(words.yearShifts[language]).map(([phrase, shift]) => [
      new RegExp(`^\\s*(?:of\\s+)?${phrase}(?![\\p{L}])`, "u"),
      shift,
    ]),
    months: Object.entries(words.monthShifts[language]).map(([word, shift]) => [
      new RegExp(`(?<![\\p{L}])${word}\\s+$`, "u"),
      shift,
    ]),
  };
}

function yearPlacement(
  text: string,
  result: chrono.ParsedResult,
  shifts: ShiftPatterns,
  toldIn: (offset: number) => Tense | null,
): YearPlacement {
  const end = result.index + result.text.length;
  const after = text.slice(end, end + 24).toLowerCase();
  const yearShift = shifts.years.find(([pattern]) => pattern.test(after))?.[1];
  if (yearShift !== undefined) return { yearShift };
  const before = text.slice(Math.max(0, result.index - 12), result.index).toLowerCase();
  const monthShift = shifts.months.find(([pattern]) => pattern.test(before))?.[1];
  if (monthShift !== undefined) return { monthShift };
  return { tense: toldIn(result.index) };
}

function chronoMention(
  result: chrono.ParsedResult,
  reference: Date | null,
  placement: YearPlacement,
): DateMention | null {
  const known = (c: chrono.Component) => result.start.isCertain(c);
  if (!known("year") && !known("month") && !known("day") && !known("weekday")) return null;
  const text = result.text.trim();
  const start = result.index + result.text.indexOf(text);
  const relative = !/\d{4}/.test(text);
  const date = relative && !reference ? unresolved(result, text) : resolved(result, text, reference, placement);
  return date ? { start, end: start + text.length, date } : null;
}

function unresolved(result: chrono.ParsedResult, text: string): EventDate {
  return { value: null, precision: precisionOf(result), text, from: null, to: null };
}

function precisionOf(result: chrono.ParsedResult): EventDate["precision"] {
  const c = result.start;
  if (c.isCertain("day") || c.isCertain("weekday")) return "DAY";
  if (c.isCertain("month")) return "MONTH";
  return "YEAR";
}

function resolved(
  result: chrono.ParsedResult,
  text: string,
  reference: Date | null,
  placement: YearPlacement,
): EventDate | null {
  const c = result.start;
  const ref = reference ?? NO_REFERENCE;
  const future = "tense" in placement && placement.tense === "future";
  if (c.isCertain("weekday") && !c.isCertain("day"))
    return dayDate(nearestWeekday(ref, c.get("weekday")!, future), text);
  const precision = precisionOf(result);
  if (precision === "YEAR") {
    const year = c.get("year")!;
    return { value: `${year}`, precision, text, from: `${year}-01-01`, to: `${year}-12-31` };
  }
  const month = c.get("month")!;
  const day = precision === "DAY" ? c.get("day")! : null;
  const year = c.isCertain("year") ? c.get("year")! : (placedYear(ref, month, day, placement) ?? c.get("year")!);
  if (precision === "MONTH")
    return {
      value: `${year}-${pad(month)}`,
      precision,
      text,
      from: `${year}-${pad(month)}-01`,
      to: `${year}-${pad(month)}-${pad(daysIn(year, month))}`,
    };
  const value = `${year}-${pad(month)}-${pad(day!)}`;
  const end = result.end ? componentsDay(result.end) : value;
  return { value, precision, text, from: value, to: end < value ? value : end };
}

/**
 * The year of a month (and day) written without one: `yearShift` years from publication; the one
 * `monthShift` months' names away ("last July" in July is a year back); a month the most recent on
 * or before publication, or the next on or after it in the future tense; a day chrono's nearest
 * year (null).
 */
function placedYear(ref: Date, month: number, day: number | null, placement: YearPlacement): number | null {
  const year = ref.getUTCFullYear();
  if ("yearShift" in placement) return year + placement.yearShift;
  const current = ref.getUTCMonth() + 1;
  if ("monthShift" in placement) {
    if (placement.monthShift < 0) return month < current ? year : year - 1;
    return placement.monthShift > 0 && month <= current ? year + 1 : year;
  }
  // A day keeps chrono's nearest year: a clause's tense misleads too often ("said he takes office on October 1").
  if (day !== null) return null;
  if (placement.tense === "future") return month >= current ? year : year + 1;
  return month <= current ? year : year - 1;
}

function dayDate(day: string, text: string): EventDate {
  return { value: day, precision: "DAY", text, from: day, to: day };
}

/** The given weekday (0 = Sunday) on or before `ref`, or on or after it for the future tense. */
function nearestWeekday(ref: Date, weekday: number, future: boolean): string {
  const shift = future ? (weekday - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - weekday + 7) % 7);
  return isoDay(new Date(ref.getTime() + shift * 86_400_000));
}

function componentsDay(c: chrono.ParsedComponents): string {
  return `${c.get("year")}-${pad(c.get("month")!)}-${pad(c.get("day")!)}`;
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Whether an offset lies in a dateline ("YEREVAN/BAKU, March 14 (Caspian Wire) -", «АЛМАТЫ, 11
 * мая.»): the filing day after an upper-case place opening the line dates the report, not an event.
 */
function inDateline(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[\p{Lu}][\p{Lu}\s/.'’-]*\p{Lu},\s*$/u.test(text.slice(lineStart, offset));
}
