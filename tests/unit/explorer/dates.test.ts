import { describe, expect, it } from "vitest";
import { dayEnd, dayStart, formatEventDate, isoDay } from "../../../explorer/src/dates.js";

describe("event dates in the explorer", () => {
  it("reads as wide as their precision", () => {
    expect(formatEventDate({ value: "2024-07-06", precision: "DAY", from: "2024-07-06", to: "2024-07-06" })).toBe(
      "6 Jul 2024",
    );
    expect(formatEventDate({ value: "2024-05", precision: "MONTH", from: "2024-05-01", to: "2024-05-31" })).toBe(
      "May 2024",
    );
    expect(formatEventDate({ value: "2020-autumn", precision: "SEASON", from: "2020-09-01", to: "2020-11-30" })).toBe(
      "autumn 2020",
    );
    expect(formatEventDate({ value: "2020", precision: "YEAR", from: "2020-01-01", to: "2020-12-31" })).toBe("2020");
    expect(formatEventDate({ value: "1980s", precision: "DECADE", from: "1980-01-01", to: "1989-12-31" })).toBe(
      "1980s",
    );
    expect(formatEventDate({ value: null, precision: null, from: null, to: null })).toBe("undated");
  });

  it("spans whole days in UTC, the last day included", () => {
    expect(dayEnd("2024-07-06") - dayStart("2024-07-06")).toBe(86_400_000);
    expect(isoDay(dayEnd("2024-12-31"))).toBe("2025-01-01");
  });
});
