import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

describe("cities the gazetteer knows only in English, named in a Russian article", () => {
  let resources: ExtractionResources;
  beforeAll(async () => {
    resources = await seedResources();
  });

  const cities = (text: string) =>
    extractArticle({ text, language: "ru", publishedAt: "2025-05-04" }, resources)
      .entities.filter((e) => e.type === "CITY")
      .map((e) => e.name);

  it("are found by sound after «в» and in the words coordinated with it, whatever their case", () => {
    expect(cities("Лидер оппозиции признал поражение в Брисбене.")).toEqual(["Brisbane"]);
    expect(cities("Самолеты забрали мигрантов в Сан-Диего и Хьюстоне.")).toEqual(["San Diego", "Houston"]);
  });

  it("are not read into a word that follows no place preposition, or sounds like no listed city", () => {
    expect(cities("Брисбене заявил журналистам, что итоги признают.")).toEqual([]);
    expect(cities("Переговоры прошли в Зельдорфе.")).toEqual([]);
  });
});
