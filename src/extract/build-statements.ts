import type { AttributedQuote } from "./attribute-quotes.js";
import { normalizeQuote, stableId } from "./stable-id.js";
import type { Entity, Statement } from "./types.js";

/**
 * Statements from attributed quotes (a null speaker is an unnamed source). The quote text excludes its marks; `aboutIds` are the
 * entities mentioned inside it, the speaker excepted. A quote whose attribution names no event
 * continues the event of the previous quote when the same speaker goes straight on (the next
 * paragraph). The id hashes the speaker id and the normalised quote.
 */
export function buildStatements(
  text: string,
  quotes: readonly AttributedQuote[],
  quoteEvents: readonly (string | null)[],
  entities: readonly Entity[],
): Statement[] {
  const statements: Statement[] = [];
  quotes.forEach((attributed, i) => {
    const { quote, speakerId, partial } = attributed;
    const previous = statements[statements.length - 1];
    const sameSpeakerGoesOn =
      previous &&
      speakerId !== null &&
      previous.speakerId === speakerId &&
      !/\n\s*\n[^]*\n\s*\n/.test(text.slice(previous.end, quote.open));
    const speaker = entities.find((e) => e.id === speakerId);
    const body = text.slice(quote.start, quote.end);
    const id = stableId("stmt", [speakerId ?? "", normalizeQuote(body)]);
    // A headline shown again in the text repeats the quote: one more occurrence, not a second statement.
    if (statements.some((s) => s.id === id)) return;
    statements.push({
      id,
      speakerId,
      speaker: speaker?.name ?? speakerId,
      quote: body,
      partial,
      start: quote.start,
      end: quote.end,
      eventId: quoteEvents[i] ?? (sameSpeakerGoesOn ? previous.eventId : null),
      aboutIds: entities
        .filter((e) => e.id !== speakerId && e.mentions.some((m) => m.start >= quote.start && m.end <= quote.end))
        .map((e) => e.id),
    });
  });
  return statements;
}
