import { entityTypeOf } from "./found-entity.js";
import type { MentionCandidate } from "./mention-candidate.js";
import type { Span, Token } from "./segment-text.js";
import type { MergedEvent } from "./merge-events.js";
import type { EventDate, EventType, ExtractionResources } from "./types.js";

/** How many of the text's first lines may hold the dateline (a title, a byline and a date come before it). */
const DATELINE_LINES = 6;
/** What follows the city of a dateline before the story starts: a state or country, a day, an outlet, then a dash. */
const DATELINE_TAIL = /^(?:,[^.\n]{0,60})?\s*[-–—]\s/u;

/**
 * The city of a dateline — "ASTANA —", "Samarkand, Uzbekistan —", "NIAMEY, July 6 (Sable Wire) -",
 * «ПЕКИН, 17 июня – Восточный телеграф.» — and the paragraph it opens: a known city opening one of
 * the text's first lines, in capitals or followed by a dash before the first full stop. The events
 * that paragraph reports as happening then happen there.
 */
export function findDatelinePlace(
  text: string,
  tokens: readonly Token[],
  mentions: readonly MentionCandidate[],
  resources: ExtractionResources,
): { placeId: string; paragraph: Span } | null {
  const lineStarts = [...text.matchAll(/^(?=\S)/gmu)].slice(0, DATELINE_LINES).map((m) => m.index);
  for (const mention of mentions) {
    const first = tokens[mention.first]!;
    if (!lineStarts.includes(first.start) || entityTypeOf(mention.entityId, resources) !== "CITY") continue;
    const end = tokens[mention.last]!.end;
    const capitals = !/\p{Ll}/u.test(text.slice(first.start, end));
    const tail = text.slice(end);
    if (!DATELINE_TAIL.test(tail) && !(capitals && /^\s*,/u.test(tail))) continue;
    const paragraphEnd = text.indexOf("\n\n", end);
    return {
      placeId: mention.entityId,
      paragraph: { start: first.start, end: paragraphEnd < 0 ? text.length : paragraphEnd },
    };
  }
  return null;
}

/** Events a dateline's city is the place of: gatherings, agreements and sayings, not an election or a war. */
const HAPPEN_AT_DATELINE: ReadonlySet<EventType> = new Set([
  "SUMMIT",
  "MEETING",
  "NEGOTIATION",
  "AGREEMENT",
  "STATEMENT",
]);
/** How many days before the filing an event of the dateline's paragraph may be and still be the news of the day. */
const NEWS_DAYS = 3;

/**
 * Places at the dateline's city the events its paragraph reports as the news (undated, or dated
 * within `NEWS_DAYS` before the filing day) that have no place of their own: "ASTANA — … Xi Jinping
 * and the leaders … signed a treaty on Tuesday".
 */
export function placeAtDateline(
  events: readonly MergedEvent[],
  dateline: { placeId: string; paragraph: Span } | null,
  filingDay: EventDate | null,
): void {
  if (!dateline) return;
  const { start, end } = dateline.paragraph;
  for (const event of events) {
    if (event.locationId || !HAPPEN_AT_DATELINE.has(event.type)) continue;
    if (!event.mentions.some((m) => m.evidence.start >= start && m.evidence.start < end)) continue;
    if (event.date && !isNews(event.date, filingDay)) continue;
    event.locationId = dateline.placeId;
  }
}

function isNews(date: EventDate, filingDay: EventDate | null): boolean {
  if (!filingDay?.from || !date.from || !date.to) return false;
  const daysBefore = (Date.parse(filingDay.from) - Date.parse(date.to)) / 86_400_000;
  return (
    daysBefore >= -1 && daysBefore <= NEWS_DAYS && Date.parse(date.from) <= Date.parse(filingDay.from) + 86_400_000
  );
}
