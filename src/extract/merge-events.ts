import { isMorePrecise, moreSpecificPlace, overlaps, type EventPlace } from "../domain/event-identity.js";
import { addParticipant, besidePlace, type EventMention } from "./event-mention.js";
import type { EventDate, ExtractionResources } from "./types.js";

/** Mentions of one event, merged. */
export interface MergedEvent {
  mentions: EventMention[];
  type: EventMention["type"];
  participants: EventMention["participants"];
  locationId: string | null;
  date: EventDate | null;
}

/**
 * Several tellings of one event become one. Dated mentions of a type merge when their date
 * intervals overlap and they share a participant (or one has none). A mention with a date that
 * could not be resolved («в субботу» without publishedAt) is dated all the same — it tells of a
 * day of its own, not of an event told before — and merges only with such mentions. A mention
 * dated by a day anaphor ("legislative elections held the same day") tells another happening
 * than the one it takes its day from, and starts an event of its own. An undated
 * mention is an anaphoric reference («Саммит проходит в городе Шуша», "the talks") to the closest
 * dated event of the same type — before it, else after it; undated mentions with nothing to refer
 * to merge with each other. OTHER happenings are unlike each other and dated by definition: an
 * undated one refers only to a dated one it shares a participant with, else is no event. The merged event keeps the most precise resolved date and the most
 * specific location (a city inside the country already named wins), by the rules of
 * src/domain/event-identity.ts.
 */
export function mergeEvents(mentions: readonly EventMention[], resources: ExtractionResources): MergedEvent[] {
  const events: MergedEvent[] = [];
  const anaphoric = new Set(
    Object.values(resources.lexicon.dates.dayAnaphora).flatMap((phrases) => Object.keys(phrases)),
  );
  for (const mention of mentions.filter((m) => m.date)) {
    const another = anaphoric.has(mention.date!.text.toLowerCase().replace(/\s+/g, " "));
    const target = another
      ? undefined
      : events.find((e) => e.type === mention.type && sameTime(e.date, mention.date) && shareParticipant(e, mention));
    if (target) absorb(target, mention, resources);
    else events.push(start(mention));
  }
  for (const mention of mentions.filter((m) => !m.date)) {
    // OTHER gathers unlike happenings ("joined", "sworn in"), each one dated (seed/articles/README.md):
    // an undated one is the dated one it shares an actor with, or none.
    const other = mention.type === "OTHER";
    const candidates = other ? events.filter((e) => shareParticipant(e, mention)) : events;
    const target =
      nearest(candidates, mention) ?? (other ? undefined : events.find((e) => e.type === mention.type && !e.date));
    if (target) absorb(target, mention, resources);
    else if (!other) events.push(start(mention));
  }
  for (const event of events) event.mentions.sort((a, b) => a.evidence.start - b.evidence.start);
  return events.sort((a, b) => a.mentions[0]!.evidence.start - b.mentions[0]!.evidence.start);
}

function start(mention: EventMention): MergedEvent {
  return {
    mentions: [mention],
    type: mention.type,
    participants: mention.participants.map((p) => ({ ...p })),
    locationId: mention.locationId,
    date: mention.date,
  };
}

function absorb(event: MergedEvent, mention: EventMention, resources: ExtractionResources): void {
  event.mentions.push(mention);
  for (const p of mention.participants) addParticipant(event.participants, p.entityId, p.role);
  event.locationId =
    moreSpecificPlace(placeOf(event.locationId, resources), placeOf(mention.locationId, resources))?.id ?? null;
  if (finer(mention.date, event.date)) event.date = mention.date;
  event.participants = besidePlace(event.type, event.participants, event.locationId);
}

function nearest(events: readonly MergedEvent[], mention: EventMention): MergedEvent | undefined {
  const dated = events.filter((e) => e.type === mention.type && e.date);
  const at = mention.evidence.start;
  const before = dated.filter((e) => e.mentions.some((m) => m.evidence.start <= at));
  const pick = (list: MergedEvent[], key: (e: MergedEvent) => number) => [...list].sort((a, b) => key(a) - key(b))[0];
  return (
    pick(
      before,
      (e) => at - Math.max(...e.mentions.filter((m) => m.evidence.start <= at).map((m) => m.evidence.start)),
    ) ?? pick(dated, (e) => Math.min(...e.mentions.map((m) => m.evidence.start)) - at)
  );
}

/** Resolved dates overlap, or both are unresolved (both "now" in an article without publishedAt). */
function sameTime(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b) return false;
  if (!a.from || !a.to || !b.from || !b.to) return !a.from && !b.from;
  return overlaps({ from: a.from, to: a.to }, { from: b.from, to: b.to });
}

/** Whether `candidate` pins the event down better; any date, even an unresolved one, beats none. */
function finer(candidate: EventDate | null, current: EventDate | null): boolean {
  if (!candidate) return false;
  return !current || isMorePrecise(candidate, current);
}

function shareParticipant(event: MergedEvent, mention: EventMention): boolean {
  if (event.participants.length === 0 || mention.participants.length === 0) return true;
  return mention.participants.some((p) => event.participants.some((q) => q.entityId === p.entityId));
}

/** A place as the identity rules see it: a city or region inside its country. */
function placeOf(id: string | null, resources: ExtractionResources): EventPlace | null {
  if (!id) return null;
  const countryId = resources.entities.get(id)?.countryId;
  return { id, containerIds: countryId ? [countryId] : [] };
}
