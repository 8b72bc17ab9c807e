import { describe, expect, it } from "vitest";
import { pageOffset, pageSize } from "../../../src/api/resolvers/page-size.js";

describe("pageSize", () => {
  it("uses the fallback when no limit is given and passes a limit inside the maximum", () => {
    expect(pageSize(undefined, 20, 100)).toBe(20);
    expect(pageSize(100, 20, 100)).toBe(100);
  });

  it("refuses a limit over the maximum or below 1 with BAD_USER_INPUT naming MAX_PAGE_SIZE", () => {
    for (const limit of [101, 0, -5, 2.5]) {
      expect(() => pageSize(limit, 20, 100)).toThrow(/MAX_PAGE_SIZE/);
    }
    try {
      pageSize(101, 20, 100);
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toMatchObject({ code: "BAD_USER_INPUT", maximum: 100 });
    }
  });

  it("refuses a negative offset", () => {
    expect(pageOffset(null)).toBe(0);
    expect(() => pageOffset(-1)).toThrow(/offset/);
  });
});
