import { describe, expect, it } from "vitest";
import { checkArticleInput, InvalidArticleError } from "../../../src/ingest/check-article-input.js";

const valid = { language: "ru", publishedAt: "2024-07-06", text: "Токаев заявил в субботу: «Наша сила в единстве»." };

describe("checkArticleInput", () => {
  it("accepts an ordinary article, with or without language and date", () => {
    expect(() => checkArticleInput(valid)).not.toThrow();
    expect(() => checkArticleInput({ text: "Tokayev spoke.\r\n\tThen he left." })).not.toThrow();
    expect(() =>
      checkArticleInput({ ...valid, publishedAt: "2024-07-06T09:30:00+05:00", language: "ru-RU" }),
    ).not.toThrow();
  });

  it.each([
    ["text", { ...valid, text: " \n " }, /text is empty/],
    ["text", { ...valid, text: "\u0000\u0001binary\u0002" }, /control characters/],
    ["text", { ...valid, text: "caf\uFFFD\uFFFD" }, /control characters/],
    ["text", { ...valid, text: "12345 67 -- !!" }, /no letters/],
    ["language", { ...valid, language: "xx" }, /language "xx" is not supported; use "ru" or "en"/],
    [
      "publishedAt",
      { ...valid, publishedAt: "2025-02-30" },
      /publishedAt "2025-02-30" is not a real date; use YYYY-MM-DD/,
    ],
    ["publishedAt", { ...valid, publishedAt: "July 6" }, /not a real date/],
  ])("refuses a bad %s, naming it", (field, input, message) => {
    let thrown: unknown;
    try {
      checkArticleInput(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArticleError);
    expect((thrown as InvalidArticleError).field).toBe(field);
    expect((thrown as Error).message).toMatch(message);
  });
});
