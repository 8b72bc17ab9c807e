import type { DateMention } from "./date-rules.js";
import type { MergedEvent } from "./merge-events.js";
import type { Sentence, Token } from "./segment-text.js";

/**
 * Dates an event told without a date of its own and with no dated event of its type to refer to,
 * by the narrative's time: the last date told before its first trigger in the same or the previous
 * sentence («Сегодня прошли переговоры. По их итогам стороны подписали более 30 документов»). A
 * headline (the first sentence) has nothing before it and takes the first date of the lede after
 * it. `dates` are the dates outside quotations, in text order; events are changed in place.
 */
export function dateFromNarrative(
  events: MergedEvent[],
  dates: readonly DateMention[],
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): void {
  for (const event of events) {
    if (event.date) continue;
    const first = event.mentions[0]!;
    const at = tokens[first.trigger.first]!.start;
    const from = sentences[Math.max(0, first.sentence - 1)]!.start;
    const before = dates.filter((d) => d.start >= from && d.end <= at && d.date.from);
    const lede = first.sentence === 0 && sentences[1] ? dates.find((d) => d.start >= sentences[1]!.start && d.start < sentences[1]!.end && d.date.from) : undefined;
    event.date = (before[before.length - 1] ?? lede)?.date ?? null;
  }
}
