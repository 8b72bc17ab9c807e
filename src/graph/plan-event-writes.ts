import {
  isMorePrecise,
  matchEvent,
  moreSpecificPlace,
  type EventCandidate,
  type EventPlace,
} from "../domain/event-identity.js";
import { withEventIds, type ArticleWritePlan, type EventRow } from "./article-write-plan.js";
import { eventBucketKeys } from "./event-buckets.js";
import type { StoredArticle, StoredArticles, StoredEvent } from "./read-stored-articles.js";

/** One event as the write statement applies it: every decision made, nothing left to Cypher. */
export interface EventWrite {
  id: string;
  type: string;
  title: string;
  isNew: boolean;
  /** This article's report of it: the evidence and the date it gives (REPORTS). */
  report: Pick<
    EventRow,
    "evidenceStart" | "evidenceEnd" | "evidenceText" | "dateText" | "dateValue" | "precision" | "dateFrom" | "dateTo"
  >;
  /** The event's new date when this report pins it down better, else null. */
  date: Pick<EventRow, "dateValue" | "precision" | "dateFrom" | "dateTo"> | null;
  /** The participants this article asserts; `linked` when the event already has that link. */
  participants: Array<{ entityId: string; role: string; linked: boolean }>;
  places: Array<{ id: string; linked: boolean }>;
  /** The event's whole state after this write, kept on the node for the next read. */
  participantKeys: string[];
  placeIds: string[];
  addBuckets: string[];
  dropBuckets: string[];
}

/** One article of a run: its plan with events renamed to the events they are, and their writes. */
export interface PlannedArticle {
  plan: ArticleWritePlan;
  events: EventWrite[];
}

/** What a run writes: per article, and the stored events it changes as the read saw them (checked again under their locks). */
export interface RunPlan {
  articles: PlannedArticle[];
  expected: StoredEvent[];
}

/**
 * Cross-article event identity for a run of articles written by one statement, decided from one
 * read, each article as if written alone after the ones before it. An event is matched
 * (`matchEvent`) against the stored events its read found and every event an earlier article of
 * the run wrote, each in its state after those writes; the read returns each candidate's whole
 * state (participants, places, date), so nothing the run changes is out of sight. Then each event
 * becomes one write: created or reported again, its new date if this report is more precise
 * (`isMorePrecise`), the links to add, and the buckets to link and unlink, which follow from its
 * state before and after (`eventBucketKeys`). Pure.
 */
export function planEventWrites(plans: readonly ArticleWritePlan[], read: StoredArticles): RunPlan {
  const state = new Map(read.events);
  const touched = new Set<string>();
  const articles = plans.map((plan, index) => {
    const canonical = matchArticleEvents(plan, read.articles[index]!, state, touched, read.places);
    const renamed = withEventIds(plan, canonical);
    const events = mergedRows(renamed.events).map((row) => writeOf(row, state));
    events.forEach((event) => touched.add(event.id));
    return { plan: renamed, events };
  });
  const expected = [...touched].flatMap((id) => read.events.get(id) ?? []);
  return { articles, expected };
}

function matchArticleEvents(
  plan: ArticleWritePlan,
  stored: StoredArticle,
  state: ReadonlyMap<string, StoredEvent>,
  touched: ReadonlySet<string>,
  places: ReadonlyMap<string, EventPlace>,
): Map<string, string> {
  const canonical = new Map<string, string>();
  const organizations = new Set(
    plan.entities.filter((entity) => entity.type === "ORGANIZATION").map((entity) => entity.id),
  );
  for (const event of plan.events) {
    const pool = new Set([...(stored.candidateIds.get(event.id) ?? []), ...touched]);
    const candidates = [...pool]
      .map((id) => state.get(id)!)
      .filter((known) => known.id === event.id || known.type === event.type)
      .map((known) => asCandidate(known, event, places));
    const place = event.locationId ? (places.get(event.locationId) ?? null) : null;
    const actorIds = event.participants.filter((p) => p.role !== "SPEAKER").map((p) => p.entityId);
    const bodyIds = actorIds.filter((id) => organizations.has(id));
    const match = matchEvent(
      { id: event.id, type: event.type, date: { from: event.dateFrom, to: event.dateTo }, place, actorIds, bodyIds },
      candidates,
    );
    if (match) canonical.set(event.id, match);
  }
  return canonical;
}

function asCandidate(known: StoredEvent, event: EventRow, places: ReadonlyMap<string, EventPlace>): EventCandidate {
  const held = new Set(participantIds(known.participantKeys));
  return {
    id: known.id,
    sharedParticipants: new Set(event.participants.map((p) => p.entityId).filter((id) => held.has(id))).size,
    date: { from: known.dateFrom, to: known.dateTo },
    actorIds: [
      ...new Set(
        known.participantKeys
          .filter((key) => !key.endsWith("|SPEAKER"))
          .map((key) => key.slice(0, key.lastIndexOf("|"))),
      ),
    ],
    place: known.placeIds.reduce<EventPlace | null>(
      (best, id) => moreSpecificPlace(best, places.get(id) ?? { id, containerIds: [] }),
      null,
    ),
  };
}

/** One row per event id: two of the article's events that are one event become one report (the later's evidence and date) with the participants and places of both. */
function mergedRows(events: readonly EventRow[]): Array<EventRow & { placeIds: string[] }> {
  const rows = new Map<string, EventRow & { placeIds: string[] }>();
  for (const event of events) {
    const earlier = rows.get(event.id);
    const participants = new Map(
      [...(earlier?.participants ?? []), ...event.participants].map((p) => [`${p.entityId}|${p.role}`, p]),
    );
    const placeIds = [...new Set([...(earlier?.placeIds ?? []), ...(event.locationId ? [event.locationId] : [])])];
    rows.set(event.id, { ...event, participants: [...participants.values()], placeIds });
  }
  return [...rows.values()];
}

/** The write of one merged row against the event's state, which it then advances. */
function writeOf(row: EventRow & { placeIds: string[] }, state: Map<string, StoredEvent>): EventWrite {
  const before = state.get(row.id) ?? null;
  const heldKeys = new Set(before?.participantKeys ?? []);
  const heldPlaces = new Set(before?.placeIds ?? []);
  const participants = row.participants.map((p) => ({ ...p, linked: heldKeys.has(`${p.entityId}|${p.role}`) }));
  const reported = { dateValue: row.dateValue, precision: row.precision, dateFrom: row.dateFrom, dateTo: row.dateTo };
  const current = before && { value: before.dateValue, from: before.dateFrom, to: before.dateTo };
  const date = isMorePrecise({ value: row.dateValue, from: row.dateFrom, to: row.dateTo }, current) ? reported : null;
  const after: StoredEvent = {
    id: row.id,
    type: before?.type ?? row.type,
    participantKeys: [...heldKeys, ...participants.filter((p) => !p.linked).map((p) => `${p.entityId}|${p.role}`)],
    placeIds: [...heldPlaces, ...row.placeIds.filter((id) => !heldPlaces.has(id))],
    ...(date ?? {
      dateValue: before?.dateValue ?? null,
      precision: before?.precision ?? null,
      dateFrom: before?.dateFrom ?? null,
      dateTo: before?.dateTo ?? null,
    }),
  };
  state.set(row.id, after);
  const held = before ? bucketsOf(before) : [];
  const wanted = bucketsOf(after);
  return {
    id: row.id,
    type: after.type,
    title: row.title,
    isNew: before === null,
    report: {
      ...reported,
      evidenceStart: row.evidenceStart,
      evidenceEnd: row.evidenceEnd,
      evidenceText: row.evidenceText,
      dateText: row.dateText,
    },
    date,
    participants,
    places: row.placeIds.map((id) => ({ id, linked: heldPlaces.has(id) })),
    participantKeys: after.participantKeys,
    placeIds: after.placeIds,
    addBuckets: wanted.filter((key) => !held.includes(key)),
    dropBuckets: held.filter((key) => !wanted.includes(key)),
  };
}

/** The buckets an event in this state is linked to (see event-buckets.ts). */
export function bucketsOf(event: Pick<StoredEvent, "type" | "participantKeys" | "dateFrom" | "dateTo">): string[] {
  return eventBucketKeys({
    type: event.type,
    participantIds: participantIds(event.participantKeys),
    dateFrom: event.dateFrom,
    dateTo: event.dateTo,
  });
}

function participantIds(keys: readonly string[]): string[] {
  return keys.map((key) => key.slice(0, key.lastIndexOf("|")));
}
