import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ArticleFacts, ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
let facts: ArticleFacts;
const text = readFileSync("seed/articles/seed-ru-001.json", "utf8");
beforeAll(async () => {
  resources = await seedResources();
  facts = extractArticle({ text: JSON.parse(text).text, publishedAt: "2024-07-06" }, resources);
});

describe("extractArticle on the reference article", () => {
  it("detects Russian and the headline of the raw text", () => {
    expect(facts.article.language).toBe("ru");
    expect(facts.article.title).toBe(
      "Казахстан готов вновь предоставить площадку для переговоров между Азербайджаном и Арменией – Токаев",
    );
  });

  it("attributes both quotes to Tokayev, the second through «сказал президент Казахстана»", () => {
    expect(facts.statements.map((s) => s.speaker)).toEqual(["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"]);
    expect(facts.statements[1]!.quote.startsWith("Наша сила в единстве.")).toBe(true);
  });

  it("places the summit in Shusha on the Saturday of publication and links the quotes to it", () => {
    const summit = facts.events.find((e) => e.type === "SUMMIT")!;
    expect(summit.locationId).toBe("kg:city:shusha");
    expect(summit.date?.value).toBe("2024-07-06");
    expect(facts.statements.every((s) => s.eventId === summit.id)).toBe(true);
  });

  it("makes Kazakhstan the mediator of the May talks in Almaty", () => {
    const talks = facts.events.find((e) => e.type === "NEGOTIATION")!;
    expect(talks.participants).toContainEqual({ entityId: "Q232", role: "MEDIATOR" });
    expect(talks.locationId).toBe("Q35493");
    expect(talks.date?.value).toBe("2024-05");
  });

  it("keeps the 2020 campaign and the 2023 capitulation told in one sentence apart", () => {
    const years = facts.events.filter((e) => e.type === "MILITARY_CONFLICT").map((e) => e.date?.from?.slice(0, 4));
    expect(years).toEqual(["2020", "1994", "2023"]);
  });

  it("is deterministic: the same article gives the same ids", () => {
    const again = extractArticle({ text: JSON.parse(text).text, publishedAt: "2024-07-06" }, resources);
    expect(again.events.map((e) => e.id)).toEqual(facts.events.map((e) => e.id));
    expect(again.statements.map((s) => s.id)).toEqual(facts.statements.map((s) => s.id));
  });
});
