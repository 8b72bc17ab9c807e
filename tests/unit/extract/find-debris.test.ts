import { beforeAll, describe, expect, it } from "vitest";
import { detectTitle } from "../../../src/extract/detect-title.js";
import { findDebris } from "../../../src/extract/find-debris.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

const page =
  "Лид статьи о мире\n  • 3975\nЗаголовок статьи о переговорах между странами\nФото Акорды\n\nТекст статьи.\n\nЕще по теме:\nСвежее из этой рубрики";

describe("findDebris", () => {
  it("marks view counters, photo credits and everything from a trailer on, as spans of the original text", () => {
    const spans = findDebris(page, resources.lexicon.debris).map((s) => page.slice(s.start, s.end));
    expect(spans).toEqual(["  • 3975", "Фото Акорды", "Еще по теме:\nСвежее из этой рубрики"]);
  });

  it("leaves ordinary prose alone", () => {
    expect(
      findDebris("Президент выступил на саммите.\nФотографы работали весь день.", resources.lexicon.debris),
    ).toEqual([]);
  });
});

describe("detectTitle", () => {
  it("takes the longest header line that is not debris", () => {
    expect(detectTitle(page, findDebris(page, resources.lexicon.debris))).toBe(
      "Заголовок статьи о переговорах между странами",
    );
  });

  it("gives no title when the text starts with prose", () => {
    expect(detectTitle("Президент выступил на саммите.\n\nВторой абзац.", [])).toBeNull();
  });
});
