import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { wordToPinyin } from "../../../src/extract/palladius-pinyin.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

describe("Chinese names written in Russian, back in pinyin", () => {
  it("spells each Palladius syllable as pinyin, with j q x, zh and the y/w spellings", () => {
    const words = ["Цзиньпин", "Цян", "Чжаосюй", "Цзянь", "И", "Ван", "Юй", "Цюань", "Го", "Жэнь"];
    expect(words.map(wordToPinyin)).toEqual([
      "Jinping",
      "Qiang",
      "Zhaoxu",
      "Jian",
      "Yi",
      "Wang",
      "Yu",
      "Quan",
      "Guo",
      "Ren",
    ]);
  });

  it("leaves words that are not Palladius syllables alone", () => {
    expect(["Петров", "Москва", "Гарсия"].map(wordToPinyin)).toEqual([null, null, null]);
  });

  it("names a Chinese official found in a Russian article by the English spelling", () => {
    const text = "Официальный представитель МИД КНР Линь Цзянь заявил журналистам, что Пекин против санкций.";
    const people = extractArticle({ text, title: null, language: "ru", publishedAt: "2024-06-25" }, resources)
      .entities.filter((e) => e.type === "PERSON")
      .map((e) => e.name);
    expect(people).toEqual(["Lin Jian"]);
  });
});
