import { describe, expect, it } from "vitest";
import type { Event } from "../../../src/extract/types.js";
import type { ArticleWritePlan } from "../../../src/graph/article-write-plan.js";
import { planEventWrites } from "../../../src/graph/plan-event-writes.js";
import type { StoredArticle } from "../../../src/graph/read-stored-articles.js";
import type { StoredEvent } from "../../../src/graph/stored-event.js";
import type { EventPlace } from "../../../src/domain/event-identity.js";

const event = (id: string, participants: string[], from: string | null, to: string | null = from): Event => ({
  id,
  type: "SUMMIT",
  title: "Summit",
  participants: participants.map((entityId) => ({ entityId, role: "PARTICIPANT" as const })),
  locationId: null,
  date: from ? { value: from, precision: "DAY", text: "", from, to } : null,
  evidence: [{ start: 0, end: 1, sentence: 0 }],
});

const plan = (id: string, events: Event[]): ArticleWritePlan => ({
  article: {
    id,
    url: null,
    source: null,
    title: id,
    language: "en",
    publishedAt: "2024-07-10",
    contentHash: `hash-${id}`,
    text: "S",
  },
  entities: [],
  events,
  statements: [],
});

const stored = (
  id: string,
  participants: string[],
  from: string | null,
  to: string | null = from,
  placeIds: string[] = [],
): StoredEvent => ({
  id,
  type: "SUMMIT",
  participantKeys: participants.map((p) => `${p}|PARTICIPANT`),
  placeIds,
  date: { value: from, precision: from ? "DAY" : null, from, to },
});

/** The read: per article, the stored events each of its events may be. */
const read = (candidates: Array<Record<string, StoredEvent[]>>, places: EventPlace[] = []): StoredArticle[] =>
  candidates.map((byEvent) => ({
    status: "new",
    olderIds: [],
    reportedEventIds: [],
    candidates: Object.values(byEvent).flat(),
    places,
  }));

const ids = (planned: ReturnType<typeof planEventWrites>) => planned.articles.map((a) => a!.events.map((e) => e.id));

describe("planEventWrites", () => {
  it("matches a later article's event to the one an earlier article of the run creates", () => {
    const planned = planEventWrites(
      [plan("a1", [event("e1", ["x", "y"], "2024-07-06")]), plan("a2", [event("e2", ["y"], "2024-07-06")])],
      read([{}, {}]),
    );
    expect(ids(planned)).toEqual([["e1"], ["e1"]]);
    expect(planned.articles.map((a) => a!.events[0]!.isNew)).toEqual([true, false]);
    expect(planned.expected).toEqual([]);
  });

  it("lets a participant an earlier article gave a stored event make it a later article's match", () => {
    const s1 = stored("s1", ["x"], "2024-07-06");
    const planned = planEventWrites(
      [plan("a1", [event("e1", ["x", "y"], "2024-07-06")]), plan("a2", [event("e2", ["y"], "2024-07-06")])],
      read([{ e1: [s1] }, {}]),
    );
    expect(ids(planned)).toEqual([["s1"], ["s1"]]);
    expect(planned.expected).toEqual([s1]);
    const [first, second] = planned.articles.map((a) => a!.events[0]!);
    expect(first!.participants).toEqual([
      { entityId: "x", role: "PARTICIPANT", linked: true },
      { entityId: "y", role: "PARTICIPANT", linked: false },
    ]);
    expect(first!.addBuckets).toEqual(["SUMMIT|y|2024-07"]);
    expect(second!.participants).toEqual([{ entityId: "y", role: "PARTICIPANT", linked: true }]);
    expect(second!.addBuckets).toEqual([]);
  });

  it("decides a stored event that an earlier article dated into a later article's period (what one read could not see)", () => {
    // s1 was undated, in c1; a1 places its event there and dates it; a2's event has no place, so its read skipped undated events.
    const s1 = stored("s1", ["x"], null, null, ["c1"]);
    const placed = { ...event("e1", ["x"], "2024-07-06"), locationId: "c1" };
    const planned = planEventWrites(
      [plan("a1", [placed]), plan("a2", [event("e2", ["x"], "2024-07-06")])],
      read([{ e1: [s1] }, {}], [{ id: "c1", containerIds: [] }]),
    );
    expect(ids(planned)).toEqual([["s1"], ["s1"]]);
    const dated = planned.articles[0]!.events[0]!;
    expect(dated.date).toEqual({ value: "2024-07-06", precision: "DAY", from: "2024-07-06", to: "2024-07-06" });
    expect([dated.dropBuckets, dated.addBuckets]).toEqual([["SUMMIT|x|undated"], ["SUMMIT|x|2024-07"]]);
  });

  it("keeps the more precise date: a later, wider report neither re-dates nor re-buckets the event", () => {
    // In the same place: a summit report naming no body is that summit by its place (event-identity.ts).
    const s1 = stored("s1", ["x"], "2024-07-06", "2024-07-06", ["Q9"]);
    const planned = planEventWrites(
      [plan("a1", [{ ...event("e1", ["x"], "2024-07-01", "2024-07-31"), locationId: "Q9" }])],
      read([{ e1: [s1] }], [{ id: "Q9", containerIds: [] }]),
    );
    const write = planned.articles[0]!.events[0]!;
    expect([write.id, write.date, write.dropBuckets, write.addBuckets]).toEqual(["s1", null, [], []]);
    expect(write.reportedDate.from).toBe("2024-07-01");
  });

  it("writes two of an article's events that are one event as one report with the links of both", () => {
    const twice = [
      { ...event("e", ["Q1"], "2024-07-06"), locationId: "Q9" },
      { ...event("e", ["Q1", "Q2"], "2024-07-06"), locationId: "Q8" },
    ];
    const [write] = planEventWrites([plan("a1", twice)], read([{}])).articles[0]!.events;
    expect(write!.participantKeys).toEqual(["Q1|PARTICIPANT", "Q2|PARTICIPANT"]);
    expect(write!.placeIds).toEqual(["Q9", "Q8"]);
    expect(write!.addBuckets).toEqual(["SUMMIT|Q1|2024-07", "SUMMIT|Q2|2024-07"]);
  });
});
