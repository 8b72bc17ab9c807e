import {
  isMorePrecise,
  matchEvent,
  moreSpecificPlace,
  type EventCandidate,
  type EventPlace,
} from "../domain/event-identity.js";
import type { Event, EventParticipant } from "../extract/types.js";
import {
  byId,
  fieldOf,
  spanText,
  type ArticleRecord,
  type ArticleWritePlan,
  type TextField,
} from "./article-write-plan.js";
import { eventBucketKeys } from "./event-buckets.js";
import { storedDate, type StoredArticles, type StoredDate, type StoredEvent } from "./read-stored-articles.js";

/**
 * One event as the write statement applies it, every decision made, nothing left to Cypher: its
 * state after this write (`participantKeys`, `placeIds`, kept on the node for the next read) and
 * the bucket links that follow from it.
 */
export interface EventWrite extends Omit<StoredEvent, "date"> {
  title: string;
  isNew: boolean;
  /** This article's report of it (REPORTS): the evidence, and the date it gives. */
  report: {
    evidenceStart: number;
    evidenceEnd: number;
    evidenceText: string;
    evidenceField: TextField;
    dateText: string | null;
    date: StoredDate;
  };
  /** The event's new date when this report pins it down better, else null. */
  date: StoredDate | null;
  /** The participants and places this article asserts; `linked` when the event already has that link. */
  participants: Array<EventParticipant & { linked: boolean }>;
  places: Array<{ id: string; linked: boolean }>;
  addBuckets: string[];
  dropBuckets: string[];
}

/**
 * Cross-article event identity for a run of articles written by one statement, decided from one
 * read, each article as if written alone after the ones before it. An event is matched
 * (`matchEvent`) against the stored events its read found and every event an earlier article of
 * the run wrote, each in its state after those writes. Then each event becomes one write: created
 * or reported again, its new date if this report is more precise (`isMorePrecise`), the links to
 * add, and the buckets to link and unlink, which follow from its state before and after. Returns
 * each article's rows (null when it is unchanged), its statements pointing at the events they are,
 * and the stored events the run changes as the read saw them. Pure.
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
    const canonical = matchArticleEvents(plan, stored.candidateIds, state, touched, read.places);
    const rename = (id: string) => canonical.get(id) ?? id;
    const events = mergedReports(plan.events, rename).map((report) => writeOf(report, plan.article, state));
    events.forEach((event) => touched.add(event.id));
    const statements = plan.statements.map((s) => ({ ...s, eventId: s.eventId === null ? null : rename(s.eventId) }));
    return { ...plan, events, statements };
  });
  return { articles, expected: [...touched].flatMap((id) => read.events.get(id) ?? []) };
}

/** Each of the article's events that is a known event, mapped to that event's id. */
function matchArticleEvents(
  plan: ArticleWritePlan,
  candidateIds: ReadonlyMap<string, string[]>,
  state: ReadonlyMap<string, StoredEvent>,
  touched: ReadonlySet<string>,
  places: ReadonlyMap<string, EventPlace>,
): Map<string, string> {
  const canonical = new Map<string, string>();
  const organizations = new Set(plan.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.id));
  for (const event of plan.events) {
    const candidates = [...new Set([...(candidateIds.get(event.id) ?? []), ...touched])]
      .map((id) => state.get(id)!)
      .filter((known) => known.id === event.id || known.type === event.type)
      .map((known) => asCandidate(known, event, places));
    const place = event.locationId ? (places.get(event.locationId) ?? null) : null;
    const actorIds = event.participants.filter((p) => p.role !== "SPEAKER").map((p) => p.entityId);
    const bodyIds = actorIds.filter((id) => organizations.has(id));
    const match = matchEvent(
      { id: event.id, type: event.type, date: storedDate(event.date), place, actorIds, bodyIds },
      candidates,
    );
    if (match) canonical.set(event.id, match);
  }
  return canonical;
}

function asCandidate(known: StoredEvent, event: Event, places: ReadonlyMap<string, EventPlace>): EventCandidate {
  const held = new Set(participantIds(known.participantKeys));
  const actorKeys = known.participantKeys.filter((key) => !key.endsWith("|SPEAKER"));
  return {
    id: known.id,
    sharedParticipants: new Set(event.participants.map((p) => p.entityId).filter((id) => held.has(id))).size,
    date: known.date,
    actorIds: [...new Set(participantIds(actorKeys))],
    place: known.placeIds.reduce<EventPlace | null>(
      (best, id) => moreSpecificPlace(best, places.get(id) ?? { id, containerIds: [] }),
      null,
    ),
  };
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
  const write: EventWrite = {
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
    ...bucketChanges(before ? bucketsOf(before) : [], bucketsOf(after)),
  };
  return write;
}

/** The buckets an event in this state is linked to (see event-buckets.ts). */
export function bucketsOf({ type, participantKeys, date }: Pick<StoredEvent, "type" | "participantKeys" | "date">) {
  return eventBucketKeys({
    type,
    participantIds: participantIds(participantKeys),
    dateFrom: date.from,
    dateTo: date.to,
  });
}

/** The bucket links to add and to drop to go from the `held` buckets to the `wanted` ones. */
export function bucketChanges(held: readonly string[], wanted: readonly string[]) {
  return {
    addBuckets: wanted.filter((key) => !held.includes(key)),
    dropBuckets: held.filter((key) => !wanted.includes(key)),
  };
}

function participantIds(keys: readonly string[]): string[] {
  return keys.map((key) => key.slice(0, key.lastIndexOf("|")));
}
