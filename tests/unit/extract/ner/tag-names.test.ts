import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { razdelTokens } from "../../../../src/extract/ner/razdel-tokens.js";
import type { SlovnetModel } from "../../../../src/extract/ner/slovnet-model.js";
import { tagNames, tagTokens } from "../../../../src/extract/ner/tag-names.js";
import { wordShape } from "../../../../src/extract/ner/word-shape.js";
import { loadNerModel } from "../../../../src/resources/load-ner-model.js";

/** Written by make-slovnet-tags.py beside this file with Natasha 1.6's own Slovnet and razdel. */
const cases: {
  text: string;
  tokens: string[];
  tags: string[];
  spans: { start: number; end: number; type: string }[];
}[] = JSON.parse(readFileSync(new URL("slovnet-tags.json", import.meta.url), "utf8"));

let model: SlovnetModel;
beforeAll(async () => {
  model = await loadNerModel("seed");
});

describe("the Slovnet NER port", () => {
  it.each(cases.map((c) => [c.text, c]))("cuts %s into razdel's tokens", (_, c) => {
    expect(razdelTokens(c.text).map((t) => t.text)).toEqual(c.tokens);
  });

  it.each(cases.map((c) => [c.text, c]))("tags %s as the Python model does", (_, c) => {
    expect(tagTokens(model, razdelTokens(c.text))).toEqual(c.tags);
    expect(tagNames(model, c.text)).toEqual(c.spans);
  });

  it("gives words Slovnet's shapes", () => {
    expect(["Москва", "NATO", "Санкт-Петербург", "ёлка", ",", "...", "12", "Δ", "iPhone", "Я"].map(wordShape)).toEqual([
      "RU_Xx",
      "EN_XX",
      "RU_Xx-Xx",
      "RU_xx",
      "PUNCT_,",
      "PUNCT_OTHER",
      "NUM",
      "OTHER",
      "EN_OTHER",
      "RU_X",
    ]);
  });
});
