import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/extract/find-quotes.js";

describe("findQuotes", () => {
  it("finds a quotation spanning several sentences, with offsets excluding the marks", () => {
    const text = "«Наша сила в единстве. Есть только один способ», - сказал он.";
    const [quote] = findQuotes(text);
    expect(text.slice(quote!.start, quote!.end)).toBe("Наша сила в единстве. Есть только один способ");
  });

  it("keeps nested „…“ quotes inside «…» as part of one quotation", () => {
    const text = "«Мы читали „Войну и мир“ всей семьёй вечером», — сказал он.";
    expect(findQuotes(text)).toHaveLength(1);
  });

  it("finds English curly and straight quotes", () => {
    const text = "“We are ready to host the talks again,” he said. She added: \"This is a good day for peace.\"";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "We are ready to host the talks again,",
      "This is a good day for peace.",
    ]);
  });

  it("ignores short quoted names", () => {
    expect(findQuotes("Компания «Роснефть» сообщила о прибыли.")).toEqual([]);
  });
});
