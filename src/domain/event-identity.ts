/**
 * The rules of event identity, in one place: when two tellings are the same event, which of two
 * dates pins an event down better, and which of two places is more specific. The in-article merge
 * (src/extract/merge-events.ts) and the cross-article match (src/graph/plan-event-writes.ts) both
 * decide with these. Pure: ISO dates compare as strings.
 */

/** A date interval as ISO days (`YYYY-MM-DD`), either end null when unknown. */
export interface DateInterval {
  from: string | null;
  to: string | null;
}

/** An interval with the value it was written as ("2024-07", "2020-autumn"), which breaks ties. */
export interface DatedValue extends DateInterval {
  value: string | null;
}

/** Where an event happened: the place and the places that contain it (a city's country). */
export interface EventPlace {
  id: string;
  containerIds: readonly string[];
}

/**
 * The identifying parts of an event about to be written: `actorIds` are its participants other
 * than speakers, `bodyIds` the organisations among them, and `type` its event type.
 */
export interface EventToMatch {
  id: string;
  type: string;
  date: DateInterval;
  place: EventPlace | null;
  actorIds: readonly string[];
  bodyIds: readonly string[];
}

/** A known event of the same type that shares `sharedParticipants` participants with the one to match. */
export interface EventCandidate {
  id: string;
  sharedParticipants: number;
  date: DateInterval;
  place: EventPlace | null;
  actorIds: readonly string[];
}

/** The widest interval that still pins an event down (a month); a season, a year or no date does not. */
const PINNED_DAYS = 31;

/**
 * A summit lasts days, and reports date it by the day they tell (the opening, the closing, a
 * briefing the day before), so two of its reports may name days this far apart.
 */
const SUMMIT_DAYS = 3;

/** True when both ends are known. */
export function isKnown(date: DateInterval): date is { from: string; to: string } {
  return date.from !== null && date.to !== null;
}

/** True when two known intervals share at least one day. */
export function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * The interval a known event's date must overlap for it to be an event of this `type` dated
 * `date`: the date itself, widened by `SUMMIT_DAYS` on each side for a summit. The writer reads
 * candidates by it, so it is never narrower than what `isSameEvent` accepts.
 */
export function matchWindow(type: string, date: DateInterval): DateInterval {
  if (type !== "SUMMIT" || !isKnown(date)) return date;
  return { from: shiftDays(date.from, -SUMMIT_DAYS), to: shiftDays(date.to, SUMMIT_DAYS) };
}

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Length of an interval in days; an unknown one is infinitely long. */
export function intervalDays(date: DateInterval): number {
  if (!isKnown(date)) return Number.POSITIVE_INFINITY;
  return (Date.parse(date.to) - Date.parse(date.from)) / 86_400_000;
}

/**
 * Whether `candidate` pins an event down better than `current`: a known interval beats an unknown
 * one, a narrower beats a wider, and of two as narrow the smaller value wins, so the outcome does
 * not depend on the order reports arrive in.
 */
export function isMorePrecise(candidate: DatedValue, current: DatedValue | null): boolean {
  if (!isKnown(candidate)) return false;
  if (current === null || !isKnown(current)) return true;
  const width = intervalDays(candidate) - intervalDays(current);
  if (width !== 0) return width < 0;
  return candidate.value !== null && current.value !== null && candidate.value < current.value;
}

/** The most precise of several dates (see `isMorePrecise`), null when none is known. */
export function mostPreciseDate<T extends DatedValue>(dates: readonly T[]): T | null {
  return dates.reduce<T | null>((best, date) => (isMorePrecise(date, best) ? date : best), null);
}

/** True when both places are known and one is or contains the other, false when they differ, null when either is unknown. */
export function placesCompatible(a: EventPlace | null, b: EventPlace | null): boolean | null {
  if (!a || !b) return null;
  return a.id === b.id || a.containerIds.includes(b.id) || b.containerIds.includes(a.id);
}

/**
 * The place that says more of where an event was: `candidate` when it lies inside `current`
 * ("Shusha" after "Azerbaijan"), else `current`, so a conflicting later place does not displace
 * the first.
 */
export function moreSpecificPlace(current: EventPlace | null, candidate: EventPlace | null): EventPlace | null {
  if (!current) return candidate;
  if (!candidate) return current;
  return candidate.containerIds.includes(current.id) ? candidate : current;
}

/**
 * Whether a known event is the same real-world event as the one to match: it shares a
 * participant, its place is the same or contains the other ("Shusha" and "Azerbaijan" agree,
 * "Shusha" and "Baku" do not), and its dates overlap, or, for a summit, lie within `SUMMIT_DAYS`
 * of each other (`sameSummitDays`). When either date does not pin the event
 * down (none, a season, a year), the overlap says little — one organisation meets every year, and
 * a summit of another body in the same city shares its host — so the place must be known and
 * agree and the actors must too: every actor of one is an actor of the other. OTHER happenings
 * always need their actors to agree ("the death of X" and "Y appointed" share X's country and month).
 */
export function isSameEvent(event: EventToMatch, candidate: EventCandidate): boolean {
  if (candidate.sharedParticipants < 1 || !sameBody(event, candidate)) return false;
  // OTHER gathers unlike happenings (a death, an appointment): one shared actor on one day is not enough.
  if (event.type === "OTHER" && !actorsAgree(event.actorIds, candidate.actorIds)) return false;
  const placesAgree = placesCompatible(event.place, candidate.place);
  if (placesAgree === false) return false;
  const window = matchWindow(event.type, event.date);
  if (isKnown(window) && isKnown(candidate.date) && !overlaps(window, candidate.date)) return false;
  const sameDays = !isKnown(event.date) || !isKnown(candidate.date) || overlaps(event.date, candidate.date);
  if (!sameDays && !sameSummitDays(event, candidate, placesAgree)) return false;
  if (!bodylessSummitAgrees(event, candidate, placesAgree)) return false;
  if (isPinned(event.date) && isPinned(candidate.date)) return true;
  return placesAgree === true && actorsAgree(event.actorIds, candidate.actorIds);
}

/**
 * A summit is the summit of its body: one that names a body is not the summit of a known event
 * holding none of its bodies (the APEC and G20 summits of one November share their guests).
 */
function sameBody(event: EventToMatch, candidate: EventCandidate): boolean {
  if (event.type !== "SUMMIT" || event.bodyIds.length === 0) return true;
  return event.bodyIds.some((id) => candidate.actorIds.includes(id));
}

/**
 * A summit report naming no body says only when and with whom: the leaders at the G20 in Rio met
 * at APEC in Lima the same week. It is a known summit only in the same place, or on the same days.
 */
function bodylessSummitAgrees(event: EventToMatch, candidate: EventCandidate, placesAgree: boolean | null): boolean {
  if (event.type !== "SUMMIT" || event.bodyIds.length > 0 || placesAgree === true) return true;
  return intervalDays(event.date) <= SUMMIT_DAYS && intervalDays(candidate.date) <= SUMMIT_DAYS;
}

/**
 * Summit reports a few days apart are of one summit when it is held by the same bodies, all of
 * them, in the same place: two summits of one body are never days apart, while a body's guests
 * also meet at other summits of the same week and two leaders' talks in one capital can be days
 * apart and distinct, so talks, visits and meetings get no such slack.
 */
function sameSummitDays(event: EventToMatch, candidate: EventCandidate, placesAgree: boolean | null): boolean {
  return (
    placesAgree === true && event.bodyIds.length > 0 && event.bodyIds.every((id) => candidate.actorIds.includes(id))
  );
}

function isPinned(date: DateInterval): boolean {
  return intervalDays(date) < PINNED_DAYS;
}

/** One event's actors are all among the other's: a report names some of the actors, never others. */
function actorsAgree(a: readonly string[], b: readonly string[]): boolean {
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  return fewer.length > 0 && fewer.every((id) => more.includes(id));
}

/**
 * The known event that is the same as `event`, or null. A candidate with the event's own id always
 * wins; among several others the one with the most shared participants, then the most precise
 * date, then the smallest id, so the choice does not depend on the order candidates come in.
 */
export function matchEvent(event: EventToMatch, candidates: readonly EventCandidate[]): string | null {
  if (candidates.some((candidate) => candidate.id === event.id)) return event.id;
  const qualified = candidates.filter((candidate) => isSameEvent(event, candidate));
  qualified.sort(
    (a, b) =>
      b.sharedParticipants - a.sharedParticipants ||
      intervalDays(a.date) - intervalDays(b.date) ||
      a.id.localeCompare(b.id),
  );
  return qualified[0]?.id ?? null;
}
