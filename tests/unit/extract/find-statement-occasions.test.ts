import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

function extract(text: string, language = "en") {
  return extractArticle({ text, language, publishedAt: "2025-08-16" }, resources);
}

describe("findStatementOccasions", () => {
  it("makes a dated STATEMENT event of a named speaker's quote and ties the quote to it", () => {
    const facts = extract(
      '"We will not accept any deal made without us," Ukrainian President Volodymyr Zelenskyy told reporters on Friday.',
    );
    const occasion = facts.events.find((e) => e.type === "STATEMENT");
    expect(occasion?.date?.value).toBe("2025-08-15");
    expect(occasion?.participants.map((p) => p.entityId)).toContain(facts.statements[0]!.speakerId);
    expect(facts.statements[0]!.eventId).toBe(occasion!.id);
  });

  it("reads the occasion told after an embedded quote, in the rest of its sentence", () => {
    const facts = extract(
      'Chinese foreign ministry spokesman Lin Jian called the meeting "candid and constructive" at his regular briefing on Monday.',
    );
    const occasion = facts.events.find((e) => e.type === "STATEMENT");
    expect(occasion?.date?.value).toBe("2025-08-11");
    expect(facts.statements[0]!.eventId).toBe(occasion!.id);
  });

  it("makes one occasion of a speaker's several quotes at one briefing", () => {
    const text =
      "Официальный представитель МИД России Мария Захарова на брифинге в четверг назвала итоги выборов «законными». «Мы не видим оснований для пересмотра», — сказала она.";
    const facts = extract(text, "ru");
    const occasions = facts.events.filter((e) => e.type === "STATEMENT");
    expect(occasions).toHaveLength(1);
    expect(new Set(facts.statements.map((s) => s.eventId))).toEqual(new Set([occasions[0]!.id]));
  });

  it("dates a statement made right after a gathering by the gathering's day", () => {
    const facts = extract(
      'Donald Trump and Vladimir Putin talked for three hours on Friday. "We had a very good meeting," Trump said after the talks.',
    );
    expect(facts.events.find((e) => e.type === "STATEMENT")?.date?.value).toBe("2025-08-15");
  });

  it("makes no occasion of a plain 'X said' or of an unnamed source", () => {
    const facts = extract(
      '"The region needs peace," Kassym-Jomart Tokayev said. "It is too early to tell," a Western diplomat said on Friday.',
    );
    expect(facts.statements).toHaveLength(2);
    expect(facts.events.filter((e) => e.type === "STATEMENT")).toEqual([]);
  });

  it("ties a quote said at a summit to the summit, not to an occasion of its own", () => {
    const facts = extract(
      '"Our organisation is stronger than ever," Kassym-Jomart Tokayev said at the SCO summit in Astana on Thursday.',
    );
    const summit = facts.events.find((e) => e.type === "SUMMIT");
    expect(facts.events.filter((e) => e.type === "STATEMENT")).toEqual([]);
    expect(facts.statements[0]!.eventId).toBe(summit?.id);
  });

  it("places the occasion where its clause says it was said", () => {
    const facts = extract(
      'The bloc will give diplomacy "every chance" before troops move, the president of the commission, Omar Alieu Touray, told reporters in Abuja on Friday.',
    );
    const occasion = facts.events.find((e) => e.type === "STATEMENT");
    const place = facts.entities.find((e) => e.id === occasion?.locationId);
    expect(place?.name).toBe("Abuja");
  });
});
