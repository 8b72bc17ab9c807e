import { describe, expect, it } from "vitest";
import { contentHash } from "../../../src/ingest/article-record.js";
import { countArticle, countFailure, emptySummary, formatSummary } from "../../../src/ingest/ingest-summary.js";
import { runPool } from "../../../src/ingest/run-pool.js";

describe("ingest summary", () => {
  it("adds up statuses and created/merged counts and lists failures with their origin", () => {
    const summary = emptySummary(false);
    countArticle(summary, {
      status: "new",
      entities: { created: 3, merged: 1 },
      events: { created: 1, merged: 0 },
      statements: { created: 2, merged: 0 },
    });
    countArticle(summary, {
      status: "unchanged",
      entities: { created: 0, merged: 0 },
      events: { created: 0, merged: 0 },
      statements: { created: 0, merged: 0 },
    });
    countFailure(summary, { origin: "a.jsonl:3", stage: "read", reason: "invalid JSON" });
    expect(summary.articles).toEqual({ new: 1, updated: 0, unchanged: 1, failed: 1 });
    const lines = formatSummary(summary);
    expect(lines[0]).toMatch(/^articles: 1 new, 0 updated, 1 unchanged, 1 failed/);
    expect(lines).toContain("entities: 3 created, 1 merged");
    expect(lines).toContain("failed: a.jsonl:3: invalid JSON");
  });
});

describe("contentHash", () => {
  it("ignores line endings and surrounding whitespace but not words", () => {
    expect(contentHash("a\r\nb  ")).toBe(contentHash("a\nb"));
    expect(contentHash("a b")).not.toBe(contentHash("a c"));
  });
});

describe("runPool", () => {
  it("never runs more tasks at once than asked and runs them all", async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(n);
      running -= 1;
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
