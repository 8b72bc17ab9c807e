import { isMorePrecise, matchEvent, moreSpecificPlace, type EventPlace } from "../domain/event-identity.js";
import type { Event, EventParticipant } from "../extract/types.js";
import { byId, fieldOf, spanText, type ArticleRecord, type ArticleWritePlan } from "./article-write-plan.js";
import { bucketChanges, eventBucketKeys, participantId } from "./event-buckets.js";
import { storedDate, type StoredArticles, type StoredEvent } from "./read-stored-articles.js";

/**
 * One event write, every decision made: the event's state after it, this article's report, the new
 * date (null unless this report pins it down better), its links (`linked` when held) and buckets.
 */
export type EventWrite = ReturnType<typeof writeOf>;

/**
 * Plans a run of articles' event writes, each article as if written alone after the ones before it
 * (see README). Returns each article's rows (null when unchanged), its statements pointing at the
 * events they are, and the stored events the run changes as read. Pure.
 */
export function planEventWrites(
  plans: readonly ArticleWritePlan[],
  read: StoredArticles,
): { articles: Array<ArticleWritePlan<EventWrite> | null>; expected: StoredEvent[] } {
  const state = new Map(read.events);
  const touched = new Set<string>();
  const articles = plans.map((plan, index) => {
    const stored = read.articles[index]!;
    if (stored.status === "unchanged") return null;
    const canonical = new Map<string, string>();
    for (const event of plan.events) {
      const candidateIds = new Set([...(stored.candidateIds.get(event.id) ?? []), ...touched]);
      const match = matchEvent(asEventToMatch(event, plan, read.places), candidates(event, candidateIds, state, read));
      if (match) canonical.set(event.id, match);
    }
    const rename = (id: string) => canonical.get(id) ?? id;
    const events = mergedReports(plan.events, rename).map((report) => writeOf(report, plan.article, state));
    events.forEach((event) => touched.add(event.id));
    const statements = plan.statements.map((s) => ({ ...s, eventId: s.eventId === null ? null : rename(s.eventId) }));
    return { ...plan, events, statements };
  });
  return { articles, expected: [...touched].flatMap((id) => read.events.get(id) ?? []) };
}

function asEventToMatch(event: Event, plan: ArticleWritePlan, places: StoredArticles["places"]) {
  const actorIds = event.participants.filter((p) => p.role !== "SPEAKER").map((p) => p.entityId);
  const organizations = new Set(plan.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.id));
  const place = event.locationId ? (places.get(event.locationId) ?? null) : null;
  const bodyIds = actorIds.filter((id) => organizations.has(id));
  return { id: event.id, type: event.type, date: storedDate(event.date), place, actorIds, bodyIds };
}

/** The known events of the event's type (or its own id) among `ids`, as `matchEvent` weighs them. */
function candidates(event: Event, ids: Set<string>, state: Map<string, StoredEvent>, read: StoredArticles) {
  const known = [...ids].map((id) => state.get(id)!).filter((k) => k.id === event.id || k.type === event.type);
  return known.map((k) => {
    const held = new Set(k.participantKeys.map(participantId));
    return {
      id: k.id,
      sharedParticipants: new Set(event.participants.map((p) => p.entityId).filter((id) => held.has(id))).size,
      date: k.date,
      actorIds: [...new Set(k.participantKeys.filter((key) => !key.endsWith("|SPEAKER")).map(participantId))],
      place: k.placeIds.reduce<EventPlace | null>(
        (best, id) => moreSpecificPlace(best, read.places.get(id) ?? { id, containerIds: [] }),
        null,
      ),
    };
  });
}

/** One of the article's events under the id of the event it is: the last report in id order, with the participants and places of all. */
type MergedReport = { event: Event; participants: EventParticipant[]; placeIds: string[] };

/** One report per event: two of the article's events that are one event become one. */
function mergedReports(events: readonly Event[], rename: (id: string) => string): MergedReport[] {
  const reports = new Map<string, MergedReport>();
  for (const event of events.map((e) => ({ ...e, id: rename(e.id) })).sort(byId)) {
    const earlier = reports.get(event.id);
    const participants = [...(earlier?.participants ?? []), ...event.participants];
    const placeIds = [...(earlier?.placeIds ?? []), ...(event.locationId ? [event.locationId] : [])];
    reports.set(event.id, {
      event,
      participants: [...new Map(participants.map((p) => [`${p.entityId}|${p.role}`, p])).values()],
      placeIds: [...new Set(placeIds)],
    });
  }
  return [...reports.values()];
}

/** The write of one report against the event's state, which it then advances. */
function writeOf(
  { event, participants, placeIds }: MergedReport,
  article: ArticleRecord,
  state: Map<string, StoredEvent>,
) {
  const before = state.get(event.id) ?? null;
  const heldKeys = new Set(before?.participantKeys ?? []);
  const heldPlaces = new Set(before?.placeIds ?? []);
  const linked = participants.map(({ entityId, role }) => ({
    entityId,
    role,
    linked: heldKeys.has(`${entityId}|${role}`),
  }));
  const reported = storedDate(event.date);
  const date = isMorePrecise(reported, before?.date ?? null) ? reported : null;
  const after: StoredEvent = {
    id: event.id,
    type: before?.type ?? event.type,
    participantKeys: [...heldKeys, ...linked.filter((p) => !p.linked).map((p) => `${p.entityId}|${p.role}`)],
    placeIds: [...heldPlaces, ...placeIds.filter((place) => !heldPlaces.has(place))],
    date: date ?? before?.date ?? storedDate(null),
  };
  state.set(event.id, after);
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
      date: reported,
    },
    date,
    participants: linked,
    places: placeIds.map((place) => ({ id: place, linked: heldPlaces.has(place) })),
    ...bucketChanges(before ? eventBucketKeys(before) : [], after),
  };
}
