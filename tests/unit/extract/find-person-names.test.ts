import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { transliterateRussian } from "../../../src/extract/transliterate-russian.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

function people(text: string, language = "ru"): string[] {
  return extractArticle({ text, language, publishedAt: "2025-05-12" }, resources)
    .entities.filter((e) => e.type === "PERSON")
    .map((e) => e.name);
}

describe("names of people the gazetteer does not know", () => {
  it("keeps a feminine surname feminine and reads the name in the nominative", () => {
    expect(people("«Ни одна из сторон не получила всего», — считает политолог Дина Мусина.")).toEqual(["Dina Musina"]);
  });

  it("reads a name in the case of the title before it", () => {
    expect(people("Мы попросили политолога Марину Соколову прокомментировать решение.")).toEqual(["Marina Sokolova"]);
    expect(people("По словам представителя МИД Нурлана Бекметова, работа продолжится.")).toEqual(["Nurlan Bekmetov"]);
  });

  it("spells a Russian or Central Asian name as English news does: Dmitry, Babayev, Aigerim", () => {
    expect(people("Политолог Дмитрий Розанов считает, что это ошибка.")).toEqual(["Dmitry Rozanov"]);
    expect(people("Министр энергетики Мухтар Бабаев открыл форум.")).toEqual(["Mukhtar Babayev"]);
    expect(people("Официальный представитель МИД Айгерим Нурпеисова ответила на вопросы.")).toEqual([
      "Aigerim Nurpeisova",
    ]);
  });

  it("drops the patronymic", () => {
    expect(people("Во встрече принял участие заместитель министра Иван Сергеевич Петров.")).toEqual(["Ivan Petrov"]);
  });

  it("finds a name after a title's lower-case complement", () => {
    expect(people("Аналитик инвестиционной компании Анна Волкова предупреждает, что радоваться рано.")).toEqual([
      "Anna Volkova",
    ]);
  });

  it("reads an institution named by an adjective after a title as no person, and finds the name after it", () => {
    expect(people("«Это только начало», — говорит профессор Бирмингемского университета Анна Волкова.")).toEqual([
      "Anna Volkova",
    ]);
  });

  it("finds a Chinese name after a title though a known person shares its family name", () => {
    expect(people("Заместитель министра иностранных дел КНР Ма Чжаосюй назвал переговоры трудными.")).toEqual([
      "Ma Zhaoxu",
    ]);
    expect(people("Председатель КНР Си Цзиньпин прибыл в Лиму.")).toEqual(["Xi Jinping"]);
  });

  it("finds an English name before an appositive title", () => {
    expect(people("Peter Lindqvist, a former Swedish diplomat, was unimpressed.", "en")).toEqual(["Peter Lindqvist"]);
  });

  it("keeps a middle name that is no patronymic", () => {
    expect(people("Лидер оппозиции Мария Корина Мачадо призвала к протестам в Каракасе.")).toEqual([
      "María Corina Machado",
    ]);
  });

  it("takes a declined foreign name's nominative from the article, and keeps an indeclinable one whole", () => {
    const declined = people(
      "Журналисты спросили посла Марко Тарантолу о целях визита в Мадрид, и посол Марко Тарантола ответил.",
    );
    expect(declined).toEqual(["Marco Tarantola"]);
    const indeclinable = people(
      "Суд в Гааге продолжил дело экс-президента Филиппин Родриго Дутерте. Адвокаты Дутерте обжалуют решение. Сторонники Дутерте вышли к зданию суда.",
    );
    expect(indeclinable).toEqual(["Rodrigo Duterte"]);
  });

  it("reads a foreign name in -а as a nominative when the article declines it elsewhere, and links the declined form", () => {
    const text = "Генсек кабмина Минору Кихара провел брифинг. По словам Кихары, решение принято.";
    const kihara = extractArticle({ text, publishedAt: "2025-10-22" }, resources).entities.find(
      (e) => e.type === "PERSON",
    );
    expect(kihara?.name).toBe("Minoru Kihara");
    expect(kihara?.mentions.map((m) => m.text)).toEqual(["Минору Кихара", "Кихары"]);
  });

  it("reads a first name az guesses in the case of a surname its dictionary declines, and one with no ending as a nominative", () => {
    expect(people("Он назвал союзников – партию «Джаната дал» Нитиша Кумара.")).toEqual(["Nitish Kumar"]);
    expect(people("В церемонии участвовал Нитин Гадкари.")).toEqual(["Nitin Gadkari"]);
    // az guesses «Хишам» only as a dative plural of «Хиш».
    expect(people("Политолог Хишам Абдель Максуд выступил.")).toEqual(["Hicham Abdel Maksud"]);
  });

  it("writes «-младший» after a name as English does", () => {
    expect(people("Министр здравоохранения США Роберт Кеннеди-младший выступил перед делегатами.")).toEqual([
      "Robert Kennedy Jr.",
    ]);
  });

  it("reads a first name az does not know in the case of the surname beside it", () => {
    expect(people("Переговоры с вице-премьером Нуртасом Жанбаевым продлились два часа.")).toEqual(["Nurtas Zhanbayev"]);
  });

  it("spells a name no list holds by the rules of its title's country's language, else the article's", () => {
    const sentence = (country: string) =>
      `Министр финансов ${country} Хорхе Кирога заявил, что бюджет будет пересмотрен.`;
    expect(people(sentence("Боливии"))).toEqual(["Jorge Quiroga"]);
    expect(people(sentence(""))).toEqual(["Horhe Kiroga"]);
    const elsewhere = "Власти США обсудили кредит. В Вашингтоне и США ждут решения. ";
    const minister = (country: string) =>
      `${elsewhere}Министр финансов ${country} Хосе Кирога заявил, что бюджет будет пересмотрен.`;
    expect(people(minister("Боливии"))).toEqual(["Jose Quiroga"]);
    expect(people(minister(""))).toEqual(["Jose Kiroga"]);
    expect(people("Министр юстиции Португалии Инеш Карвалью заявила, что реформа продолжится.")).toEqual([
      "Inês Carvalho",
    ]);
  });

  it("links a surname written after initials to the gazetteer person", () => {
    expect(people("Как подчеркнул С.В.Лавров, работа продолжится.")).toEqual(["Sergey Lavrov"]);
  });
});

describe("transliterateRussian", () => {
  it("uses the guidelines' table (ц ts, х kh, щ shch, soft and hard signs dropped)", () => {
    expect(transliterateRussian("Борис Кравец, Харитон Щукин, Игорь Объедков")).toBe(
      "Boris Kravets, Khariton Shchukin, Igor Obedkov",
    );
  });

  it("writes a foreign name's kw, sw, tw and ai as English news does, and leaves a Russian one alone", () => {
    expect(transliterateRussian("Лазарус Чаквера, Сушма Сварадж, Хаге Гейнгоб", { foreign: true })).toBe(
      "Lazarus Chakwera, Sushma Swaraj, Hage Geingob",
    );
    expect(transliterateRussian("Андрей Сватов, Сергей Твердохлеб")).toBe("Andrey Svatov, Sergey Tverdokhleb");
  });
});
