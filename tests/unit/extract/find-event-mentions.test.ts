import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

function eventTypes(text: string, language = "ru"): string[] {
  return extractArticle({ text, language, publishedAt: "2024-08-24" }, resources).events.map((e) => e.type);
}

describe("event mentions", () => {
  it("reports a prisoner exchange as an OTHER event", () => {
    expect(eventTypes("Россия и Украина сегодня провели обмен военнопленными.")).toEqual(["OTHER"]);
  });

  it("drops an intention to sign as no event", () => {
    expect(eventTypes("Армения и Азербайджан заявили о намерении подписать соглашение.")).toEqual([]);
  });

  it("drops an offer to host talks as no event", () => {
    expect(eventTypes("Kazakhstan offered to host talks between Armenia and Azerbaijan.", "en")).toEqual([]);
  });

  it("drops a happening with no named participant", () => {
    expect(eventTypes("Protesters said the war must end.", "en")).toEqual([]);
  });
});
