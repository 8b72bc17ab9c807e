import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

function names(text: string, type: "PERSON" | "ORGANIZATION"): string[] {
  return extractArticle({ text, title: null, language: "en", publishedAt: "2024-06-25" }, resources)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

describe("English names no list contains", () => {
  it("reads initials opening a name as part of it, even at the start of a sentence", () => {
    const text =
      "C. P. Radhakrishnan, a governor, beat B. Sudershan Reddy, a former judge, in the vote. Kristian Berg Harpviken, a director, spoke later.";
    expect(names(text, "PERSON")).toEqual(["B. Sudershan Reddy", "C. P. Radhakrishnan", "Kristian Berg Harpviken"]);
  });

  it("reads an unknown run after a preposition of place as no person, but keeps the person a president swore in", () => {
    expect(names("The senior minister was returned in Ang Mo Kio.", "PERSON")).toEqual([]);
    expect(names("The president swore in Purbaya Yudhi Sadewa as finance minister.", "PERSON")).toEqual([
      "Purbaya Yudhi Sadewa",
    ]);
  });

  it("joins 'on' into an organisation's name, but not a day after it", () => {
    const commission =
      "Roseline Odede, who chairs the Kenya National Commission on Human Rights, said 39 people had died.";
    expect(names(commission, "ORGANIZATION")).toEqual(["Kenya National Commission on Human Rights"]);
    expect(names("Nairobi police met the Budget Watch Institute on Tuesday.", "ORGANIZATION")).toEqual([
      "Budget Watch Institute",
    ]);
  });

  it("takes back a word read as a place or a known surname when a name goes on after it, and never opens a name with an ordinary word", () => {
    expect(names("Defence Cabinet Secretary Aden Duale said the troops would stay.", "PERSON")).toEqual(["Aden Duale"]);
    expect(names("Commissioner for Energy and Housing Dan Jørgensen said the grid was safe.", "PERSON")).toEqual([
      "Dan Jørgensen",
    ]);
  });

  it("takes a name before an organisation noun for an organisation ('the Fano militia'), not a person's party", () => {
    const facts = extractArticle(
      {
        text: "Since August the federal army has been fighting the Fano militia in the Amhara Region, while Ishiba's party lost its majority in the lower house.",
        language: "en",
        publishedAt: "2024-10-28",
      },
      resources,
    );
    const organizations = facts.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.name);
    expect(organizations).toContain("Fano");
    expect(organizations).not.toContain("Ishiba");
  });

  it("finds a person by the words of the name alone, and links the surname on its own", () => {
    const text = "Getachew Reda, who headed the delegation, arrived on Monday. Reda later left for the coast.";
    expect(names(text, "PERSON")).toEqual(["Getachew Reda"]);
    const facts = extractArticle({ text, title: null, language: "en", publishedAt: "2024-06-25" }, resources);
    expect(facts.entities.find((e) => e.name === "Getachew Reda")!.mentions.map((m) => m.text)).toEqual([
      "Getachew Reda",
      "Reda",
    ]);
  });

  it("leaves a follower's label out of the name ('Peronist Sergio Massa')", () => {
    expect(names("Milei beat Peronist Sergio Massa in the run-off.", "PERSON")).toContain("Sergio Massa");
  });

  it("takes no common words, sentence-opening words or facility names for people", () => {
    expect(names("As Western Tigray stayed calm, planes landed at Toussaint Louverture airport.", "PERSON")).toEqual(
      [],
    );
  });

  it("separates a title, an organisation and the person named after it", () => {
    expect(names("On Sunday Interior Cabinet Secretary Kithure Kindiki flew north.", "PERSON")).toEqual([
      "Kithure Kindiki",
    ]);
    expect(names("On Sunday Interior Cabinet Secretary Kithure Kindiki flew north.", "ORGANIZATION")).toEqual([]);
    const text = "The vote went to Khaleda Zia of the Bangladesh Nationalist Party, observers said.";
    expect(names(text, "PERSON")).toEqual(["Khaleda Zia"]);
    expect(names(text, "ORGANIZATION")).toEqual(["Bangladesh Nationalist Party"]);
  });

  it("reads organisations by their head word, with what a connector adds", () => {
    const text =
      "Students of the University of Kinshasa marched, and the Workers' Party joined the Addis Policy Forum.";
    expect(names(text, "ORGANIZATION")).toEqual(["Addis Policy Forum", "University of Kinshasa", "Workers' Party"]);
  });

  it("names a state body of common words after its country", () => {
    expect(names("Poland's National Electoral Commission confirmed the count.", "ORGANIZATION")).toEqual([
      "National Electoral Commission of Poland",
    ]);
  });

  it("joins the short form of a name to the full one", () => {
    const text = "Thérèse Kayikwamba Wagner signed the text. Later Kayikwamba Wagner spoke to the press.";
    expect(names(text, "PERSON")).toEqual(["Thérèse Kayikwamba Wagner"]);
  });

  it("reads a name with a quoted nickname inside as the name without it", () => {
    const text = 'Rodrigo Paz finished ahead of former president Jorge "Tuto" Quiroga. Quiroga vowed to fight on.';
    expect(names(text, "PERSON")).toEqual(["Jorge Quiroga", "Rodrigo Paz Pereira"]);
  });

  it("drops an ordinary word that opens the sentence before a name, but not a first name ('Grace')", () => {
    const text = "Businessman Samuel Doria Medina, long seen as the front-runner, came third with a fifth of the vote.";
    expect(names(text, "PERSON")).toEqual(["Samuel Doria Medina"]);
    expect(names("Grace Mapendo told the committee the camps were full.", "PERSON")).toEqual(["Grace Mapendo"]);
  });

  it("ends an organisation's name at a title with a name after it, and leaves out where it is based", () => {
    const text =
      "Central Bank of Argentina Governor Santiago Bausili said reserves rose. The Nairobi-based Budget Watch Institute said the figures were wrong and the deficit had grown.";
    expect(names(text, "PERSON")).toEqual(["Santiago Bausili"]);
    expect(names(text, "ORGANIZATION")).toContain("Budget Watch Institute");
  });

  it("finds a name after a place's possessive and before an organisation it owns", () => {
    const text =
      "Nkosazana Dlamini-Zuma unseated the incumbent, Gabon's Jean Ping, while Babiš courted Tomio Okamura's Freedom and Direct Democracy over the winter.";
    expect(names(text, "PERSON")).toEqual(expect.arrayContaining(["Jean Ping", "Tomio Okamura"]));
  });

  it("keeps a middle initial inside a name", () => {
    expect(
      names("It voted for itself, said Faith W. Mwangi of the Horn Policy Institute in Nairobi.", "PERSON"),
    ).toEqual(["Faith W. Mwangi"]);
  });

  it("leaves a title and the words qualifying it before the name out of it", () => {
    expect(
      names('Spanish Defence Minister Margarita Robles urged allies to "stop treating defence as optional".', "PERSON"),
    ).toEqual(["Margarita Robles"]);
  });

  it("leaves a compound title and a courtesy title after it out of the name ('Director-General Dr Tedros …')", () => {
    const text =
      '"The agreement shows that even in a divided world, countries can still find common ground," said WHO Director-General Dr Tedros Adhanom Ghebreyesus.';
    expect(names(text, "PERSON")).toEqual(["Tedros Adhanom Ghebreyesus"]);
  });
});
