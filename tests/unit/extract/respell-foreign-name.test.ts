import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { buildEnglishNameIndex } from "../../../src/extract/english-spelling.js";
import { ENGLISH_SPELLING } from "../../../src/extract/home-orthography.js";
import {
  buildLatinNameIndex,
  foreignNominative,
  respellAtHome,
  respellForeignName,
} from "../../../src/extract/respell-foreign-name.js";
import { cyrillicSoundKey, latinSoundKeys } from "../../../src/extract/sound-key.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

describe("the sound a name keeps in Russian", () => {
  it("gives a Cyrillic rendering one of the keys of the Latin spelling it renders", () => {
    const pairs = [
      ["Корреа", "Correa"],
      ["Гильермо", "Guillermo"],
      ["Джорджеску", "Georgescu"],
      ["Уильям", "William"],
      ["Сантуш", "Santos"],
      ["Йованович", "Jovanović"],
      ["Пхумтхам", "Phumtham"],
    ];
    for (const [cyrillic, latin] of pairs) expect(latinSoundKeys(latin!), latin).toContain(cyrillicSoundKey(cyrillic!));
  });

  it("tells apart names whose consonants differ", () => {
    expect(latinSoundKeys("Lasso")).not.toContain(cyrillicSoundKey("Лассер"));
    expect(latinSoundKeys("Correa")).not.toContain(cyrillicSoundKey("Кореа"));
  });
});

describe("a foreign name written in Russian, spelt back", () => {
  const names = buildLatinNameIndex(
    new Map(
      (
        [
          ["Guillermo", 2],
          ["Lasse", 3],
          ["Ventura", 2],
          ["Venturi", 1],
          ["Diop", 1],
          ["Peter", 5],
          ["Hugo", 4],
          ["Chávez", 1],
          ["Kalina", 2],
          ["García", 2],
          ["Gonzales", 1, "lang:en"],
          ["González", 1, "lang:es"],
          ["Georgescu", 1, "lang:ro"],
          ["Jakub", 3, "country:PL"],
        ] as const
      ).map(([spelling, lists, home]) => [spelling, { lists, homes: new Set(home ? [home] : []) }]),
    ),
  );

  const particles = { аль: "al", ас: "al" };

  it("spells an Arabic article as English news does («ас-Сафи» al-Safi)", () => {
    expect(respellForeignName("Эззельдин ас-Сафи", names, particles)).toBe("Ezzeldin al-Safi");
  });

  it("takes the listed spelling that sounds the same and is closest to the transliteration", () => {
    expect(respellForeignName("Гильермо Лассо", names, particles)).toBe("Guillermo Lasso");
    expect(respellForeignName("Питер", names, particles)).toBe("Peter");
    expect(respellForeignName("Уго Чавес", names, particles)).toBe("Hugo Chávez");
    // The i of Spanish "cia" is heard, though the Romanian "Ciolacu" and Italian "Giorgio" drop it.
    expect(respellForeignName("Гарсия", names, particles)).toBe("García");
  });

  it("reads an inflected word by its stem («Андре Вентуры», «Абдулая Диопа»)", () => {
    expect(respellForeignName("Андре Вентуры", names, particles)).toBe("Andre Ventura");
    expect(respellForeignName("Диопа", names, particles)).toBe("Diop");
  });

  it("transliterates the nominative of a word only an oblique case ends so («Деубой», «Чевангом»)", () => {
    expect(respellForeignName("Деубой", names, particles)).toBe("Deuba");
    expect(respellForeignName("Чевангом", names, particles)).toBe("Chevang");
    // A name whose surname has no case ending is in the nominative, «-ом» inside it included.
    expect(respellForeignName("Тедрос Адханом Гебрейесус", names, particles)).toBe("Tedros Adhanom Gebreyesus");
  });

  it("keeps the transliteration when no listed name sounds the same, vowels included", () => {
    // «Лассо» is not "Lasse": its last vowel differs. «Кэлина» is not "Kalina": Russian would write а.
    expect(respellForeignName("Лассо", names, particles)).toBe("Lasso");
    expect(respellForeignName("Кэлина", names, particles)).toBe("Kelina");
    expect(respellForeignName("Гетачеу", names, particles)).toBe("Getacheu");
  });

  it("prefers names at home in the article's countries, compared by sound («Гонсалес» on Ecuador)", () => {
    expect(respellForeignName("Луиса Гонсалес", names, particles)).toBe("Luisa Gonzales");
    expect(respellForeignName("Луиса Гонсалес", names, particles, new Set(["lang:es"]))).toBe("Luisa González");
    // Four letters from "Jorjesku", one sound from it: taken only where Romanian names are at home.
    expect(respellForeignName("Джорджеску", names, particles)).toBe("Jorjesku");
    expect(respellForeignName("Джорджеску", names, particles, new Set(["lang:ro"]))).toBe("Georgescu");
  });

  it("leaves a name listed only in countries the article does not name to the transliteration («Якубу» on Nigeria)", () => {
    expect(respellForeignName("Якуб", names, particles)).toBe("Jakub");
    expect(respellForeignName("Якуб", names, particles, new Set(["country:PL"]))).toBe("Jakub");
    expect(respellForeignName("Якуб", names, particles, new Set(["country:NG"]))).toBe("Yakub");
  });
});

describe("a name with a Slavic surname, where the article's countries write it their own way", () => {
  const names = buildLatinNameIndex(
    new Map([
      ["Dragan", { lists: 1, homes: new Set(["lang:sr"]) }],
      ["Jovanović", { lists: 1, homes: new Set(["lang:sr"]) }],
      ["Petrov", { lists: 1, homes: new Set(["lang:bg"]) }],
    ]),
  );
  const particles = {};

  it("is spelt as a list at home there writes it («Драган Йованович» on Serbia)", () => {
    expect(respellAtHome("Драган Йованович", names, particles, new Set(["lang:sr"]))).toBe("Dragan Jovanović");
  });

  it("is left to the Russian transliteration elsewhere, or when no list at home holds the surname", () => {
    expect(respellAtHome("Драган Йованович", names, particles, new Set())).toBeNull();
    expect(respellAtHome("Драган Йованович", names, particles, new Set(["lang:es"]))).toBeNull();
    expect(respellAtHome("Иван Сидоров", names, particles, new Set(["lang:sr"]))).toBeNull();
  });
});

describe("the nominative of a foreign name word in the genitive", () => {
  it("takes off the ending Russian adds and leaves an indeclinable word", () => {
    const pairs = [
      ["Церинга", "Церинг"],
      ["Тобгая", "Тобгай"],
      ["Цзяня", "Цзянь"],
      ["Чандры", "Чандра"],
      ["Одинги", "Одинга"],
      ["Марии", "Мария"],
      ["Джорджеску", "Джорджеску"],
      ["Сафи", "Сафи"],
    ];
    for (const [genitive, nominative] of pairs) expect(foreignNominative(genitive!)).toBe(nominative);
  });
});

describe("foreign names in a Russian article", () => {
  let resources: ExtractionResources;
  beforeAll(async () => {
    resources = await seedResources();
  });

  it("are spelt as their own language writes them, and Russian names are transliterated", () => {
    const facts = extractArticle(
      {
        text: "Бывший президент Эквадора Рафаэль Корреа заявил, что выборы были нечестными. Министр Иван Петров заявил, что итоги признают.",
        language: "ru",
        publishedAt: "2025-04-14",
      },
      resources,
    );
    const people = facts.entities.filter((e) => e.type === "PERSON").map((e) => e.name);
    expect(people).toContain("Rafael Correa");
    expect(people).toContain("Ivan Petrov");
  });

  it("are put back in the nominative after a title in the genitive, unless a nominative word governs the title", () => {
    const people = (text: string) =>
      extractArticle({ text, language: "ru", publishedAt: "2024-09-24" }, resources)
        .entities.filter((e) => e.type === "PERSON")
        .map((e) => e.name);
    expect(people("По словам официального представителя МИД КНР Линь Цзяня, Китай готов к диалогу.")).toContain(
      "Lin Jian",
    );
    expect(people("Заместитель пресс-секретаря Пентагона Сабрина Сингх заявила, что угрозы нет.")).toContain(
      "Sabrina Singh",
    );
  });
});

describe("an English name written in Russian", () => {
  const latin = buildLatinNameIndex(new Map([["Jon", { lists: 2 }]]));
  const english = buildEnglishNameIndex([
    ["john", { firstName: 2 }],
    ["jon", { firstName: 300 }],
    ["dutton", { surname: 1879 }],
    ["jane", { firstName: 150 }],
  ]);

  it("is read as English first in an article on an English-speaking country", () => {
    expect(respellForeignName("Джон Даттон", latin, {}, new Set([ENGLISH_SPELLING]), english)).toBe("John Dutton");
  });

  it("elsewhere yields to the other lists, and only an English first name is taken", () => {
    expect(respellForeignName("Джон Даттон", latin, {}, new Set(), english)).toBe("Jon Datton");
    expect(respellForeignName("Джейн Даттон", latin, {}, new Set(), english)).toBe("Jane Datton");
  });
});
