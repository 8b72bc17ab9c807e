import { describe, expect, it } from "vitest";
import type { EventRow } from "../../../src/graph/article-write-plan.js";
import { eventMatchKeys } from "../../../src/graph/event-match-keys.js";

const event = (
  id: string,
  type: EventRow["type"],
  participantIds: string[],
  locationId: string | null = null,
): EventRow => ({
  id,
  type,
  title: id,
  participants: participantIds.map((entityId) => ({ entityId, role: "PARTICIPANT" })),
  locationId,
  dateValue: "2024",
  precision: "YEAR",
  dateFrom: "2024-01-01",
  dateTo: "2024-12-31",
  dateText: "in 2024",
  evidenceStart: 0,
  evidenceEnd: 1,
  evidenceText: "x",
});

describe("eventMatchKeys", () => {
  it("gives two events that share a type and a participant a common key", () => {
    const a = eventMatchKeys([event("a", "SUMMIT", ["Q232", "Q227"])]);
    const b = eventMatchKeys([event("b", "SUMMIT", ["Q399", "Q227"])]);
    expect(a.filter((key) => b.includes(key))).toEqual(["SUMMIT|Q227"]);
  });

  it("gives events of another type or with other participants no common key", () => {
    const a = eventMatchKeys([event("a", "SUMMIT", ["Q232"])]);
    expect(eventMatchKeys([event("b", "VISIT", ["Q232"])]).some((key) => a.includes(key))).toBe(false);
    expect(eventMatchKeys([event("c", "SUMMIT", ["Q399"])]).some((key) => a.includes(key))).toBe(false);
  });

  it("returns each key once, sorted, so writers lock in one order", () => {
    expect(eventMatchKeys([event("b", "SUMMIT", ["Q2", "Q1"]), event("a", "SUMMIT", ["Q1"])])).toEqual([
      "SUMMIT|Q1",
      "SUMMIT|Q2",
    ]);
  });
});
