import type { DateMention } from "./date-rules.js";
import type { Sentence, Span } from "./segment-text.js";
import type { EventDate } from "./types.js";

/** Where one trigger stands: its offsets and the clause and sentence around it. */
export interface TriggerPlace {
  at: number;
  end: number;
  clause: Span;
  sentence: Sentence;
}

/**
 * The date a trigger's event is told with. A date in a clause modifies the trigger before it — in
 * both languages a time adverbial follows the noun or verb it dates ("pulled out on Monday, a year
 * after the deal brokered in July 2022": Monday is the pull-out's, July 2022 the deal's) — or, when
 * it opens the clause («В понедельник … прошел саммит»), the first trigger after it. A trigger
 * takes the nearest date that is its own; one with none shares the clause's nearest date («саммит:
 * … подписали договор», "agreed on Wednesday … in talks"). A clause without dates takes a date of
 * an earlier clause of its sentence that holds no trigger (a later one tells of what follows: "…,
 * which they will try again next year"), and a relative clause opened by «когда», «где»,
 * "when" or "where" the last date before it, which it points back to («с 2012 года, когда она
 * победила», «прилетел в Анкару, где провел встречу»). A year standing alone a few words before the
 * trigger is an attribute of its noun and dates it first ("the 2020 war").
 */
export function chooseEventDate(
  dates: readonly DateMention[],
  trigger: TriggerPlace,
  triggers: readonly TriggerPlace[],
  relativeClause: (clause: Span) => boolean,
): EventDate | null {
  const attributive = dates.find(
    (d) => ATTRIBUTIVE_YEAR.test(d.date.text) && d.end <= trigger.at && trigger.at - d.end <= ATTRIBUTE_REACH,
  );
  if (attributive) return attributive.date;
  const inSpan = (span: Span) => dates.filter((d) => d.start >= span.start && d.start < span.end);
  const nearest = (list: readonly DateMention[]) => [...list].sort((a, b) => gap(trigger, a) - gap(trigger, b))[0];
  const own = inSpan(trigger.clause);
  if (own.length) {
    const rivals = triggers.filter((t) => t.clause.start === trigger.clause.start);
    const mine = own.filter((d) => ownerOf(rivals, d).at === trigger.at);
    return (nearest(mine) ?? nearest(own))!.date;
  }
  if (relativeClause(trigger.clause)) {
    const before = dates.filter((d) => d.start >= trigger.sentence.start && d.start < trigger.clause.start);
    if (before.length) return before[before.length - 1]!.date;
  }
  const free = inSpan(trigger.sentence).filter(
    (d) => d.start < trigger.clause.start && !triggers.some((t) => d.start >= t.clause.start && d.start < t.clause.end),
  );
  return nearest(free)?.date ?? null;
}

/** A year alone, written before a noun ("the 2017 summit", "its 1951 Mutual Defense Treaty"): that noun's own date. */
const ATTRIBUTIVE_YEAR = /^\d{4}$/u;
/** How far before its trigger such a year stands: a few words of the noun phrase ("a 1959 Nile waters agreement"). */
const ATTRIBUTE_REACH = 25;

/** Characters between a trigger and a date, whichever comes first. */
function gap(trigger: TriggerPlace, date: DateMention): number {
  return date.start >= trigger.end ? date.start - trigger.end : Math.max(0, trigger.at - date.end);
}

/** The trigger a date modifies: the closest one before it in the clause, else the first after it. */
function ownerOf(triggers: readonly TriggerPlace[], date: DateMention): TriggerPlace {
  const before = triggers.filter((t) => t.end <= date.start);
  const pool = before.length ? before : triggers;
  return [...pool].sort((a, b) => gap(a, date) - gap(b, date))[0]!;
}

/**
 * The dates coordinated after the chosen one ("elections in 2016 and 2020", «в марте и в мае»):
 * one trigger telling several happenings, one per date. Only "and"/«и» and commas may stand
 * between them.
 */
export function coordinatedDates(dates: readonly DateMention[], chosen: EventDate | null, text: string): EventDate[] {
  const found: EventDate[] = [];
  let current = dates.find((d) => d.date === chosen);
  while (current) {
    const end = current.end;
    current = dates.find((d) => d.start >= end && /^(?:,?\s+(?:and|и)\s+|,\s*)$/iu.test(text.slice(end, d.start)));
    if (current) found.push(current.date);
  }
  return found;
}
