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

  it("reads a vote on an act as that act, not an election", () => {
    expect(
      eventTypes("The National Assembly of Madagascar voted on Tuesday to impeach Andry Rajoelina.", "en"),
    ).toEqual(["OTHER"]);
    expect(
      eventTypes("Национальное собрание Мадагаскара во вторник проголосовало за импичмент Андри Раджоэлины."),
    ).toEqual(["OTHER"]);
  });

  it("drops an intention to sign as no event", () => {
    expect(eventTypes("Армения и Азербайджан заявили о намерении подписать соглашение.")).toEqual([]);
  });

  it("drops an offer to host talks as no event", () => {
    expect(eventTypes("Kazakhstan offered to host talks between Armenia and Azerbaijan.", "en")).toEqual([]);
  });

  it("takes no region for a party, a province no more than a macro-region", () => {
    const text =
      "Лидеры Китая и США встретились в ноябре прошлого года в Вудсайде (штат Калифорния), где договорились восстановить каналы связи.";
    const facts = extractArticle({ text, language: "ru", publishedAt: "2024-08-24" }, resources);
    const names = new Map(facts.entities.map((e) => [e.id, e.name]));
    for (const event of facts.events)
      expect(event.participants.map((p) => names.get(p.entityId))).not.toContain("California");
    expect(facts.events.length).toBeGreaterThan(0);
  });

  it("drops a happening with no named participant", () => {
    expect(eventTypes("Protesters said the war must end.", "en")).toEqual([]);
  });

  it("dates each of two events in a clause by the date that follows it", () => {
    const text =
      "Moscow pulled out of the Black Sea Grain Initiative on Monday, a year after the deal brokered by Turkey in July 2022.";
    expect(eventDates(text, "en")).toEqual(["OTHER 2024-08-19", "AGREEMENT 2022-07"]);
  });

  it("dates an event by a year written before its noun ('the 2020 war', 'its 1951 treaty')", () => {
    const text =
      "Azerbaijan retook the city in the 2020 war with Armenia. The Philippines may invoke its 1951 Mutual Defense Treaty with the United States, an official said last week.";
    expect(eventDates(text, "en")).toEqual(["MILITARY_CONFLICT 2020", "AGREEMENT 1951"]);
  });

  it("lets an undated trigger share the date of its clause", () => {
    expect(
      eventDates("В понедельник в Худжанде прошел саммит: президенты Таджикистана и Кыргызстана подписали договор."),
    ).toEqual(["SUMMIT 2024-08-19", "AGREEMENT 2024-08-19"]);
  });

  it("does not date an event by a date in a later clause", () => {
    const text =
      "Leaders at the summit in Brussels granted candidate status to Georgia, but Hungary blocked an aid package, which they will try to approve next year.";
    expect(eventDates(text, "en")).not.toContain("SUMMIT 2025");
  });

  it("dates a «когда» clause by the date it points back to", () => {
    expect(
      eventDates("Партия находится у власти в Грузии с 2012 года, когда она победила на выборах партию Саакашвили."),
    ).toEqual(["ELECTION 2012"]);
  });

  it("keeps an event with an unresolved date apart from an older dated one", () => {
    const text =
      "В субботу в Грузии прошли парламентские выборы. На предыдущих выборах в октябре 2020 года в Грузии победила та же партия.";
    const events = extractArticle({ text, language: "ru", publishedAt: null }, resources).events;
    expect(events.map((e) => `${e.type} ${e.date?.value ?? null}`)).toEqual(["ELECTION null", "ELECTION 2020-10"]);
  });

  it("drops an agreement told as absent ('without an agreement')", () => {
    expect(
      eventTypes(
        "Trump and Putin ended their summit in Anchorage yesterday without an agreement on a ceasefire in Ukraine.",
        "en",
      ),
    ).toEqual(["SUMMIT"]);
  });

  it("lists the country holding an election among its participants", () => {
    const [event] = extractArticle(
      { text: "В субботу в Грузии прошли парламентские выборы.", language: "ru", publishedAt: "2024-10-28" },
      resources,
    ).events;
    expect(event?.participants.map((p) => p.entityId)).toContain("Q230");
  });

  it("tells one event per coordinated date ('elections in 2016 and 2020')", () => {
    expect(
      eventDates("Tsai Ing-wen of Taiwan served two terms after winning elections in 2016 and 2020.", "en"),
    ).toEqual(["ELECTION 2016", "ELECTION 2020"]);
  });

  it("drops what the parties agreed to do («договорились об обмене пленными»)", () => {
    expect(eventTypes("Россия и Украина сегодня договорились об обмене пленными.")).toEqual(["AGREEMENT"]);
  });

  it("reports a reception («министров принял президент») as a MEETING", () => {
    expect(eventTypes("В пятницу вечером министров принял президент Казахстана.")).toEqual(["MEETING"]);
  });

  it("drops a trigger verb in an idiom («принял участие в работе»)", () => {
    expect(eventTypes("В пятницу президент Казахстана принял участие в работе форума.")).toEqual([]);
  });

  it("keeps an event told 'the same day' apart from the one it takes its day from", () => {
    const text =
      "The Democratic Progressive Party won Saturday's presidential election in Taiwan. In legislative elections held the same day, the Democratic Progressive Party lost its majority.";
    expect(eventDates(text, "en")).toEqual(["ELECTION 2024-08-24", "ELECTION 2024-08-24"]);
  });

  it("gives an election told with no one in its sentence to the country the article is about", () => {
    const text = "Премьер-министр Пакистана Шахбаз Шариф пообещал реформы. Всеобщие выборы прошли 8 февраля.";
    const facts = extractArticle({ text, language: "ru", publishedAt: "2024-03-04" }, resources);
    const names = new Map(facts.entities.map((e) => [e.id, e.name]));
    const february = facts.events.find((e) => e.type === "ELECTION" && e.date?.value === "2024-02-08");
    expect(february?.participants.map((p) => names.get(p.entityId))).toEqual(["Pakistan"]);
  });

  it("reports martial law, a death and a concession as events", () => {
    expect(eventDates("Yoon Suk Yeol declared martial law on December 3, 2023.", "en")).toEqual(["OTHER 2023-12-03"]);
    expect(eventDates("Основатель Намибии Сэм Нуджома скончался 8 июня.")).toEqual(["OTHER 2024-06-08"]);
    expect(eventDates("Президент Польши Анджей Дуда в понедельник признал поражение.")).toEqual([
      "STATEMENT 2024-08-19",
    ]);
  });

  it("reports an oath taken, a joint statement and a single clash as events", () => {
    expect(eventDates("Lee Jae-myung took the oath at the National Assembly on June 4.", "en")).toEqual([
      "OTHER 2024-06-04",
    ]);
    expect(eventDates("On 20 August, Vietnam and China issued a joint statement.", "en")).toEqual([
      "AGREEMENT 2024-08-20",
    ]);
    expect(eventDates("A deadly border clash between India and China in 2020 killed twenty soldiers.", "en")).toContain(
      "MILITARY_CONFLICT 2020",
    );
  });

  it("reports a referendum as an ELECTION", () => {
    expect(eventTypes("В прошлом месяце в Молдове прошел референдум.")).toEqual(["ELECTION"]);
  });

  it("does not take a vague 'conflict' for a war", () => {
    expect(eventTypes("Relations between China and Taiwan have seen decades of conflict.", "en")).toEqual([]);
  });

  it("dates a «где» clause by the date of the clause it hangs on", () => {
    expect(
      eventDates(
        "23 августа президент Украины Владимир Зеленский прилетел в Анкару, где провел встречу с президентом Турции Реджепом Тайипом Эрдоганом.",
      ),
    ).toContain("MEETING 2024-08-23");
  });

  it("dates an event told without a date by the last date told before it", () => {
    expect(
      eventDates(
        "Сегодня в Астане прошли переговоры Казахстана и Китая. По их итогам Казахстан и Китай подписали более 30 соглашений.",
      ),
    ).toEqual(["NEGOTIATION 2024-08-24", "AGREEMENT 2024-08-24"]);
  });

  it("dates an undated mention by the narrative rather than joining a later event of its type", () => {
    const text =
      "Во вторник в Брюсселе прошла конференция Молдовы и ЕС. Так Молдова начала переговоры с ЕС. В декабре 2023 года ЕС решил открыть переговоры с Молдовой.";
    expect(eventDates(text)).toEqual(["NEGOTIATION 2024-08-20", "NEGOTIATION 2023-12"]);
  });

  it("dates a headline event by the lede's date", () => {
    expect(
      eventDates(
        "Kazakhstan and China agree to deepen ties\n\nThe leaders of Kazakhstan and China met today in Astana.",
        "en",
      )[0],
    ).toBe("AGREEMENT 2024-08-24");
  });

  it("dates a weekday by the tense of the word next to it, not by a future verb elsewhere in the sentence", () => {
    expect(eventDates("Токаев победил на прошедших в четверг выборах в Казахстане и станет президентом.")).toEqual([
      "ELECTION 2024-08-22",
    ]);
  });

  it("dates an event told in the present tense by the filing day: the dateline's, else publishedAt", () => {
    expect(eventDates("Talks between Armenia and Azerbaijan are under way in Almaty.", "en")).toEqual([
      "NEGOTIATION 2024-08-24",
    ]);
    expect(
      eventDates(
        "ALMATY, August 23 (Steppe Wire) - Talks between Armenia and Azerbaijan are under way in Almaty.",
        "en",
      ),
    ).toEqual(["NEGOTIATION 2024-08-23"]);
  });

  it("reports an event a speaker tells in the past tense, dated by the quote, but not one he announces", () => {
    expect(
      eventDates("«Мы приветствуем прошедшие 3 марта консультации Армении и Азербайджана», — заявил Лавров."),
    ).toEqual(["NEGOTIATION 2024-03-03"]);
    expect(eventDates("«Консультации Армении и Азербайджана пройдут в Алматы», — заявил Лавров.")).toEqual([]);
  });

  it("does not report a cancelled or postponed event as held", () => {
    expect(eventTypes("The summit of Armenia and Azerbaijan in Almaty was postponed.", "en")).toEqual([]);
    expect(eventTypes("Визит Токаева в Баку отменили.")).toEqual([]);
  });

  it("leaves out of an event those who stayed away", () => {
    const text = "Mali boycotted the summit in Abuja that Nigeria and Ghana attended on Sunday.";
    const [summit] = extractArticle({ text, language: "en", publishedAt: "2024-08-24" }, resources).events;
    expect(summit?.participants.map((p) => p.entityId)).not.toContain("Q912");
    expect(summit?.participants.map((p) => p.entityId)).toContain("Q1033");
  });

  it("places a visit at its destination ('a visit to Taiwan')", () => {
    const facts = extractedIn(
      "en",
      "2024-08-24",
      "China suspended the channels in protest at a visit to Taiwan by Nancy Pelosi.",
    );
    const names = new Map(facts.entities.map((e) => [e.id, e.name]));
    expect(facts.events.filter((e) => e.type === "VISIT").map((e) => names.get(e.locationId ?? ""))).toEqual([
      "Taiwan",
    ]);
  });

  it("places an election in the country holding it, which stays a participant", () => {
    const facts = extractedIn(
      "ru",
      "2025-04-14",
      "Действующий президент Эквадора Даниэль Нобоа побеждает во втором туре президентских выборов, прошедшем в воскресенье.",
    );
    const election = facts.events.find((e) => e.type === "ELECTION");
    const ecuador = facts.entities.find((e) => e.name === "Ecuador")!.id;
    expect(election?.locationId).toBe(ecuador);
    expect(election?.participants.map((p) => p.entityId)).toContain(ecuador);
  });

  it("places the news of a dateline's paragraph at its city, but not an older event told there", () => {
    const facts = extractedIn(
      "en",
      "2024-07-06",
      "NIAMEY, July 6 (Sable Wire) - The leaders of Niger, Mali and Burkina Faso signed a treaty on Saturday. Niger and Mali signed a defence pact in 2023.",
    );
    const names = new Map(facts.entities.map((e) => [e.id, e.name]));
    const places = facts.events
      .filter((e) => e.type === "AGREEMENT")
      .map((e) => `${e.date?.value} ${names.get(e.locationId ?? "") ?? null}`);
    expect(places).toEqual(["2024-07-06 Niamey", "2023 null"]);
  });
});

function eventDates(text: string, language = "ru"): string[] {
  return extractArticle({ text, language, publishedAt: "2024-08-24" }, resources).events.map(
    (e) => `${e.type} ${e.date?.value ?? null}`,
  );
}

function extractedIn(language: string, publishedAt: string, text: string) {
  return extractArticle({ text, language, publishedAt }, resources);
}
