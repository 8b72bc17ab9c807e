import { describe, expect, it } from "vitest";
import { hepburnName, hepburnWord } from "../../../src/extract/polivanov-hepburn.js";

describe("Japanese names written in Russian, spelt in Hepburn", () => {
  it("spells each Polivanov mora as Hepburn does, the moraic n, diphthongs and geminates included", () => {
    const pairs = [
      ["Синдзо Абэ", "Shinzo Abe"],
      ["Санаэ Такаити", "Sanae Takaichi"],
      ["Тосимицу Мотэги", "Toshimitsu Motegi"],
      ["Ёсимаса Хаяси", "Yoshimasa Hayashi"],
      ["Дзюнъитиро Коидзуми", "Junichiro Koizumi"],
      ["Сэйдзи Хаттори", "Seiji Hattori"],
    ];
    for (const [russian, hepburn] of pairs) expect(hepburnName(russian!)).toBe(hepburn);
  });

  it("reads no word with sounds Japanese lacks as Japanese", () => {
    expect(hepburnName("Ли Чжэ Мён")).toBeNull();
    expect(hepburnName("Джо Байден")).toBeNull();
    expect(hepburnWord("Нгуен")).toBeNull();
  });
});
