/**
 * Cross-article event identity, as a pure decision. Two articles in different languages rarely
 * produce the same event id (one says "on Saturday", the other "in July"), so before an article's
 * events are written, the events already in the graph that share its type and at least one
 * participant are read (`find-event-candidates.ts`) and this module decides which, if any, is the
 * same real-world event.
 */

/** A date interval as ISO dates (`YYYY-MM-DD`), either end null when unknown. */
export interface DateInterval {
  from: string | null;
  to: string | null;
}

/** Where an event happened: the place id and the places that contain it (a city's country). */
export interface EventPlace {
  id: string;
  containerIds: readonly string[];
}

/** The identifying parts of an event about to be written. */
export interface EventToMatch {
  id: string;
  date: DateInterval;
  place: EventPlace | null;
}

/** An event already in the graph, of the same type and sharing `sharedParticipants` participants. */
export interface EventCandidate {
  id: string;
  sharedParticipants: number;
  date: DateInterval;
  place: EventPlace | null;
}

/**
 * Picks the stored event that is the same real-world event as `event`, or null when there is none.
 * A candidate qualifies when it shares a participant (the query guarantees it), its dates overlap,
 * and its place is the same or contains the other ("Shusha" and "Azerbaijan" agree, "Shusha" and
 * "Baku" do not). When either date is unknown, only a known, agreeing place can vouch for identity,
 * so two undated summits of one organisation do not collapse into one. Among several, the one with
 * the most shared participants wins, then the most precise date, then the smallest id, so the choice
 * does not depend on the order rows come back in. A candidate with the event's own id always wins.
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

function isSameEvent(event: EventToMatch, candidate: EventCandidate): boolean {
  if (candidate.sharedParticipants < 1) return false;
  const placesAgree = placesCompatible(event.place, candidate.place);
  if (placesAgree === false) return false;
  if (isKnown(event.date) && isKnown(candidate.date)) return overlaps(event.date, candidate.date);
  return placesAgree === true;
}

/** True when both places are known and one is or contains the other, false when they differ, null when either is unknown. */
export function placesCompatible(a: EventPlace | null, b: EventPlace | null): boolean | null {
  if (!a || !b) return null;
  return a.id === b.id || a.containerIds.includes(b.id) || b.containerIds.includes(a.id);
}

function isKnown(date: DateInterval): date is { from: string; to: string } {
  return date.from !== null && date.to !== null;
}

/** True when two known intervals share at least one day (ISO dates compare as strings). */
export function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Length of an interval in days; unknown intervals sort last. */
export function intervalDays(date: DateInterval): number {
  if (!isKnown(date)) return Number.POSITIVE_INFINITY;
  return (Date.parse(date.to) - Date.parse(date.from)) / 86_400_000;
}
