import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../../src/domain/calendar-date.js";

describe("isCalendarDate", () => {
  it("takes real ISO dates, leap days included", () => {
    expect(["2024-07-06", "2024-02-29", "2000-02-29", "1999-12-31"].filter((d) => isCalendarDate(d))).toHaveLength(4);
  });

  it("refuses impossible days and months, and dates not written as YYYY-MM-DD", () => {
    for (const value of [
      "2025-02-30",
      "2025-02-29",
      "1900-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-2-3",
      "06.07.2024",
      "2024-07-06 ",
      "",
    ]) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });

  it("takes a date-time only when asked to, and only after a real date", () => {
    expect(isCalendarDate("2024-07-06T10:00:00Z")).toBe(false);
    expect(isCalendarDate("2024-07-06T10:00:00Z", { allowTime: true })).toBe(true);
    expect(isCalendarDate("2025-02-30T10:00:00Z", { allowTime: true })).toBe(false);
    expect(isCalendarDate("2024-07-06 and more", { allowTime: true })).toBe(false);
  });
});
