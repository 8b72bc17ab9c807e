import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import type { ExtractionResources } from "../../../src/extract/types.js";
import { seedResources } from "./resources.js";

let resources: ExtractionResources;
beforeAll(async () => {
  resources = await seedResources();
});

/** Speaker name (or null) per statement, in text order. */
function speakers(text: string, language = "en"): (string | null)[] {
  return extractArticle({ text, language, publishedAt: "2025-08-16" }, resources).statements.map((s) => s.speaker);
}

describe("attributeQuotes", () => {
  it("resolves 'he said' to the subject of the sentence introducing the quote, not the previous speaker", () => {
    const text =
      'Kremlin spokesman Dmitry Peskov told reporters that Moscow would return to the deal later. "We will decide when our demands are met," Peskov said.\n\n' +
      'Ukrainian President Volodymyr Zelenskyy said Kyiv would keep ships moving. "The Black Sea must stay open for the world," he said in his nightly address.';
    expect(speakers(text)).toEqual(["Dmitry Peskov", "Volodymyr Zelenskyy"]);
  });

  it("keeps a quote whose speech verb names nobody as a statement of an unnamed source", () => {
    const text = 'The White House was more guarded. "These issues are very complicated and need more time," a statement said.';
    expect(speakers(text)).toEqual([null]);
  });

  it("leaves out a partial quote inside the author's own sentence", () => {
    const text = 'Ukrainian President Volodymyr Zelenskyy called the outcome "a victory for Ukraine and Europe" on Thursday.';
    expect(speakers(text)).toEqual([]);
  });

  it("does not take a person named after the comma of the attribution clause as the speaker", () => {
    const text =
      'Russian President Vladimir Putin praised the talks. "Our next meeting could take place in Moscow," he said in English, drawing a laugh from Donald Trump.';
    expect(speakers(text)).toEqual(["Vladimir Putin"]);
  });

  it("gives an unmarked quote to the subject of the sentence before it in the same paragraph", () => {
    const text = "Касым-Жомарт Токаев с этим не согласен. «Выбирать заставляют тех, у кого нет альтернатив».";
    expect(speakers(text, "ru")).toEqual(["Kassym-Jomart Tokayev"]);
  });

  it("links a Chinese surname written first on its own", () => {
    const text = "Chinese President Xi Jinping arrived in Astana.\n\n“We must firmly support each other on core issues,” Xi told his counterparts.";
    expect(speakers(text)).toEqual(["Xi Jinping"]);
  });

  it("resolves a role noun with a country adjective to the person holding office for that country", () => {
    const text =
      "Президент Китая Си Цзиньпин прибыл к Касым-Жомарту Токаеву. «Китай — наш надежный сосед и партнер», — заявил Токаев на брифинге. «Мы высоко ценим дружбу с Казахстаном», — сказал китайский лидер.";
    expect(speakers(text, "ru")).toEqual(["Kassym-Jomart Tokayev", "Xi Jinping"]);
  });
});
