import { h } from "../dom.js";
import type { EventKind } from "../generated/operations.js";
import type { Filters } from "../route.js";

/** Every event type, in the SDL's order; the check below fails to compile if the SDL gains one. */
const EVENT_KINDS = [
  "SUMMIT",
  "NEGOTIATION",
  "MEETING",
  "VISIT",
  "AGREEMENT",
  "MILITARY_CONFLICT",
  "ELECTION",
  "STATEMENT",
  "OTHER",
] as const satisfies readonly EventKind[];
const everyKindListed: Exclude<EventKind, (typeof EVENT_KINDS)[number]> extends never ? true : false = true;
void everyKindListed;

/** The languages of the sources (the corpus's: Russian and English). */
const LANGUAGES = [
  ["ru", "Russian"],
  ["en", "English"],
] as const;

/**
 * Filters by event type and by language of the sources, and the brushed range and chosen place
 * with a way to clear them. Each change calls `onChange` with the new filters.
 */
export function filterBar(filters: Filters, placeName: string | null, onChange: (next: Filters) => void): HTMLElement {
  const toggle = <T extends string>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  const chip = (label: string, checked: boolean, name: string, onToggle: () => void) =>
    h("label", { class: "chip" }, h("input", { type: "checkbox", name, checked, onchange: onToggle }), label);
  return h(
    "section",
    { class: "filters" },
    h(
      "fieldset",
      {},
      h("legend", {}, "Event types"),
      ...EVENT_KINDS.map((kind) =>
        chip(kind.toLowerCase().replace("_", " "), filters.types.includes(kind), `type-${kind}`, () =>
          onChange({ ...filters, types: toggle(filters.types, kind) }),
        ),
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Sources in"),
      ...LANGUAGES.map(([code, name]) =>
        chip(name, filters.languages.includes(code), `language-${code}`, () =>
          onChange({ ...filters, languages: toggle(filters.languages, code) }),
        ),
      ),
    ),
    filters.from || filters.to
      ? h(
          "button",
          { type: "button", class: "clear", onclick: () => onChange({ ...filters, from: null, to: null }) },
          `${filters.from ?? "…"} – ${filters.to ?? "…"} ✕`,
        )
      : null,
    filters.place
      ? h(
          "button",
          { type: "button", class: "clear", onclick: () => onChange({ ...filters, place: null }) },
          `in ${placeName ?? filters.place} ✕`,
        )
      : null,
  );
}
