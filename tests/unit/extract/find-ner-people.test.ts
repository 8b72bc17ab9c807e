import { beforeAll, describe, expect, it } from "vitest";
import { findNerPeople } from "../../../src/extract/find-ner-people.js";
import { extractArticle } from "../../../src/extract/index.js";
import { segmentText } from "../../../src/extract/segment-text.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

function people(text: string, language = "ru"): { name: string; mentions: string[] }[] {
  return extractArticle({ text, language, publishedAt: "2025-05-12" }, resources)
    .entities.filter((e) => e.type === "PERSON")
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));
}

describe("people the statistical NER finds in Russian", () => {
  it("finds a foreign name no title, speech verb or dictionary announces", () => {
    expect(people("Переговоры в Аккре вели Абдулай Мбаки и представители профсоюзов.")).toEqual([
      { name: "Abdulay Mbaki", mentions: ["Абдулай Мбаки"] },
    ]);
  });

  it("keeps a word az does not know in the name though az guesses it is a verb («Бинь»)", () => {
    expect(people("Переговоры в Лиме вели Тхань Бинь и представители профсоюзов.")[0]?.mentions).toEqual([
      "Тхань Бинь",
    ]);
  });

  it("links the surname alone to the person named in full", () => {
    expect(people("В Лиме Аурелио Кинтанилья встретился с фермерами. Позже Кинтанилья уехал в Куско.")).toEqual([
      { name: "Aurelio Quintanilla", mentions: ["Аурелио Кинтанилья", "Кинтанилья"] },
    ]);
  });

  it("leaves names the gazetteer knows to the gazetteer", () => {
    const found = extractArticle(
      { text: "В пятницу Сергей Лавров провел переговоры в Каире.", language: "ru", publishedAt: "2025-05-12" },
      resources,
    ).entities.filter((e) => e.type === "PERSON");
    expect(found.map((e) => [e.id, resources.entities.has(e.id), e.mentions.length])).toEqual([
      ["kg:person:sergey-lavrov", true, 1],
    ]);
  });

  it("runs only on Russian text", () => {
    const text = "Переговоры в Аккре вели Абдулай Мбаки и представители профсоюзов.";
    const { sentences, tokens } = segmentText(text, "ru", resources.morph);
    const found = (language: "ru" | "en") =>
      findNerPeople(text, sentences, tokens, new Set(), language, resources).map((p) =>
        text.slice(tokens[p.first]!.start, tokens[p.last]!.end),
      );
    expect(found("ru")).toEqual(["Абдулай Мбаки"]);
    expect(found("en")).toEqual([]);
  });

  it("takes no title or verb into a name", () => {
    const names = people("Беседовала Ирина Громова. Министр Ибрагим Траоре прибыл в Аккру.").map((p) => p.name);
    expect(names.some((name) => /Besedovala|Ministr/.test(name))).toBe(false);
    expect(people("Латиноамериканист Антонина Кравец приехала в Боготу на переговоры.").map((p) => p.name)).toEqual([
      "Antonina Kravets",
    ]);
  });
});
