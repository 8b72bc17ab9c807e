import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/extract/find-quotes.js";

describe("findQuotes", () => {
  it("finds a quotation spanning several sentences, with offsets excluding the marks", () => {
    const text = "«Наша сила в единстве. Есть только один способ», - сказал он.";
    const [quote] = findQuotes(text);
    expect(text.slice(quote!.start, quote!.end)).toBe("Наша сила в единстве. Есть только один способ");
  });

  it("splits a quotation at an attribution set inside its marks between dashes", () => {
    const text =
      "«Мы выполнили все обещания, - сказал он журналистам. - Теперь очередь за другими». «Всё так - и так будет», - добавил он.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "Мы выполнили все обещания,",
      "Теперь очередь за другими",
      "Всё так - и так будет",
    ]);
  });

  it("keeps nested „…“ quotes inside «…» as part of one quotation", () => {
    const text = "«Мы читали „Войну и мир“ всей семьёй вечером», — сказал он.";
    expect(findQuotes(text)).toHaveLength(1);
  });

  it("finds English curly and straight quotes", () => {
    const text = '“We are ready to host the talks again,” he said. She added: "This is a good day for peace."';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "We are ready to host the talks again,",
      "This is a good day for peace.",
    ]);
  });

  it("finds short quotations too, however few their words (whether they are names is attribution's call)", () => {
    const text = 'He called the talks "constructive".';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["constructive"]);
  });

  it("ends a quotation left open at the end of its paragraph there, one span per paragraph", () => {
    const text = "«Первый абзац речи идет здесь.\n\n«Второй абзац речи закрыт», — сказал он.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "Первый абзац речи идет здесь.",
      "Второй абзац речи закрыт",
    ]);
  });

  it("pairs single curly quotes without taking an apostrophe for a closing mark", () => {
    const text = "‘Ankara wants a Syria that can say no to everyone’s pressure’";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "Ankara wants a Syria that can say no to everyone’s pressure",
    ]);
  });

  it("lets an outer quotation hide the quotations nested in it", () => {
    const text = '«Если отпустить любой из них, "тишина" рухнет за один день», — считает она.';
    expect(findQuotes(text)).toHaveLength(1);
  });
});
