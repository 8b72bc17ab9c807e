import { describe, expect, it } from "vitest";
import { parseGoldArticle, type GoldArticle } from "../../../src/eval/gold-schema.js";
import { rates } from "../../../src/eval/rates.js";
import { scoreArticle } from "../../../src/eval/score-article.js";
import { summarizeScores } from "../../../src/eval/summarize-scores.js";
import { normalizeName } from "../../../src/eval/normalize-name.js";
import { tokenJaccard } from "../../../src/eval/token-jaccard.js";
import { datesCompatible, goldDateInterval } from "../../../src/eval/date-interval.js";
import { matchOneToOne } from "../../../src/eval/match-one-to-one.js";
import { goldAsExtraction } from "./gold-as-extraction.js";
import { formatScoreTable } from "../../../src/eval/format-score-table.js";
import { formatDifferences } from "../../../src/eval/format-differences.js";

const TEXT =
  "Президент Казахстана Касым-Жомарт Токаев прибыл в Баку. «Мы готовы помочь сторонам прийти к миру», — сказал Токаев. " +
  "В мае в Алматы прошли переговоры Азербайджана и Армении.";

function goldArticle(overrides: Partial<GoldArticle["gold"]> = {}): GoldArticle {
  return parseGoldArticle(
    {
      id: "tiny-1",
      url: null,
      source: null,
      language: "ru",
      publishedAt: "2024-07-06",
      title: "",
      genre: "news",
      region: "post-soviet",
      text: TEXT,
      gold: {
        entities: [
          { name: "Kassym-Jomart Tokayev", type: "PERSON", wikidata: null, surface: ["Касым-Жомарт Токаев", "Токаев"] },
          { name: "Kazakhstan", type: "COUNTRY", wikidata: "Q232", surface: ["Казахстана"] },
          { name: "Azerbaijan", type: "COUNTRY", wikidata: "Q227", surface: ["Азербайджана"] },
          { name: "Armenia", type: "COUNTRY", wikidata: "Q399", surface: ["Армении"] },
          { name: "Baku", type: "CITY", wikidata: "Q9248", surface: ["Баку"] },
          { name: "Almaty", type: "CITY", wikidata: "Q35493", surface: ["Алматы"] },
        ],
        statements: [
          { speaker: "Kassym-Jomart Tokayev", quote: "Мы готовы помочь сторонам прийти к миру", partial: false },
        ],
        events: [
          {
            key: "talks-almaty",
            type: "NEGOTIATION",
            description: "talks in Almaty",
            participants: ["Azerbaijan", "Armenia", "Kazakhstan"],
            location: "Almaty",
            date: "2024-05",
            dateText: "В мае",
          },
        ],
        ...overrides,
      },
    },
    "tiny-1.json",
  );
}

describe("scoreArticle", () => {
  it("scores the gold restated as an extraction 1.0 in every category", () => {
    const article = goldArticle();
    const summary = summarizeScores([scoreArticle(article, goldAsExtraction(article))]);
    for (const row of ["entities", "statements", "events", "overall"] as const) {
      expect(rates(summary[row])).toEqual({ precision: 1, recall: 1, f1: 1 });
    }
  });

  it("counts a missing entity against recall and an invented one against precision", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const entities = [
      ...facts.entities.slice(1),
      { id: "kg:person:ivan-petrov", type: "PERSON", name: "Ivan Petrov", wikidata: null },
    ];
    const score = scoreArticle(article, { ...facts, entities });
    expect(score.entities).toMatchObject({ gold: 6, extracted: 6, matched: 5 });
    expect(score.entities.missed).toEqual(["PERSON Kassym-Jomart Tokayev"]);
    expect(score.entities.extra).toEqual(["PERSON Ivan Petrov"]);
  });

  it("counts a duplicated extraction as a false positive, not a second match", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const score = scoreArticle(article, { ...facts, statements: [...facts.statements, ...facts.statements] });
    expect(score.statements).toMatchObject({ gold: 1, extracted: 2, matched: 1 });
    expect(rates(score.statements).precision).toBe(0.5);
  });

  it("matches entities on QID even when the English names differ", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const entities = facts.entities.map((entity) =>
      entity.wikidata === "Q232" ? { ...entity, name: "Republic of Kazakhstan" } : entity,
    );
    expect(scoreArticle(article, { ...facts, entities }).entities.matched).toBe(6);
  });

  it("never matches two different QIDs, even with the same name", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const entities = facts.entities.map((entity) =>
      entity.wikidata === "Q9248" ? { ...entity, id: "Q1", wikidata: "Q1" } : entity,
    );
    expect(scoreArticle(article, { ...facts, entities }).entities.missed).toEqual(["CITY Baku (Q9248)"]);
  });

  it("falls back to type plus normalised name when one side has no QID", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const renamed = facts.entities.map((entity) =>
      entity.type === "PERSON" ? { ...entity, id: "Q1", wikidata: "Q1", name: "kassym jomart TOKAYEV" } : entity,
    );
    expect(scoreArticle(article, { ...facts, entities: renamed }).entities.matched).toBe(6);
    const retyped = facts.entities.map((entity) =>
      entity.type === "PERSON" ? { ...entity, type: "ORGANIZATION" } : entity,
    );
    expect(scoreArticle(article, { ...facts, entities: retyped }).entities.matched).toBe(5);
  });

  it("matches a quote cut short within the Jaccard threshold and rejects one cut further", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const withQuote = (quote: string) => ({ ...facts, statements: [{ ...facts.statements[0]!, quote }] });
    expect(scoreArticle(article, withQuote("Мы готовы помочь сторонам прийти к")).statements.matched).toBe(1);
    expect(scoreArticle(article, withQuote("Мы готовы помочь сторонам")).statements.matched).toBe(0);
  });

  it("rejects the right quote attributed to the wrong speaker", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const statements = [{ speakerId: "Q399", speaker: "Armenia", quote: facts.statements[0]!.quote }];
    expect(scoreArticle(article, { ...facts, statements }).statements.matched).toBe(0);
  });

  it("resolves event participants through the extracted entities", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const entities = [...facts.entities, { id: "kg:country:x", type: "COUNTRY", name: "Armenia", wikidata: null }];
    const events = [{ ...facts.events[0]!, participants: [{ entityId: "kg:country:x" }] }];
    expect(scoreArticle(article, { ...facts, entities, events }).events.matched).toBe(1);
    const unrelated = [{ ...facts.events[0]!, participants: [{ entityId: "Q159" }] }];
    expect(scoreArticle(article, { ...facts, events: unrelated }).events.matched).toBe(0);
  });

  it("rejects an event of another type or a date outside the gold interval", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const event = facts.events[0]!;
    expect(scoreArticle(article, { ...facts, events: [{ ...event, type: "SUMMIT" }] }).events.matched).toBe(0);
    const june = { value: "2024-06", from: "2024-06-01", to: "2024-06-30" };
    expect(scoreArticle(article, { ...facts, events: [{ ...event, date: june }] }).events.matched).toBe(0);
  });

  it("counts the participants and place of a matched event against the gold's", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const event = facts.events[0]!;
    const restated = scoreArticle(article, facts).eventDetails;
    expect(restated).toEqual({
      participants: { gold: 3, extracted: 3, matched: 3 },
      places: { gold: 1, extracted: 1, matched: 1 },
    });
    // Kazakhstan missed, Russia added, and Baku given as the place instead of Almaty.
    const participants = [...event.participants.slice(0, 2), { entityId: "Q159" }];
    const wrong = scoreArticle(article, { ...facts, events: [{ ...event, participants, locationId: "Q9248" }] });
    expect(wrong.events.matched).toBe(1);
    expect(wrong.eventDetails).toEqual({
      participants: { gold: 3, extracted: 3, matched: 2 },
      places: { gold: 1, extracted: 1, matched: 0 },
    });
  });
});

describe("datesCompatible", () => {
  it("accepts an extracted interval overlapping the gold one", () => {
    expect(datesCompatible("2024-05", { from: "2024-05-10", to: "2024-05-11" })).toBe(true);
    expect(datesCompatible("1980s", { from: "1987-01-01", to: "1989-12-31" })).toBe(true);
    expect(datesCompatible("2020", { from: "2020-09-01", to: "2020-11-30" })).toBe(true);
  });

  it("rejects a disjoint interval and an unresolved date when the gold is dated", () => {
    expect(datesCompatible("1994", { from: "1987-01-01", to: "1989-12-31" })).toBe(false);
    expect(datesCompatible("2024-07-06", { from: "2024-07-05", to: "2024-07-05" })).toBe(false);
    expect(datesCompatible("2024", { value: null, from: null, to: null })).toBe(false);
    expect(datesCompatible("2024", null)).toBe(false);
  });

  it("lets a null gold date accept a null or any resolved date", () => {
    expect(datesCompatible(null, null)).toBe(true);
    expect(datesCompatible(null, { from: "2001-01-01", to: "2001-01-01" })).toBe(true);
  });

  it("gives months their real length, leap years included", () => {
    expect(goldDateInterval("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(goldDateInterval("2023-02")).toEqual({ from: "2023-02-01", to: "2023-02-28" });
  });
});

describe("helpers", () => {
  it("normalises names by dropping accents, case, punctuation and spaces", () => {
    expect(normalizeName("Recep Tayyip Erdoğan")).toBe(normalizeName("recep tayyip erdogan"));
    expect(normalizeName("Washington, D.C.")).toBe("washingtondc");
    expect(normalizeName("Rafał Trzaskowski")).toBe(normalizeName("Rafal Trzaskowski"));
    expect(normalizeName("Nagorno-Karabakh")).toBe(normalizeName("Nagorno Karabakh"));
    expect(normalizeName("Zelensky")).not.toBe(normalizeName("Zelenskyy"));
  });

  it("computes token Jaccard over words, ignoring punctuation and case", () => {
    expect(tokenJaccard("Мы готовы, — к миру!", "мы готовы к миру")).toBe(1);
    expect(tokenJaccard("a b c d", "a b")).toBe(0.5);
  });

  it("finds the maximum one-to-one pairing where first-fit would not", () => {
    // gold 0 fits extracted 0 and 1; gold 1 fits only extracted 0. First-fit pairs (0,0) and loses gold 1.
    const pairing = matchOneToOne(2, 2, (g, e) => (g === 0 ? true : e === 0));
    expect(pairing.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(pairing.missed).toEqual([]);
  });

  it("micro-averages: summed counts, not an average of per-article rates", () => {
    const article = goldArticle();
    const perfect = scoreArticle(article, goldAsExtraction(article));
    const empty = scoreArticle(article, { entities: [], statements: [], events: [] });
    const summary = summarizeScores([perfect, empty]);
    expect(summary.entities).toEqual({ gold: 12, extracted: 6, matched: 6 });
    expect(summary.overall).toEqual({ gold: 16, extracted: 8, matched: 8 });
    expect(rates({ gold: 0, extracted: 0, matched: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe("parseGoldArticle", () => {
  it("names the file and the problem when a participant is not an annotated entity", () => {
    expect(() =>
      goldArticle({
        events: [
          {
            key: "x",
            type: "VISIT",
            description: "x",
            participants: ["Mars"],
            location: null,
            date: null,
            dateText: null,
          },
        ],
      }),
    ).toThrow(
      /tiny-1\.json is not a valid gold file: gold\.events\.0\.participants\.0: "Mars" is not an annotated entity/,
    );
  });

  it("rejects a surface form or quote that does not occur in the text", () => {
    expect(() =>
      goldArticle({ statements: [{ speaker: "Kassym-Jomart Tokayev", quote: "Чего не было", partial: false }] }),
    ).toThrow(/gold\.statements\.0\.quote: the quote does not occur verbatim/);
  });

  it("rejects a date outside the documented formats", () => {
    expect(() =>
      goldArticle({
        events: [
          {
            key: "x",
            type: "VISIT",
            description: "x",
            participants: ["Baku"],
            location: null,
            date: "May 2024",
            dateText: null,
          },
        ],
      }),
    ).toThrow(/gold\.events\.0\.date/);
  });
});

describe("output", () => {
  it("renders the table with counts, three-decimal rates and an overall row", () => {
    const table = formatScoreTable({
      entities: { gold: 10, extracted: 8, matched: 8 },
      statements: { gold: 2, extracted: 4, matched: 1 },
      events: { gold: 0, extracted: 0, matched: 0 },
      overall: { gold: 12, extracted: 12, matched: 9 },
      eventsAnyType: { gold: 3, extracted: 2, matched: 1 },
      eventParticipants: { gold: 5, extracted: 4, matched: 4 },
      eventPlaces: { gold: 1, extracted: 0, matched: 0 },
      speakers: { found: 4, rightSpeaker: 3 },
    });
    expect(table.split("\n")).toEqual([
      "category              gold  extracted  matched  precision  recall     F1",
      "entities                10          8        8      1.000   0.800  0.889",
      "statements               2          4        1      0.250   0.500  0.333",
      "events                   0          0        0      1.000   1.000  1.000",
      "overall                 12         12        9      0.750   0.750  0.750",
      "events, any type         3          2        1      0.500   0.333  0.400",
      "  their participants     5          4        4      1.000   0.800  0.889",
      "  their places           1          0        0      1.000   0.000  0.000",
      "right speaker: 3 of 4 quotes found (0.750)",
    ]);
  });

  it("lists missed and extra items per category in the verbose block", () => {
    const article = goldArticle();
    const facts = goldAsExtraction(article);
    const block = formatDifferences(scoreArticle(article, { ...facts, entities: facts.entities.slice(1) }));
    expect(block).toContain("  entities: gold 6, extracted 5, matched 5");
    expect(block).toContain("    - missed PERSON Kassym-Jomart Tokayev");
    expect(block.startsWith("tiny-1  overall F1 ")).toBe(true);
  });
});
