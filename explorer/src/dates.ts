// How an event's date reads, as wide as its precision: a day, a month, a season, a year, a decade.
// Pure: no DOM.
import type { DatePrecision } from "./generated/operations.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FULL_MONTHS = [
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
];

/** An event date as the API gives it. */
export interface EventDateLike {
  value: string | null;
  precision: DatePrecision | null;
  from: string | null;
  to: string | null;
}

/** "6 Jul 2024", "May 2024", "autumn 2020", "2020", "1980s", or "undated". */
export function formatEventDate(date: EventDateLike): string {
  if (!date.value || !date.from) return "undated";
  const [year, month, day] = date.from.split("-").map(Number) as [number, number, number];
  switch (date.precision) {
    case "DAY":
      return `${day} ${MONTHS[month - 1]} ${year}`;
    case "MONTH":
      return `${FULL_MONTHS[month - 1]} ${year}`;
    case "SEASON":
      return `${date.value.split("-")[1] ?? "season"} ${year}`;
    default:
      return date.value;
  }
}

/** Milliseconds of an ISO date at UTC midnight; the `to` of an interval is its last day, so add one. */
export function dayStart(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function dayEnd(iso: string): number {
  return dayStart(iso) + 86_400_000;
}

/** An ISO date (YYYY-MM-DD) of a moment, in UTC. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
