import { withEventIds, type ArticleWritePlan, type EventRow } from "./article-write-plan.js";
import { candidateBucketSeeks, dateScopes } from "./event-buckets.js";
import type { StoredCandidate } from "./find-event-candidates.js";
import { intervalDays, matchEvent, type DateInterval, type EventCandidate, type EventPlace } from "./match-events.js";
import type { StoredArticle, StoredArticles } from "./read-stored-articles.js";
import { eventWriteRows, type EventWriteRow } from "./write-events.js";

/**
 * Cross-article event identity for a run of articles written by one statement, decided from one
 * read. Each article must be matched as if written alone, after the ones before it: a later
 * article's event can be one an earlier article created, and an event an earlier one reported
 * again can have gained a participant, a place or a more precise date that makes it the later
 * one's match (or no longer). The read saw the store before the run, so what the run's own
 * writes change is kept here (`WrittenEvent`) and laid over it, following the write statement's
 * rules (write-events.ts) and the candidate read's (find-event-candidates.ts, event-buckets.ts).
 * One thing the read may not tell: whether a stored event that the run re-dated into a later
 * event's period shares a participant with it, if the read saw it in another period. The run
 * then stops before that article, and the writer reads again.
 */

/** A segment of a batch: articles written by one statement, in order, each as if alone. */
export interface Segment {
  /** How many of the batch's articles, from its start, the segment decides. */
  length: number;
  /** Per article: unchanged, or its plan with events renamed to the stored events they are. */
  articles: SegmentArticle[];
  /** True when the segment is one changed version of a stored article: it is written on its own, after its old facts are removed. */
  replacing: boolean;
}

/** One article of a segment. */
export interface SegmentArticle {
  status: "unchanged" | "new" | "updated";
  /** Its write plan, events renamed to the stored or earlier-written events they are. */
  plan: ArticleWritePlan;
  stored: StoredArticle;
}

/**
 * The longest run of articles from the start of `plans` that one write can take, with their event
 * identities. A changed version of a stored article is a segment of its own (its old facts are
 * removed first, which the read cannot foresee), and so the run stops before one; it also stops
 * before an article whose id or url an earlier one of the run has (that one is then its stored
 * version), and where the read cannot tell a later article's matches (see above). It always takes
 * at least the first article, so a writer that reads again for the rest always gets on.
 */
export function planSegment(plans: readonly ArticleWritePlan[], read: StoredArticles): Segment {
  const first = read.articles[0]!;
  if (isReplacing(plans[0]!, first)) {
    const plan = withEventIds(plans[0]!, canonicalEventIds(plans[0]!, first, read, new Map())!);
    return { length: 1, replacing: true, articles: [{ status: "updated", plan, stored: first }] };
  }
  const written = new Map<string, WrittenEvent>();
  const seen = new Set<string>();
  const articles: SegmentArticle[] = [];
  for (const [index, plan] of plans.entries()) {
    const stored = read.articles[index]!;
    const { id, url } = plan.article;
    if (isReplacing(plan, stored) || seen.has(id) || (url !== null && seen.has(`url:${url}`))) break;
    if (isUnchanged(plan, stored)) {
      articles.push({ status: "unchanged", plan, stored });
    } else {
      const canonical = canonicalEventIds(plan, stored, read, written);
      if (canonical === undefined) break;
      const next = withEventIds(plan, canonical);
      recordWrites(written, eventWriteRows(next.events), stored);
      articles.push({ status: "new", plan: next, stored });
    }
    seen.add(id);
    if (url !== null) seen.add(`url:${url}`);
  }
  return { length: articles.length, replacing: false, articles };
}

function isUnchanged(plan: ArticleWritePlan, stored: StoredArticle): boolean {
  return stored.previousHash === plan.article.contentHash && stored.olderIds.length === 0;
}

function isReplacing(plan: ArticleWritePlan, stored: StoredArticle): boolean {
  return !isUnchanged(plan, stored) && (stored.previousHash !== null || stored.olderIds.length > 0);
}

/** An event the segment's earlier articles wrote, as the store will hold it when a later article's turn comes. */
interface WrittenEvent {
  id: string;
  type: string;
  /** Participants the segment gave it: all of them when the segment created it. */
  participants: Set<string>;
  /** What the read saw of a stored event; null when the segment created it. */
  stored: { date: DateInterval } | null;
  date: DateInterval & { value: string | null };
  placeIds: Set<string>;
}

/**
 * Maps each event of the plan to the stored or earlier-written event it is (its own id when it is
 * new); undefined when the read cannot tell (see the module comment).
 */
function canonicalEventIds(
  plan: ArticleWritePlan,
  stored: StoredArticle,
  read: StoredArticles,
  written: ReadonlyMap<string, WrittenEvent>,
): Map<string, string> | undefined {
  const canonical = new Map<string, string>();
  const found = new Map(stored.candidates.map((candidate) => [`${candidate.factId}|${candidate.id}`, candidate]));
  for (const event of plan.events) {
    const candidates = stored.candidates
      .filter((candidate) => candidate.factId === event.id && !written.has(candidate.id))
      .map((candidate) => storedCandidate(candidate, read.places));
    const reaches = readReach(event);
    for (const earlier of written.values()) {
      const candidate = writtenCandidate(earlier, event, reaches, found.get(`${event.id}|${earlier.id}`), read.places);
      if (candidate === undefined) return undefined;
      if (candidate) candidates.push(candidate);
    }
    const place = event.locationId ? (read.places.get(event.locationId) ?? null) : null;
    const match = matchEvent({ id: event.id, date: { from: event.dateFrom, to: event.dateTo }, place }, candidates);
    if (match) canonical.set(event.id, match);
  }
  return canonical;
}

function storedCandidate(candidate: StoredCandidate, places: ReadonlyMap<string, EventPlace>): EventCandidate {
  return {
    id: candidate.id,
    sharedParticipants: candidate.sharedIds.length,
    date: { from: candidate.dateFrom, to: candidate.dateTo },
    place: mostSpecific(candidate.placeIds, places),
  };
}

/**
 * An earlier-written event as a candidate of `event`, if the candidate read would find it now: by
 * its own id, or in a bucket of a shared participant and a period the event reads, with a date
 * that passes the read's filter. The participants it shares are those the read saw it share
 * (`seen`: the read's row of it for this event, if any) plus those the segment gave it; undefined
 * when the read did not look at its old period for this event.
 */
function writtenCandidate(
  earlier: WrittenEvent,
  event: EventRow,
  reaches: (date: DateInterval) => boolean,
  seen: StoredCandidate | undefined,
  places: ReadonlyMap<string, EventPlace>,
): EventCandidate | null | undefined {
  const asCandidate = (shared: number): EventCandidate => ({
    id: earlier.id,
    sharedParticipants: shared,
    date: { from: earlier.date.from, to: earlier.date.to },
    place: mostSpecific([...earlier.placeIds], places),
  });
  if (earlier.id === event.id) return asCandidate(0);
  if (earlier.type !== event.type || !reaches(earlier.date)) return null;
  const shared = new Set(event.participants.map((p) => p.entityId).filter((id) => earlier.participants.has(id)));
  if (earlier.stored) {
    if (seen) seen.sharedIds.forEach((id) => shared.add(id));
    else if (!reaches(earlier.stored.date)) return undefined;
  }
  return shared.size > 0 ? asCandidate(shared.size) : null;
}

/**
 * Whether the candidate read of `event` looks at an event of its type dated `date` (for a shared
 * participant): one of the date's periods is among the buckets it seeks (`candidateBucketSeeks`),
 * and the dates overlap or either is unknown.
 */
function readReach(event: EventRow): (date: DateInterval) => boolean {
  const probe = event.participants[0];
  if (!probe) return () => false;
  const seeks = candidateBucketSeeks({ ...event, participants: [probe] });
  const keys = new Set(seeks.bucketKeys);
  return (date) => {
    const inBucket = dateScopes(date.from, date.to).some((scope) => {
      const key = `${event.type}|${probe.entityId}|${scope}`;
      return keys.has(key) || seeks.bucketPrefixes.some((prefix) => key.startsWith(prefix));
    });
    if (!inBucket) return false;
    if (date.from === null || date.to === null || event.dateFrom === null || event.dateTo === null) return true;
    return date.from <= event.dateTo && event.dateFrom <= date.to;
  };
}

/** Lays one article's event writes over what the segment wrote before (the write statement's rules, write-events.ts). */
function recordWrites(written: Map<string, WrittenEvent>, rows: readonly EventWriteRow[], stored: StoredArticle): void {
  for (const row of rows) {
    const event = written.get(row.id) ?? startingState(row, stored);
    row.participants.forEach((participant) => event.participants.add(participant.entityId));
    row.placeIds.forEach((id) => event.placeIds.add(id));
    event.date = moreSpecificDate(event.date, row);
    written.set(row.id, event);
  }
}

/** An event as it is before the segment writes it: as the read found it if stored, else nothing yet. */
function startingState(row: EventWriteRow, stored: StoredArticle): WrittenEvent {
  const first = stored.candidates.find((candidate) => candidate.id === row.id);
  if (!first) {
    return { id: row.id, type: row.type, participants: new Set(), stored: null, date: { from: null, to: null, value: null }, placeIds: new Set() };
  }
  return {
    id: row.id,
    type: row.type,
    participants: new Set(),
    stored: { date: { from: first.dateFrom, to: first.dateTo } },
    date: { from: first.dateFrom, to: first.dateTo, value: first.dateValue },
    placeIds: new Set(first.placeIds),
  };
}

/** The event's date after a report: the report's when narrower, or as narrow with a smaller value (write-events.ts). */
function moreSpecificDate(current: WrittenEvent["date"], row: EventRow): WrittenEvent["date"] {
  if (row.dateFrom === null || row.dateTo === null) return current;
  const reported = { from: row.dateFrom, to: row.dateTo, value: row.dateValue };
  if (current.from === null || current.to === null) return reported;
  const width = intervalDays(reported) - intervalDays(current);
  return width < 0 || (width === 0 && reported.value !== null && current.value !== null && reported.value < current.value) ? reported : current;
}

/** When sources placed an event differently ("Shusha", "Azerbaijan"), the narrowest place speaks for it. */
function mostSpecific(placeIds: readonly string[], places: ReadonlyMap<string, EventPlace>): EventPlace | null {
  const known = placeIds.map((id) => places.get(id) ?? { id, containerIds: [] });
  return known.sort((a, b) => b.containerIds.length - a.containerIds.length || a.id.localeCompare(b.id))[0] ?? null;
}
