import { daysIn, pad, type DateMention } from "./date-rules.js";
import type { EventDate, Language, Lexicon } from "./types.js";

type Season = "spring" | "summer" | "autumn" | "winter";

const FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
const SHIFT_WORDS: Record<string, number> = { last: -1, next: 1, прошлой: -1, следующей: 1 };

/**
 * Seasons told without a year («Осенью в Молдове пройдут выборы», "this autumn"), resolved against
 * `publishedAt`: in the future tense the next such season not yet over, in the past the latest one
 * already begun; "last" is the latest one already over, "next" the first not yet begun. Russian season adverbs stand alone;
 * English season nouns count only after "this", "in the", "last" or "next" ("fall" is a verb too).
 * Without `publishedAt` they keep their precision with null values. Seasons followed by a year are
 * date-rules.ts's.
 */
export function findRelativeSeasons(
  text: string,
  language: Language,
  publishedAt: string | null,
  words: Lexicon["dates"],
  isFuture: (offset: number) => boolean,
): DateMention[] {
  const names = Object.keys(words.seasons[language])
    .sort((a, b) => b.length - a.length)
    .join("|");
  const pattern =
    language === "ru"
      ? new RegExp(
          `(?<![\\p{L}])(?:(?<shift>прошлой|следующей)\\s+)?(?<season>${names})(?![\\p{L}])(?!\\s+(?:\\d{4}|(?:того|этого|прошлого)\\s+года))`,
          "giu",
        )
      : new RegExp(
          `\\b(?:this|in\\s+the|(?<shift>last|next))\\s+(?<season>${names})\\b(?!\\s+(?:of\\s+)?\\d{4})`,
          "giu",
        );
  return [...text.matchAll(pattern)].map((m) => {
    const season = words.seasons[language][m.groups!.season!.toLowerCase()]!;
    const shift = SHIFT_WORDS[m.groups!.shift?.toLowerCase() ?? ""] ?? 0;
    const date = publishedAt ? seasonDate(publishedAt, season, shift, isFuture(m.index), m[0]) : unresolved(m[0]);
    return { start: m.index, end: m.index + m[0].length, date };
  });
}

function seasonDate(publishedAt: string, season: Season, shift: number, future: boolean, text: string): EventDate {
  const [year, month] = publishedAt.split("-").map(Number) as [number, number];
  const first = FIRST_MONTH[season];
  // The latest season of that name begun by publication (a season's year is the one it begins in).
  const began = month >= first ? year : year - 1;
  const over = (start: number) => start * 12 + first + 2 < year * 12 + month;
  const start =
    shift < 0 ? (over(began) ? began : began - 1) : shift > 0 ? began + 1 : future && over(began) ? began + 1 : began;
  const endYear = first === 12 ? start + 1 : start;
  const endMonth = first === 12 ? 2 : first + 2;
  return {
    value: `${start}-${season}`,
    precision: "SEASON",
    text,
    from: `${start}-${pad(first)}-01`,
    to: `${endYear}-${pad(endMonth)}-${pad(daysIn(endYear, endMonth))}`,
  };
}

function unresolved(text: string): EventDate {
  return { value: null, precision: "SEASON", text, from: null, to: null };
}
