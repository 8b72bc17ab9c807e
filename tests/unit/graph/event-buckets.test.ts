import { describe, expect, it } from "vitest";
import type { EventType } from "../../../src/extract/types.js";
import { candidateBucketSeeks, dateScopes, eventBucketKeys, eventMatchKeys } from "../../../src/graph/event-buckets.js";

const event = (
  participantIds: string[],
  dateFrom: string | null,
  dateTo: string | null,
  locationId: string | null = null,
  type: EventType = "AGREEMENT",
) => ({
  type,
  participants: participantIds.map((entityId) => ({ entityId, role: "PARTICIPANT" as const })),
  locationId,
  date: { value: dateFrom, precision: "DAY" as const, text: "", from: dateFrom, to: dateTo },
});

/** Whether the seeks of `incoming` reach `stored`. */
const reaches = (incoming: ReturnType<typeof event>, stored: ReturnType<typeof event>) => {
  const seeks = candidateBucketSeeks(incoming);
  const participantKeys = stored.participants.map((p) => `${p.entityId}|${p.role}`);
  return eventBucketKeys({ ...stored, participantKeys, date: stored.date }).some(
    (key) => seeks.bucketKeys.includes(key) || seeks.bucketPrefixes.some((prefix) => key.startsWith(prefix)),
  );
};

describe("dateScopes", () => {
  it("gives the month of an interval within one, else each year it spans, wide past three years, undated without a date", () => {
    expect(dateScopes({ from: "2024-07-06", to: "2024-07-06" })).toEqual(["2024-07"]);
    expect(dateScopes({ from: "2024-01-01", to: "2024-12-31" })).toEqual(["2024"]);
    expect(dateScopes({ from: "2023-12-30", to: "2024-01-02" })).toEqual(["2023", "2024"]);
    expect(dateScopes({ from: "2020-01-01", to: "2024-12-31" })).toEqual(["wide"]);
    expect(dateScopes({ from: null, to: null })).toEqual(["undated"]);
  });
});

describe("candidateBucketSeeks", () => {
  it("reaches a gathering's stored reports a few days off, across a month's end", () => {
    const opening = event(["Q1"], "2024-07-30", "2024-07-30", null, "SUMMIT");
    expect(reaches(opening, event(["Q1"], "2024-08-02", "2024-08-02", null, "SUMMIT"))).toBe(true);
    expect(candidateBucketSeeks(opening).bucketKeys).toEqual([
      "SUMMIT|Q1|2024-07",
      "SUMMIT|Q1|2024",
      "SUMMIT|Q1|wide",
      "SUMMIT|Q1|2024-08",
    ]);
  });

  it("seeks a one-month event's month, year and wide buckets of each participant, sorted", () => {
    expect(candidateBucketSeeks(event(["Q2", "Q1"], "2024-07-03", "2024-07-03"))).toEqual({
      bucketKeys: [
        "AGREEMENT|Q1|2024-07",
        "AGREEMENT|Q1|2024",
        "AGREEMENT|Q1|wide",
        "AGREEMENT|Q2|2024-07",
        "AGREEMENT|Q2|2024",
        "AGREEMENT|Q2|wide",
      ],
      bucketPrefixes: [],
      window: { from: "2024-07-03", to: "2024-07-03" },
    });
  });

  it("seeks a longer event's years, and their months by prefix", () => {
    expect(candidateBucketSeeks(event(["Q1"], "2024-01-01", "2024-12-31"))).toEqual({
      bucketKeys: ["AGREEMENT|Q1|2024", "AGREEMENT|Q1|wide"],
      bucketPrefixes: ["AGREEMENT|Q1|2024-"],
      window: { from: "2024-01-01", to: "2024-12-31" },
    });
  });

  it("reads undated stored events only for an event with a place, which alone can vouch for them", () => {
    expect(candidateBucketSeeks(event(["Q1"], "2024-07-03", "2024-07-03", "Q9")).bucketKeys).toContain(
      "AGREEMENT|Q1|undated",
    );
    expect(candidateBucketSeeks(event(["Q1"], "2024-07-03", "2024-07-03")).bucketKeys).not.toContain(
      "AGREEMENT|Q1|undated",
    );
  });

  it("reads every scope by prefix for an undated event with a place, and nothing without one", () => {
    const unknown = { from: null, to: null };
    expect(candidateBucketSeeks(event(["Q1"], null, null, "Q9"))).toEqual({
      bucketKeys: [],
      bucketPrefixes: ["AGREEMENT|Q1|"],
      window: unknown,
    });
    expect(candidateBucketSeeks(event(["Q1"], null, null))).toEqual({
      bucketKeys: [],
      bucketPrefixes: [],
      window: unknown,
    });
  });

  it("reaches every stored event of the type that shares a participant and an overlapping year", () => {
    expect(
      reaches(event(["Q1", "Q2"], "2024-07-03", "2024-07-03"), event(["Q3", "Q2"], "2024-07-01", "2024-07-31")),
    ).toBe(true);
    expect(reaches(event(["Q1"], "2024-01-01", "2024-12-31"), event(["Q1"], "2021-01-01", "2025-12-31"))).toBe(true);
    expect(reaches(event(["Q1"], "2021-01-01", "2025-12-31"), event(["Q1"], "2023-03-01", "2023-03-31"))).toBe(true);
    expect(reaches(event(["Q1"], null, null, "Q9"), event(["Q1"], "2023-03-01", "2023-03-31"))).toBe(true);
    expect(reaches(event(["Q1"], "2023-03-05", "2023-03-05"), event(["Q1"], "2023-01-01", "2023-12-31"))).toBe(true);
    expect(reaches(event(["Q1"], "2022-11-01", "2023-02-28"), event(["Q1"], "2023-02-14", "2023-02-14"))).toBe(true);
  });

  it("does not reach events of other months, years or participants", () => {
    expect(reaches(event(["Q1"], "2024-07-03", "2024-07-03"), event(["Q1"], "2024-08-03", "2024-08-03"))).toBe(false);
    expect(reaches(event(["Q1"], "2024-07-03", "2024-07-03"), event(["Q1"], "2023-07-03", "2023-07-03"))).toBe(false);
    expect(reaches(event(["Q1"], "2024-07-03", "2024-07-03"), event(["Q2"], "2024-07-03", "2024-07-03"))).toBe(false);
  });
});

const keyed = (type: EventType, participantIds: string[]) => ({
  type,
  participants: participantIds.map((entityId) => ({ entityId, role: "PARTICIPANT" as const })),
});

describe("eventMatchKeys", () => {
  it("gives two events that share a type and a participant a common key", () => {
    const a = eventMatchKeys([keyed("AGREEMENT", ["Q232", "Q227"])]);
    const b = eventMatchKeys([keyed("AGREEMENT", ["Q399", "Q227"])]);
    expect(a.filter((key) => b.includes(key))).toEqual(["AGREEMENT|Q227"]);
  });

  it("gives events of another type or with other participants no common key", () => {
    const a = eventMatchKeys([keyed("AGREEMENT", ["Q232"])]);
    expect(eventMatchKeys([keyed("VISIT", ["Q232"])]).some((key) => a.includes(key))).toBe(false);
    expect(eventMatchKeys([keyed("AGREEMENT", ["Q399"])]).some((key) => a.includes(key))).toBe(false);
  });

  it("returns each key once, sorted, so writers lock in one order", () => {
    expect(eventMatchKeys([keyed("AGREEMENT", ["Q2", "Q1"]), keyed("AGREEMENT", ["Q1"])])).toEqual([
      "AGREEMENT|Q1",
      "AGREEMENT|Q2",
    ]);
  });
});
