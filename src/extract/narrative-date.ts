import type { DateMention } from "./date-rules.js";
import type { EventMention } from "./event-mention.js";
import type { Sentence, Token } from "./segment-text.js";
import type { Tense } from "./tense.js";
import type { EventDate } from "./types.js";

/** The day the report was filed (its dateline's, else publishedAt) and the tense at an offset. */
export interface ReportTime {
  day: EventDate | null;
  tense: (offset: number) => Tense | null;
}

/**
 * Dates a mention told without a date of its own, when no dated mention of its type comes before
 * it to refer back to, by the narrative's time: the last date told before its trigger in the same or
 * the previous sentence («Сегодня прошли переговоры. По их итогам стороны подписали более 30
 * документов»; «Во вторник … состоялась конференция. Так Кишинев начал переговоры»). A headline (the
 * first sentence) has nothing before it and takes the first date of the lede after it. A mention
 * still undated and told in the present tense is happening as the report is filed ("Talks are under
 * way in Doha", «Саммит проходит в Казани») and takes the filing day. `dates` are
 * the dates outside quotations, in text order; `mentions` are in text order and changed in place.
 */
export function dateFromNarrative(
  mentions: EventMention[],
  dates: readonly DateMention[],
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  report: ReportTime,
): void {
  mentions.forEach((mention, i) => {
    if (mention.date || mentions.slice(0, i).some((m) => m.type === mention.type && m.date)) return;
    // A war is a state, not a happening of the narrative's day: only a date of its own dates it.
    if (mention.type === "MILITARY_CONFLICT") return;
    const at = tokens[mention.trigger.first]!.start;
    const from = sentences[Math.max(0, mention.sentence - 1)]!.start;
    const before = dates.filter((d) => d.start >= from && d.end <= at && d.date.from);
    const lede = sentences[1];
    const first =
      mention.sentence === 0 && lede
        ? dates.find((d) => d.start >= lede.start && d.start < lede.end && d.date.from)
        : undefined;
    mention.date = (before[before.length - 1] ?? first)?.date ?? (report.tense(at) === "present" ? report.day : null);
  });
}
