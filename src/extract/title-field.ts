import type { ArticleFacts } from "./types.js";

/** What separates the title from the text when both are read as one document. */
const SEPARATOR = "\n\n";

/**
 * The title and the text as one document, so the title is analysed with the body
 * (seed/articles/README.md: the title is content) and a name in it links like any other.
 * `bodyStart` is where the text begins in it. Without a title, or when the page shows the headline
 * inside the text already (then it is read there, once), the document is the text.
 */
export function joinTitle(title: string | null, text: string): { content: string; bodyStart: number } {
  if (!title || title.trim() === "" || text.includes(title.trim())) return { content: text, bodyStart: 0 };
  return { content: title + SEPARATOR + text, bodyStart: title.length + SEPARATOR.length };
}

interface Located {
  start: number;
  end: number;
  sentence?: number;
  field?: "title";
}

/**
 * Points every offset of facts extracted from `joinTitle`'s document back at its own field
 * (docs/CONTRACTS.md, provenance): offsets in the title get `field: "title"` and stay as they
 * are; offsets in the text are shifted to the text. Sentences are counted per field too.
 */
export function placeInFields(facts: ArticleFacts, bodyStart: number, titleSentences: number): ArticleFacts {
  if (bodyStart === 0) return facts;
  const place = <T extends Located>(item: T): T => {
    if (item.start < bodyStart) return { ...item, field: "title" };
    const shifted = { ...item, start: item.start - bodyStart, end: item.end - bodyStart };
    return item.sentence === undefined ? shifted : { ...shifted, sentence: item.sentence - titleSentences };
  };
  return {
    ...facts,
    entities: facts.entities.map((entity) => ({ ...entity, mentions: entity.mentions.map(place) })),
    statements: facts.statements.map(place),
    events: facts.events.map((event) => ({ ...event, evidence: event.evidence.map(place) })),
  };
}
