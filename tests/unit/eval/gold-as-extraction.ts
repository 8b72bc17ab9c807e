import type { ExtractedFacts } from "../../../src/eval/extracted-facts.js";
import { goldDateInterval } from "../../../src/eval/date-interval.js";
import type { GoldArticle } from "../../../src/eval/gold-schema.js";
import { normalizeName } from "../../../src/eval/normalize-name.js";

/**
 * The gold annotations restated as an extractor would emit them — entity ids as QIDs or
 * kg: slugs, participants by id, dates as intervals: the perfect extraction, which must score 1.
 */
export function goldAsExtraction(article: GoldArticle): ExtractedFacts {
  const { entities, statements, events } = article.gold;
  const idOf = (name: string) => {
    const entity = entities.find((candidate) => candidate.name === name)!;
    return entity.wikidata ?? `kg:${entity.type.toLowerCase()}:${normalizeName(name)}`;
  };
  return {
    entities: entities.map((entity) => ({
      id: idOf(entity.name),
      type: entity.type,
      name: entity.name,
      wikidata: entity.wikidata,
    })),
    statements: statements.map((statement) => ({
      speakerId: statement.speaker && idOf(statement.speaker),
      speaker: statement.speaker,
      quote: statement.quote,
    })),
    events: events.map((event) => {
      const interval = goldDateInterval(event.date);
      return {
        type: event.type,
        participants: event.participants.map((name) => ({ entityId: idOf(name), role: "PARTICIPANT" })),
        locationId: event.location && idOf(event.location),
        date: interval && { value: event.date, ...interval },
      };
    }),
  };
}
