import { describe, expect, it } from "vitest";
import type { ArticleWritePlan, EventRow } from "../../../src/graph/article-write-plan.js";
import type { StoredCandidate } from "../../../src/graph/find-event-candidates.js";
import { planSegment } from "../../../src/graph/match-batch-events.js";
import type { StoredArticle, StoredArticles } from "../../../src/graph/read-stored-articles.js";

const event = (id: string, participants: string[], from: string | null, to: string | null = from): EventRow => ({
  id,
  type: "SUMMIT",
  title: "Summit",
  participants: participants.map((entityId) => ({ entityId, role: "PARTICIPANT" as const })),
  locationId: null,
  dateValue: from,
  precision: from ? "DAY" : null,
  dateFrom: from,
  dateTo: to,
  dateText: null,
  evidenceStart: 0,
  evidenceEnd: 1,
  evidenceText: "S",
});

const plan = (id: string, events: EventRow[], contentHash = `hash-${id}`, url: string | null = null): ArticleWritePlan => ({
  article: { id, url, source: null, title: id, language: "en", publishedAt: "2024-07-10", contentHash, text: "S" },
  entities: [],
  events,
  statements: [],
});

const fresh = (candidates: StoredCandidate[] = []): StoredArticle => ({ previousHash: null, olderIds: [], reportedEventIds: [], candidates });

const stored = (factId: string, id: string, sharedIds: string[], from: string | null, to: string | null = from): StoredCandidate => ({
  factId,
  id,
  sharedIds,
  dateFrom: from,
  dateTo: to,
  dateValue: from,
  placeIds: [],
});

const read = (...articles: StoredArticle[]): StoredArticles => ({ articles, places: new Map() });

const eventIds = (plan: ArticleWritePlan) => plan.events.map((e) => e.id);

describe("planSegment", () => {
  it("matches a later article's event to the one an earlier article of the segment creates", () => {
    const segment = planSegment([plan("a1", [event("e1", ["x", "y"], "2024-07-06")]), plan("a2", [event("e2", ["y"], "2024-07-06")])], read(fresh(), fresh()));
    expect(segment.length).toBe(2);
    expect(segment.articles.map((a) => eventIds(a.plan))).toEqual([["e1"], ["e1"]]);
  });

  it("lets a participant an earlier article gave a stored event make it a later article's match", () => {
    // The stored event s1 had only x; a1 reports it with y too; a2's event names y alone.
    const segment = planSegment(
      [plan("a1", [event("e1", ["x", "y"], "2024-07-06")]), plan("a2", [event("e2", ["y"], "2024-07-06")])],
      read(fresh([stored("e1", "s1", ["x"], "2024-07-06")]), fresh()),
    );
    expect(segment.articles.map((a) => eventIds(a.plan))).toEqual([["s1"], ["s1"]]);
  });

  it("stops before an article the read cannot decide: a stored event dated into a period its read did not look at", () => {
    // s1 was undated, in c1; a1 places its event there and dates it; a2's event has no place, so its read skipped undated events.
    const placed = { ...event("e1", ["x"], "2024-07-06"), locationId: "c1" };
    const segment = planSegment([plan("a1", [placed]), plan("a2", [event("e2", ["z"], "2024-07-06")])], {
      articles: [fresh([{ ...stored("e1", "s1", ["x"], null), placeIds: ["c1"] }]), fresh()],
      places: new Map([["c1", { id: "c1", containerIds: [] }]]),
    });
    expect(segment.length).toBe(1);
    expect(eventIds(segment.articles[0]!.plan)).toEqual(["s1"]);
  });

  it("goes on when the re-dated event is one the later article's read would have seen", () => {
    const segment = planSegment(
      [plan("a1", [event("e1", ["x"], "2024-07-06")]), plan("a2", [event("e2", ["z"], "2024-07-06")])],
      read(fresh([stored("e1", "s1", ["x"], "2024-01-01", "2024-12-31")]), fresh()),
    );
    expect(segment.length).toBe(2);
    expect(segment.articles.map((a) => eventIds(a.plan))).toEqual([["s1"], ["e2"]]);
  });

  it("stops before an article whose id or url an earlier one of the segment has", () => {
    const again = planSegment([plan("a1", []), plan("a2", []), plan("a1", [])], read(fresh(), fresh(), fresh()));
    expect(again.length).toBe(2);
    const sameUrl = planSegment([plan("a1", [], "h1", "https://x/1"), plan("a2", [], "h2", "https://x/1")], read(fresh(), fresh()));
    expect(sameUrl.length).toBe(1);
  });

  it("writes a changed version of a stored article on its own, and stops before one", () => {
    const changed: StoredArticle = { ...fresh(), previousHash: "old" };
    const first = planSegment([plan("a1", []), plan("a2", [])], read(changed, fresh()));
    expect([first.length, first.replacing, first.articles[0]!.status]).toEqual([1, true, "updated"]);
    const later = planSegment([plan("a1", []), plan("a2", [])], read(fresh(), changed));
    expect([later.length, later.replacing]).toEqual([1, false]);
  });

  it("passes an unchanged article through without matching its events", () => {
    const unchanged: StoredArticle = { ...fresh(), previousHash: "hash-a1", reportedEventIds: ["s9"] };
    const segment = planSegment([plan("a1", [event("e1", ["x"], null)]), plan("a2", [])], read(unchanged, fresh()));
    expect(segment.articles.map((a) => a.status)).toEqual(["unchanged", "new"]);
  });
});
