import { describe, expect, it } from "vitest";
import { buildEnglishNameIndex, englishSpelling } from "../../../src/extract/english-spelling.js";

/** A few names with made-up ranks: what matters is which is more common. */
const names = buildEnglishNameIndex([
  ["dutton", { surname: 1879 }],
  ["datton", { surname: 60000 }],
  ["howard", { surname: 65, firstName: 80 }],
  ["leavitt", { surname: 2458 }],
  ["john", { surname: 400, firstName: 2 }],
  ["jon", { firstName: 300 }],
  ["jane", { firstName: 150 }],
  ["jose", { surname: 4268, firstName: 28 }],
  ["hose", { surname: 18651 }],
  ["perriello", { surname: 54969 }],
  ["smith", { surname: 1 }],
  ["george", { surname: 150, firstName: 14 }],
  ["gorge", { surname: 70000 }],
  ["page", { surname: 190, firstName: 900 }],
]);

describe("an English name written in Russian, spelt back", () => {
  it("reads each Russian letter group as English writes it, doubled letters and a silent final e included", () => {
    expect(englishSpelling("Ливитт", names)).toBe("Leavitt");
    expect(englishSpelling("Перриелло", names)).toBe("Perriello");
    expect(englishSpelling("Джейн", names)).toBe("Jane");
    expect(englishSpelling("Смит", names)).toBe("Smith");
  });

  it("reads г at the start as h, as Russian long wrote it («Говард»)", () => {
    expect(englishSpelling("Говард", names)).toBe("Howard");
  });

  it("reads дж at the start and at the end as English g before e («Джордж» George, «Пейдж» Page)", () => {
    expect(englishSpelling("Джордж", names)).toBe("George");
    expect(englishSpelling("Пейдж", names)).toBe("Page");
  });

  it("takes the more common of two names written alike", () => {
    expect(englishSpelling("Даттон", names)).toBe("Dutton");
    expect(englishSpelling("Джон", names)).toBe("John");
    expect(englishSpelling("Хосе", names)).toBe("Jose");
  });

  it("keeps to first names when asked, and finds nothing no list holds", () => {
    expect(englishSpelling("Даттон", names, { firstNamesOnly: true })).toBeNull();
    expect(englishSpelling("Джейн", names, { firstNamesOnly: true })).toBe("Jane");
    expect(englishSpelling("Нуджома", names)).toBeNull();
  });

  it("takes no reading that needs too many unusual writings", () => {
    expect(englishSpelling("Дуттон", names, { maxCost: 0 })).toBe("Dutton");
    expect(englishSpelling("Даттон", names, { maxCost: 0 })).toBe("Datton");
  });
});
