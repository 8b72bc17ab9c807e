import type { DatedValue } from "../domain/event-identity.js";
import type { EventDate } from "../extract/types.js";

/** A date as stored on an event and on each REPORTS: the value written, its precision, its interval (ISO days). */
export type StoredDate = DatedValue & { precision: string | null };

/** A stored event's state; `participantKeys` (`entityId|role`) and `placeIds` in the order written. */
export interface StoredEvent {
  id: string;
  type: string;
  participantKeys: string[];
  placeIds: string[];
  date: StoredDate;
}

/** An extracted date as stored (a precision only with a value), or an unknown one for none. */
export function storedDate(date: EventDate | null): StoredDate {
  return date
    ? { value: date.value, precision: date.value ? date.precision : null, from: date.from, to: date.to }
    : { value: null, precision: null, from: null, to: null };
}

/** Cypher: the `StoredDate` on `node` (an event or a REPORTS). */
export const storedDateOf = (node: string) =>
  `{value: ${node}.dateValue, precision: ${node}.precision, from: toString(${node}.dateFrom), to: toString(${node}.dateTo)}`;

/** Cypher: the SET items that store the `StoredDate` `date` on `node`. */
export const setStoredDate = (node: string, date: string) =>
  `${node}.dateValue = ${date}.value, ${node}.precision = ${date}.precision, ${node}.dateFrom = date(${date}.from), ${node}.dateTo = date(${date}.to)`;

/** Cypher projection of an event `ev` as a `StoredEvent`. */
export const storedEventProjection = `ev {.id, .type, participantKeys: coalesce(ev.participantKeys, []),
  placeIds: coalesce(ev.placeIds, []), date: ${storedDateOf("ev")}}`;
