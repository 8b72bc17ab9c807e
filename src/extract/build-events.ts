import type { AttributedQuote } from "./attribute-quotes.js";
import { addParticipant } from "./event-mention.js";
import { eventTitle } from "./event-title.js";
import { eventSaidAt } from "./find-statement-occasions.js";
import type { MergedEvent } from "./merge-events.js";
import { stableId } from "./stable-id.js";
import type { Event, ExtractionResources } from "./types.js";

/**
 * Final events: the speaker of a quote whose attribution names the event («– заявил Токаев,
 * выступая … на саммите») joins it as SPEAKER, and the country he holds office for as PARTICIPANT;
 * then each event gets its title and id. The id hashes
 * the event's defining parts — type, the sorted ids of its parties and organizations (all non-speaker
 * participants when it has none of those), its location and the month (day or month dates) or year
 * its date starts in — so the
 * same event told the same way by another article gets the same id. Returns the events and, per
 * attributed quote, the id of the event it was said at (or null).
 */
export function buildEvents(
  merged: readonly MergedEvent[],
  quotes: readonly AttributedQuote[],
  resources: ExtractionResources,
  names: ReadonlyMap<string, string>,
  speakingAt: ReadonlySet<number>,
): { events: Event[]; quoteEvents: (string | null)[] } {
  const saidAt = quotes.map((q) => eventSaidAt(merged, q.window, speakingAt));
  quotes.forEach((q, i) => {
    const event = saidAt[i];
    if (!event || !q.speakerId) return;
    addParticipant(event.participants, q.speakerId, "SPEAKER");
    const represented = officeOf(resources, q.speakerId, event.date?.from ?? null);
    // Only a country the article names: an event uses only ids of the article's entities.
    if (represented && names.has(represented)) addParticipant(event.participants, represented, "PARTICIPANT");
  });
  const events = merged.filter(hasParticipants).map((event) => ({
    id: eventId(event, resources),
    type: event.type,
    title: eventTitle(event, resources, names),
    participants: event.participants,
    locationId: event.locationId,
    date: event.date,
    evidence: event.mentions
      .map((m) => m.evidence)
      .filter((e, i, all) => all.findIndex((x) => x.start === e.start) === i),
  }));
  const kept = merged.filter(hasParticipants);
  return { events, quoteEvents: saidAt.map((e) => (e && hasParticipants(e) ? events[kept.indexOf(e)]!.id : null)) };
}

/** An event needs a named participant (seed/articles/README.md): "protesters stormed the embassy" is none. */
function hasParticipants(event: MergedEvent): boolean {
  return event.participants.length > 0;
}

/** The country or organization a person holds office for on `onDate` (or currently): whom a speaker represents. */
function officeOf(resources: ExtractionResources, personId: string, onDate: string | null): string | null {
  const terms = resources.entities.get(personId)?.offices ?? [];
  const term = terms.find((t) => (onDate ? t.from <= onDate && (t.to === null || onDate <= t.to) : t.to === null));
  return term?.of ?? null;
}

function eventId(event: MergedEvent, resources: ExtractionResources): string {
  if (event.type === "STATEMENT") return statementOccasionId(event);
  const defining = event.participants.filter(
    (p) => p.role === "PARTY" || resources.entities.get(p.entityId)?.type === "ORGANIZATION",
  );
  const ids = (defining.length ? defining : event.participants.filter((p) => p.role !== "SPEAKER"))
    .map((p) => p.entityId)
    .sort();
  // An election's place is its country, one of its participants: it tells no two elections apart.
  const place = event.type === "ELECTION" ? "" : (event.locationId ?? "");
  return stableId("evt", [event.type, ids.join(","), place, idPeriod(event.date)]);
}

/**
 * The time an id names: the month of a day or month date, else the year its interval starts in.
 * Two summits of one body in one city and year (May and September) are two events with two ids;
 * a year-only report of either still joins it through the identity rules, not the id.
 */
function idPeriod(date: MergedEvent["date"]): string {
  if (!date?.from) return "";
  return date.precision === "DAY" || date.precision === "MONTH" ? date.from.slice(0, 7) : date.from.slice(0, 4);
}

/** A statement's occasion is who spoke and on which day, wherever a report says it was: its participants and the day its date starts (or empty). */
function statementOccasionId(event: MergedEvent): string {
  const ids = event.participants.map((p) => p.entityId).sort();
  return stableId("evt", [event.type, ids.join(","), "", event.date?.from ?? ""]);
}
