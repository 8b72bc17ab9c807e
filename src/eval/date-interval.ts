import type { ExtractedEvent } from "./extracted-facts.js";

/** A closed interval of ISO days, `from` ≤ `to` (both "YYYY-MM-DD"). */
export interface DayInterval {
  readonly from: string;
  readonly to: string;
}

/**
 * The days a gold date covers: "2024" → 2024-01-01..2024-12-31, "2024-05" → the month,
 * "2024-07-06" → that day, "1980s" → 1980-01-01..1989-12-31; null stays null.
 */
export function goldDateInterval(date: string | null): DayInterval | null {
  if (date === null) return null;
  const decade = /^(\d{3})0s$/.exec(date);
  if (decade) return { from: `${decade[1]}0-01-01`, to: `${decade[1]}9-12-31` };
  const [year, month, day] = date.split("-");
  if (day !== undefined) return { from: date, to: date };
  if (month !== undefined) return { from: `${date}-01`, to: `${date}-${lastDayOfMonth(Number(year), Number(month))}` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Whether an extracted event's date is compatible with the gold date. A null gold date (the
 * article does not pin the event down) accepts any extracted date, resolved or not: the
 * annotation has nothing to contradict it with. A dated gold event needs an extracted interval
 * that overlaps it; an unresolved extracted date (no `from`/`to`) does not.
 */
export function datesCompatible(goldDate: string | null, extracted: ExtractedEvent["date"]): boolean {
  const gold = goldDateInterval(goldDate);
  if (gold === null) return true;
  const from = extracted?.from;
  const to = extracted?.to ?? from;
  if (!from || !to) return false;
  return dayOf(from) <= gold.to && dayOf(to) >= gold.from;
}

function lastDayOfMonth(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0");
}

/** Compares on the day only, whatever time part an extractor may add. */
function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
