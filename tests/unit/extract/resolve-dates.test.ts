import { beforeAll, describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/extract/resolve-dates.js";
import type { Tense } from "../../../src/extract/tense.js";
import type { ExtractionResources, Language } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

const untensed = (): Tense | null => null;
function datesOf(text: string, language: Language = "ru", publishedAt: string | null = "2024-07-06") {
  return resolveDates(text, language, publishedAt, resources.lexicon.dates, untensed).map((d) => d.date);
}

describe("resolveDates", () => {
  it("resolves a bare Russian year to the whole year", () => {
    expect(datesOf("Он принудил его к капитуляции в 2023 году.")).toEqual([
      { value: "2023", precision: "YEAR", text: "в 2023 году", from: "2023-01-01", to: "2023-12-31" },
    ]);
  });

  it("resolves a season of a year to its months", () => {
    const [date] = datesOf("Осенью 2020 года Азербайджан вернул часть территории.");
    expect(date).toMatchObject({ precision: "SEASON", from: "2020-09-01", to: "2020-11-30" });
  });

  it("resolves the late part of a decade to its last three years", () => {
    const [date] = datesOf("Страны враждуют с конца 1980-х годов.");
    expect(date).toMatchObject({ value: "1980s", precision: "DECADE", from: "1987-01-01", to: "1989-12-31" });
  });

  it("resolves an English early decade", () => {
    const [date] = datesOf("The war began in the early 1990s.", "en");
    expect(date).toMatchObject({ precision: "DECADE", from: "1990-01-01", to: "1993-12-31" });
  });

  it("resolves a past weekday to the most recent one on or before publication", () => {
    const [date] = datesOf("Он выступил в среду на саммите.");
    expect(date).toMatchObject({ value: "2024-07-03", precision: "DAY" });
  });

  it("resolves a month without a year to the most recent one before publication", () => {
    expect(datesOf("В мае прошли переговоры.")[0]).toMatchObject({
      value: "2024-05",
      from: "2024-05-01",
      to: "2024-05-31",
    });
    expect(datesOf("В декабре прошли переговоры.")[0]).toMatchObject({ value: "2023-12" });
  });

  it("places a month or day by the words around it ('last July', 'November 2 last year', «следующего года»)", () => {
    // Published 2024-07-06, in July: "last July" is a year back, "next March" a year on.
    expect(datesOf("The coup took place last July.", "en")[0]).toMatchObject({ value: "2023-07" });
    expect(datesOf("The talks resume next March.", "en")[0]).toMatchObject({ value: "2025-03" });
    expect(datesOf("The deal was signed on November 2 last year.", "en")[0]).toMatchObject({ value: "2023-11-02" });
    expect(datesOf("Саммит пройдет в мае следующего года.")[0]).toMatchObject({ value: "2025-05" });
  });

  it("resolves «в этом году» and 'this year' to the publication year", () => {
    expect(datesOf("В этом году стороны договорились.")[0]).toMatchObject({ value: "2024", precision: "YEAR" });
    expect(datesOf("This year the sides agreed.", "en")[0]).toMatchObject({ value: "2024", precision: "YEAR" });
  });

  it("leaves relative dates unresolved without a publication date but still resolves absolute ones", () => {
    const dates = datesOf("В мае прошли переговоры, а в 2023 году война закончилась.", "ru", null);
    expect(dates.map((d) => d.value)).toEqual([null, "2023"]);
  });

  it("does not take the English modal 'may' for a month", () => {
    expect(datesOf("Talks may resume soon.", "en")).toEqual([]);
  });

  it("drops an offset counted from another happening ('Twelve years after', «через неделю»)", () => {
    expect(datesOf("Twelve years after Xi unveiled the plan, he returned.", "en")).toEqual([]);
    expect(datesOf("Заявку подали через неделю после начала войны.")).toEqual([]);
  });

  it("drops a duration ('for three hours', 'in a year')", () => {
    expect(datesOf("They talked for three hours in their first meeting in a year.", "en")).toEqual([]);
  });

  it("keeps an offset from the publication day with a deictic word", () => {
    expect(datesOf("В прошлом месяце стороны договорились.")[0]).toMatchObject({ value: "2024-06" });
    expect(datesOf("The talks ended three days ago.", "en")[0]).toMatchObject({ value: "2024-07-03" });
  });

  it("does not read a month inside a longer word («Май» in «Майя»)", () => {
    expect(datesOf("Президент Майя Санду выступила.")).toEqual([]);
  });

  it("does not take a lower-case verb for a weekday ('sat')", () => {
    expect(datesOf("The delegations sat in separate rooms.", "en")).toEqual([]);
  });

  it("reads no year in a number that begins a compound word («12 октября 92-летнего», 'a 92-year-old')", () => {
    expect(datesOf("Совет объявил победителем выборов 12 октября 92-летнего президента.").map((d) => d.value)).toEqual([
      "2024-10-12",
    ]);
    expect(datesOf("Voters on March 3 92-year-old", "en").map((d) => d.value)).toEqual(["2024-03-03"]);
  });

  it("keeps the month chrono reads around a bare year («в марте 2022 года»)", () => {
    expect(datesOf("Заявку подали в марте 2022 года.")[0]).toMatchObject({ value: "2022-03", precision: "MONTH" });
  });

  it("resolves «накануне» to the day before the day told just before", () => {
    const dates = datesOf("Переговоры прошли 16 мая 2025 года. Накануне Зеленский прилетел в Анкару.");
    expect(dates.map((d) => d.value)).toEqual(["2025-05-16", "2025-05-15"]);
  });

  it("resolves 'the same day' to the day told just before", () => {
    expect(
      datesOf("Voters went to the polls on Saturday. Legislative elections were held the same day.", "en").map(
        (d) => d.value,
      ),
    ).toEqual(["2024-07-06", "2024-07-06"]);
  });

  it("resolves 'the same evening' and «в тот же вечер» to the day told before, and 'a day after' to the day before it", () => {
    const en = "Babiš spoke on Saturday night. Fiala conceded the same evening.";
    expect(datesOf(en, "en").map((d) => d.value)).toEqual(["2024-07-06", "2024-07-06"]);
    const ru = "Бабиш выступил в субботу вечером. Фиала признал поражение в тот же вечер.";
    expect(datesOf(ru).map((d) => d.value)).toEqual(["2024-07-06", "2024-07-06"]);
    const after = "He conceded defeat on Saturday, a day after a vote dominated by anger.";
    expect(datesOf(after, "en").map((d) => d.value)).toEqual(["2024-07-06", "2024-07-05"]);
  });

  it("gives a month «того же года» the year written before it", () => {
    const dates = datesOf("Заявку подали в марте 2022 года. Статус страна получила в июне того же года.");
    expect(dates[1]).toMatchObject({ value: "2022-06", from: "2022-06-01", to: "2022-06-30" });
  });
  it("does not date an event by the dateline's filing day", () => {
    expect(
      datesOf("YEREVAN, March 14 (Caspian Wire) - The sides agreed on Thursday.", "en").map((d) => d.text),
    ).toEqual(["on Thursday"]);
  });

  it("reads a lone Russian month name in the genitive («в конце февраля»)", () => {
    expect(datesOf("Предыдущий раунд прошел в конце февраля в Берлине.")[0]).toMatchObject({ value: "2024-02" });
  });
  it("resolves a season without a year in the future tense to the next such season", () => {
    const future = (): Tense => "future";
    const [date] = resolveDates(
      "Осенью в Молдове пройдут выборы.",
      "ru",
      "2024-06-26",
      resources.lexicon.dates,
      future,
    ).map((d) => d.date);
    expect(date).toMatchObject({ precision: "SEASON", from: "2024-09-01", to: "2024-11-30" });
  });

  it("resolves 'last winter' to the latest winter already over", () => {
    expect(datesOf("Talks stalled last winter.", "en", "2024-07-06")[0]).toMatchObject({
      from: "2023-12-01",
      to: "2024-02-29",
    });
  });
});
