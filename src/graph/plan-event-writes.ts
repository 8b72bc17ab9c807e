import { isMorePrecise, matchEvent, moreSpecificPlace, type EventPlace } from "../domain/event-identity.js";
import { groupBy } from "../domain/group-by.js";
import type { Event } from "../extract/types.js";
import { byId, fieldOf, spanText, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { bucketChanges, eventBucketKeys, participantId } from "./event-buckets.js";
import type { StoredArticle } from "./read-stored-articles.js";
import { storedDate, type StoredEvent } from "./stored-event.js";

/**
 * One event write, every decision made: the event's state after it, this article's report, the new
 * date (null unless this report pins it down better), its links (`linked` when held) and buckets.
 */
export type EventWrite = ReturnType<typeof writeOf>;

/**
 * Plans a run of articles' event writes, each article as if written alone after the ones before it
 * (see README). Returns each article's rows (null when unchanged), its statements pointing at the
 * events they are, and the stored events the run changes as read, in the order they are locked. Pure.
 */
export function planEventWrites(
  plans: readonly ArticleWritePlan[],
  stored: readonly StoredArticle[],
): { articles: Array<ArticleWritePlan<EventWrite> | null>; expected: StoredEvent[] } {
  const asRead = new Map(stored.flatMap((article) => article.candidates).map((event) => [event.id, event]));
  const places = new Map(stored.flatMap((article) => article.places).map((place) => [place.id, place]));
  const state = new Map(asRead);
  const touched = new Set<string>();
  const articles = plans.map((plan, index) => {
    const { status, candidates: read } = stored[index]!;
    if (status === "unchanged") return null;
    // Seeks reach every event that can match (event-buckets.ts), so each event weighs all of the article's.
    const known = [...new Set([...read.map((event) => event.id), ...touched])].map((id) => state.get(id)!);
    const organizations = new Set(plan.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.id));
    const canonical = new Map<string, string>();
    for (const event of plan.events) {
      const match = matchEvent(asEventToMatch(event, organizations, places), candidates(event, known, places));
      if (match) canonical.set(event.id, match);
    }
    const rename = (id: string) => canonical.get(id) ?? id;
    const reports = groupBy(plan.events, (event) => rename(event.id));
    const eventIds = [...reports.keys()].sort((a, b) => a.localeCompare(b));
    const events = eventIds.map((id) => writeOf(id, reports.get(id)!, plan.article, state));
    events.forEach((event) => touched.add(event.id));
    const statements = plan.statements.map((s) => ({ ...s, eventId: s.eventId === null ? null : rename(s.eventId) }));
    return { ...plan, events, statements };
  });
  return { articles, expected: [...touched].flatMap((id) => asRead.get(id) ?? []).sort(byId) };
}

function asEventToMatch(event: Event, organizations: ReadonlySet<string>, places: ReadonlyMap<string, EventPlace>) {
  const actorIds = event.participants.filter((p) => p.role !== "SPEAKER").map((p) => p.entityId);
  const place = event.locationId ? (places.get(event.locationId) ?? null) : null;
  const bodyIds = actorIds.filter((id) => organizations.has(id));
  return { id: event.id, type: event.type, date: storedDate(event.date), place, actorIds, bodyIds };
}

/** The known events of the event's type (or its own id), as `matchEvent` weighs them. */
function candidates(event: Event, known: readonly StoredEvent[], places: ReadonlyMap<string, EventPlace>) {
  return known
    .filter((k) => k.id === event.id || k.type === event.type)
    .map((k) => {
      const held = new Set(k.participantKeys.map(participantId));
      return {
        id: k.id,
        sharedParticipants: new Set(event.participants.map((p) => p.entityId).filter((id) => held.has(id))).size,
        date: k.date,
        actorIds: [...new Set(k.participantKeys.filter((key) => !key.endsWith("|SPEAKER")).map(participantId))],
        place: k.placeIds.reduce<EventPlace | null>(
          (best, id) => moreSpecificPlace(best, places.get(id) ?? { id, containerIds: [] }),
          null,
        ),
      };
    });
}

/**
 * The write of the article's reports of event `id` (in id order; the last one's title, evidence and
 * date, the participants and places of all) against the event's state, which it then advances.
 */
function writeOf(id: string, reports: readonly Event[], article: ArticleRecord, state: Map<string, StoredEvent>) {
  const event = reports.at(-1)!;
  const before = state.get(id) ?? null;
  const heldKeys = new Set(before?.participantKeys ?? []);
  const heldPlaces = new Set(before?.placeIds ?? []);
  const participants = [
    ...new Map(reports.flatMap((r) => r.participants).map((p) => [`${p.entityId}|${p.role}`, p])).values(),
  ].map(({ entityId, role }) => ({ entityId, role, linked: heldKeys.has(`${entityId}|${role}`) }));
  const placeIds = [...new Set(reports.flatMap((r) => (r.locationId ? [r.locationId] : [])))];
  const reported = storedDate(event.date);
  const date = isMorePrecise(reported, before?.date ?? null) ? reported : null;
  const after: StoredEvent = {
    id,
    type: before?.type ?? event.type,
    participantKeys: [...heldKeys, ...participants.filter((p) => !p.linked).map((p) => `${p.entityId}|${p.role}`)],
    placeIds: [...heldPlaces, ...placeIds.filter((place) => !heldPlaces.has(place))],
    date: date ?? before?.date ?? storedDate(null),
  };
  state.set(id, after);
  const [evidence] = event.evidence;
  return {
    ...after,
    title: event.title,
    isNew: before === null,
    report: {
      evidenceStart: evidence?.start ?? 0,
      evidenceEnd: evidence?.end ?? 0,
      evidenceText: evidence ? spanText(article, evidence) : "",
      evidenceField: evidence ? fieldOf(evidence) : "text",
      dateText: event.date?.text ?? null,
    },
    reportedDate: reported,
    date,
    participants,
    places: placeIds.map((entityId) => ({ entityId, linked: heldPlaces.has(entityId) })),
    ...bucketChanges(before ? eventBucketKeys(before) : [], after),
  };
}
