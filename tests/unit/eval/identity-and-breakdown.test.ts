import { describe, expect, it } from "vitest";
import { formatBreakdown, formatLowest } from "../../../src/eval/format-breakdown.js";
import type { ArticleScore } from "../../../src/eval/score-article.js";
import { lowestScoring, scoreBreakdown } from "../../../src/eval/score-breakdown.js";
import { scoreEventIdentity } from "../../../src/eval/score-event-identity.js";

describe("scoreEventIdentity", () => {
  it("counts pairs across articles: asked for by a shared key, made by one stored event", () => {
    const counts = scoreEventIdentity([
      { articleId: "a", key: "summit", storedEventId: "E1" },
      { articleId: "b", key: "summit", storedEventId: "E1" }, // a true link
      { articleId: "c", key: "summit", storedEventId: null }, // missed twice: not extracted
      { articleId: "a", key: "meeting", storedEventId: "E2" },
      { articleId: "b", key: "other-meeting", storedEventId: "E2" }, // a false link
      { articleId: "b", key: "visit", storedEventId: "E3" },
      { articleId: "b", key: "talks", storedEventId: "E3" }, // same article: not a cross-article pair
    ]);
    expect(counts).toEqual({ gold: 3, extracted: 2, matched: 1, bothFound: 1 });
  });
});

function score(id: string, language: "ru" | "en", genre: ArticleScore["genre"], matched: number): ArticleScore {
  const category = { gold: 4, extracted: 4, matched, missed: [], extra: [] };
  return {
    id,
    language,
    genre,
    region: "africa",
    entities: category,
    statements: category,
    events: category,
    eventsAnyType: { gold: 4, extracted: 4, matched },
    eventDetails: { participants: { gold: 4, extracted: 4, matched }, places: { gold: 1, extracted: 1, matched: 1 } },
    speakers: { found: matched, rightSpeaker: matched },
  };
}

describe("scoreBreakdown and lowestScoring", () => {
  const scores = [score("x", "ru", "wire", 4), score("y", "en", "wire", 2), score("z", "en", "briefing", 0)];

  it("micro-averages each language, genre and region over its own articles", () => {
    const rows = scoreBreakdown(scores);
    const row = (trait: string, value: string) => rows.find((r) => r.trait === trait && r.value === value)!;
    expect(row("language", "en").articles).toBe(2);
    expect(row("language", "en").summary.entities).toEqual({ gold: 8, extracted: 8, matched: 2 });
    expect(row("genre", "wire").summary.overall).toEqual({ gold: 24, extracted: 24, matched: 18 });
    expect(row("region", "africa").articles).toBe(3);
    expect(formatBreakdown(rows)).toContain("genre: briefing");
  });

  it("lists the weakest articles first", () => {
    expect(lowestScoring(scores, 2).map(({ id, f1 }) => [id, f1])).toEqual([
      ["z", 0],
      ["y", 0.5],
    ]);
    expect(formatLowest(lowestScoring(scores, 1))).toBe("lowest overall F1:\n  0.000  z  (en, briefing, africa)");
  });
});
