import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

function entities(text: string, publishedAt: string | null = "2024-07-06") {
  return extractArticle({ text, publishedAt }, resources).entities;
}

describe("entity linking", () => {
  it("links inflected Russian forms through lemmas, multi-word aliases included", () => {
    const found = entities("Переговоры между Арменией и Азербайджаном прошли вокруг Нагорного Карабаха.");
    const byName = new Map(found.map((e) => [e.name, e.mentions.map((m) => m.text)]));
    expect(byName.get("Armenia")).toEqual(["Арменией"]);
    expect(byName.get("Azerbaijan")).toEqual(["Азербайджаном"]);
    expect(byName.get("Nagorno-Karabakh")).toEqual(["Нагорного Карабаха"]);
  });

  it("links an English surname standing alone to the only gazetteer person with it, unless it is a word or too short", () => {
    const names = (text: string) => entities(text, "2023-05-12").map((e) => e.name);
    expect(names("The summit opened in May. Kishida told reporters the talks were useful.")).toEqual(["Fumio Kishida"]);
    expect(names("Mao told reporters the talks were useful.")).toEqual([]);
  });

  it("never links a woman's surname alone to a man of the gazetteer («Гасанова» is not Ramil Hasanov)", () => {
    const names = (text: string) => entities(text).map((e) => e.name);
    expect(names("«Клуб стал больше», – говорит Гасанов.")).toEqual(["Ramil Hasanov"]);
    expect(names("«Клуб стал больше», – говорит Гасанова.")).toEqual([]);
    // His surname written as a man's elsewhere makes «Путина» his genitive.
    expect(names("Встреча Путина и Си прошла в Кремле. Путин назвал ее полезной.")).toContain("Vladimir Putin");
  });

  it("matches an acronym alias only as written: an initial «К.» is not «МККК»", () => {
    const names = (text: string) => entities(text).map((e) => e.name);
    expect(names("Премьер К. П. Шарма Оли принял присягу.")).not.toContain("International Committee of the Red Cross");
    expect(names("Представители МККК посетили лагерь.")).toContain("International Committee of the Red Cross");
  });

  it("links no gazetteer person by a surname another first name stands before («Кристина Герасимов»)", () => {
    const names = (text: string) => entities(text, "2024-06-25").map((e) => e.name);
    expect(names("Делегацию возглавила вице-премьер Кристина Герасимов.")).not.toContain("Valery Gerasimov");
    expect(names("Генерал Герасимов провел совещание.")).toContain("Valery Gerasimov");
  });

  it("takes a name a country shares with its own capital for the country («Кувейт», 'Djibouti')", () => {
    expect(entities("В Кувейте прошли досрочные выборы.").map((e) => e.name)).toEqual(["Kuwait"]);
    expect(entities("Voters in Djibouti went to the polls on Friday.").map((e) => e.name)).toEqual(["Djibouti"]);
  });

  it("gives a body every state has, named alone, to the country the article names («распустил Национальное собрание»)", () => {
    const text = "Эмир Кувейта распустил Национальное собрание. Новые выборы в Кувейте пройдут осенью.";
    expect(entities(text).map((e) => e.name)).toContain("National Assembly of Kuwait");
  });

  it("names an outlet or a one-word party written in quotation marks after what it is", () => {
    const text =
      "Как сообщает агентство «Полушарие», партия «Чега» заняла третье место, а движение «Гражданская революция» оспорило итоги.";
    const names = entities(text).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Polusharie", "Chega"]));
    expect(names.some((name) => name.includes("Grazhdanskaya"))).toBe(false);
  });

  it("names a body of the Philippines with the article English gives the country", () => {
    expect(entities("Командование вооруженных сил Филиппин сообщило об инциденте.").map((e) => e.name)).toContain(
      "Armed Forces of the Philippines",
    );
  });

  it("keeps mention offsets into the original text", () => {
    const text = "  • 12\nФото ТАСС\n\nВ Алматы прошли переговоры.";
    const almaty = entities(text).find((e) => e.name === "Almaty")!;
    const mention = almaty.mentions[0]!;
    expect(text.slice(mention.start, mention.end)).toBe("Алматы");
  });

  it("does not read a capitalised alias into a lower-case common word", () => {
    expect(entities("баку и шуша").map((e) => e.name)).toEqual([]);
  });

  it("resolves «президент Казахстана» to the office holder on the publication date", () => {
    const person = entities("Об этом сказал президент Казахстана.").find((e) => e.type === "PERSON");
    expect(person?.name).toBe("Kassym-Jomart Tokayev");
  });

  it("resolves no modified role to the office holder: deputy, former, acting", () => {
    for (const text of [
      "Об этом сказал заместитель министра иностранных дел России.",
      "Об этом сказал бывший президент Казахстана.",
      "The former Kazakh President said so.",
      "Acting President of Kazakhstan spoke.",
    ]) {
      expect(
        entities(text)
          .filter((e) => e.type === "PERSON")
          .map((e) => e.name),
        text,
      ).toEqual([]);
    }
  });

  it("takes the name beside a modified role, not the office holder", () => {
    const people = entities("Об этом сказал заместитель министра иностранных дел России Андрей Руденко.").filter(
      (e) => e.type === "PERSON",
    );
    expect(people.map((e) => e.name)).toEqual(["Andrey Rudenko"]);
  });

  it("keeps names with initials whole: «K. P. Sharma Oli» is neither cut nor a sentence break", () => {
    const found = entities("Prime Minister K. P. Sharma Oli said on Monday that the talks went well.");
    expect(found.filter((e) => e.type === "PERSON").map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["K. P. Sharma Oli", ["K. P. Sharma Oli"]],
    ]);
  });

  it("takes the outlet of a dateline as an organisation", () => {
    const outlets = (text: string) =>
      entities(text)
        .filter((e) => e.type === "ORGANIZATION")
        .map((e) => e.name);
    expect(outlets("TAIPEI, Jan 14 (Harbour Wire) - Voters went to the polls.")).toEqual(["Harbour Wire"]);
    expect(outlets("ДОХА, 16 января – Восток-Пресс. Переговоры продолжились.")).toEqual(["Vostok-Press"]);
  });

  it("names a government body by its function and country", () => {
    const bodies = entities("МИД России и Brazil's foreign ministry issued statements.").filter(
      (e) => e.type === "ORGANIZATION",
    );
    expect(bodies.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["Ministry of Foreign Affairs of Russia", ["МИД России"]],
      ["Ministry of Foreign Affairs of Brazil", ["Brazil's foreign ministry"]],
    ]);
  });

  it("resolves an English adjective role to the office holder", () => {
    const person = entities("The Armenian foreign minister arrived in Almaty.").find((e) => e.type === "PERSON");
    expect(person?.name).toBe("Ararat Mirzoyan");
  });

  it("links a surname on its own to the person named in full", () => {
    const found = entities("Касым-Жомарт Токаев прибыл в Баку. Токаевым были сделаны заявления.");
    const tokayev = found.find((e) => e.name === "Kassym-Jomart Tokayev")!;
    expect(tokayev.mentions.map((m) => m.text)).toEqual(["Касым-Жомарт Токаев", "Токаевым"]);
  });

  it("creates a transliterated person for an unknown name after a speech verb, and links the surname later", () => {
    const found = entities(
      "«Мы продолжим работу над соглашением», — заявил Иван Петров. Позже Петрова поддержали коллеги.",
    );
    const person = found.find((e) => e.id === "kg:person:ivan-petrov");
    expect(person?.name).toBe("Ivan Petrov");
    expect(person?.mentions.map((m) => m.text)).toEqual(["Иван Петров", "Петрова"]);
  });

  it("creates a person for an unknown English name after a title", () => {
    const found = entities("Foreign Minister Jane Doe arrived in Baku on Monday.");
    expect(found.find((e) => e.type === "PERSON")).toMatchObject({ id: "kg:person:jane-doe", name: "Jane Doe" });
  });

  it("resolves a role to its holder when the next sentence opens with a place, not to that place", () => {
    const found = entities("Он встретится с президентом США. Сеул показал.", "2025-08-23");
    const trump = found.find((e) => e.name === "Donald Trump");
    expect(trump?.mentions.length).toBe(1);
    expect(found.find((e) => e.name === "Seoul")?.mentions.length).toBe(1);
  });

  it("links an ordinary word alone to the gazetteer person of that surname only while that person holds an office", () => {
    const trump = entities(
      "Ramaphosa kept his cool as Trump confronted him with a video in the Oval Office.",
      "2025-05-22",
    );
    expect(trump.map((e) => e.name)).toContain("Donald Trump");
    const may = entities("The minister said the talks would go on as May had promised the voters.", "2025-05-22");
    expect(may.map((e) => e.name)).not.toContain("Theresa May");
  });

  it("reads an office with a country's adjective inside it as that country's office («глава японского правительства»)", () => {
    const found = entities("Глава японского правительства назвал переговоры откровенными.", "2025-08-23");
    expect(found.map((e) => e.name)).toContain("Shigeru Ishiba");
  });

  it("reads an English office after a country's name as that country's ('the U.S. president'), and keeps a body's own name", () => {
    const found = entities(
      "The U.S. president was not persuaded, and the U.S. Federal Aviation Administration said nothing.",
      "2025-05-22",
    );
    expect(found.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Donald Trump", "Federal Aviation Administration"]),
    );
  });
});
