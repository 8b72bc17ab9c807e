import { describe, expect, it } from "vitest";
import { buildFullTextQuery, splitSearchWords } from "../../../src/api/search/full-text-query.js";
import { toSearchWord } from "../../../src/api/search/search-words.js";

describe("buildFullTextQuery", () => {
  it("requires every word, each as exact form, lemma, prefix and near spelling", () => {
    const words = [toSearchWord("азербайджана", ["азербайджана", "азербайджан"]), toSearchWord("tokaev", ["tokaev"])];
    expect(buildFullTextQuery(words)).toBe(
      "+(азербайджана^4 азербайджан^3 азербайджан* азербайджана* азербайджана~2) +(tokaev^4 tokaev* tokaev~1)",
    );
  });

  it("escapes Lucene syntax and lower-cases operator words so user input is searched, not parsed", () => {
    expect(buildFullTextQuery([toSearchWord("AND", [])])).toBe("+(and^4 and*)");
    expect(buildFullTextQuery([{ word: "c+", lemmas: [], fuzzy: false, prefix: false }])).toBe("+(c\\+^4)");
  });

  it("gives null when nothing is left to search", () => {
    expect(buildFullTextQuery([])).toBeNull();
  });
});

describe("splitSearchWords", () => {
  it("keeps letters and digits of any script, lower-cased, with ё folded", () => {
    expect(splitSearchWords("Касым-Жомарт  Токаев, 2024! Пётр")).toEqual(["касым", "жомарт", "токаев", "2024", "петр"]);
  });

  it("searches short words exactly and numbers without fuzziness", () => {
    expect(toSearchWord("ес", [])).toEqual({ word: "ес", lemmas: [], fuzzy: false, prefix: false });
    expect(toSearchWord("2024", [])).toMatchObject({ fuzzy: false, prefix: true });
  });
});
