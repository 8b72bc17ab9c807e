import type { ExtractedEntity, ExtractedEvent, ExtractedFacts, ExtractedStatement } from "./extracted-facts.js";
import type { GoldEntity, GoldEvent, GoldStatement } from "./gold-schema.js";

/**
 * One-line descriptions of gold and extracted items, for the `--verbose` list of what was missed
 * and what was extra. Quotes are cut to a readable length; event participants of extracted
 * events are shown by name where the id resolves.
 */
export const describeItem = {
  goldEntity: (entity: GoldEntity) => `${entity.type} ${entity.name}${qid(entity.wikidata)}`,
  extractedEntity: (entity: ExtractedEntity) => `${entity.type} ${entity.name}${qid(entity.wikidata ?? null)}`,
  goldStatement: (statement: GoldStatement) => `${statement.speaker ?? "(unnamed)"}: «${shorten(statement.quote)}»`,
  extractedStatement: (statement: ExtractedStatement) =>
    `${statement.speaker ?? statement.speakerId ?? "(unnamed)"}: «${shorten(statement.quote)}»`,
  goldEvent: (event: GoldEvent) => `${event.type} ${event.date ?? "undated"} [${event.participants.join(", ")}]`,
  extractedEvent: (event: ExtractedEvent, facts: ExtractedFacts) => {
    const names = event.participants.map(
      (participant) =>
        facts.entities.find((entity) => entity.id === participant.entityId)?.name ?? participant.entityId,
    );
    return `${event.type} ${extractedDate(event)} [${names.join(", ")}]`;
  },
};

const QUOTE_PREVIEW = 70;

function shorten(quote: string): string {
  return quote.length <= QUOTE_PREVIEW ? quote : `${quote.slice(0, QUOTE_PREVIEW - 1)}…`;
}

function qid(wikidata: string | null): string {
  return wikidata ? ` (${wikidata})` : "";
}

function extractedDate(event: ExtractedEvent): string {
  const date = event.date;
  if (!date?.from) return "undated";
  return date.value ?? (date.to && date.to !== date.from ? `${date.from}..${date.to}` : date.from);
}
