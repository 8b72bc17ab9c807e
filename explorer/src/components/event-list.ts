import { dayEnd, dayStart, formatEventDate } from "../dates.js";
import { h, navLink } from "../dom.js";
import type { ExplorerEventsQuery } from "../generated/operations.js";
import { entityUrl } from "../route.js";
import type { TimeScale } from "./time-bar.js";

type Entry = ExplorerEventsQuery["timeline"][number];
type Source = Entry["sources"][number];

/**
 * The events in date order. Each shows its type, its date as wide as its precision (in words, and
 * as a mark on the time bar's scale), its place, its participants with their roles, and each
 * source article with its evidence sentence and the quotes said there with their speakers.
 */
export function eventItems(
  entries: readonly Entry[],
  scale: TimeScale | null,
  onPlace: (placeId: string) => void,
): HTMLElement[] {
  return entries.map((entry) =>
    h(
      "li",
      { class: "event", "data-event-id": entry.id },
      h(
        "header",
        {},
        h("span", { class: `badge kind-${entry.type.toLowerCase()}` }, entry.type.toLowerCase().replace("_", " ")),
        h("h3", {}, entry.title),
      ),
      h(
        "p",
        { class: "when-where" },
        h(
          "span",
          { class: "date", title: entry.date.from ? `${entry.date.from} – ${entry.date.to}` : "" },
          formatEventDate(entry.date),
        ),
        dateTrack(entry, scale),
        entry.place
          ? h(
              "button",
              {
                type: "button",
                class: "place-link",
                title: `Only events in ${entry.place.name}`,
                onclick: () => onPlace(entry.place!.id),
              },
              `${entry.place.name} (${(entry.locationPrecision ?? entry.place.type).toLowerCase()})`,
            )
          : null,
      ),
      h(
        "ul",
        { class: "participants" },
        ...entry.participants.map((participant) =>
          h(
            "li",
            {},
            navLink(entityUrl(participant.entity.id), participant.entity.name),
            h("span", { class: "role" }, participant.role.toLowerCase()),
          ),
        ),
      ),
      h(
        "ol",
        { class: "sources" },
        ...entry.sources.map((source) =>
          sourceItem(
            source,
            entry.statements.filter((statement) => statement.article.id === source.article.id),
          ),
        ),
      ),
      entry.sourceCount > entry.sources.length
        ? h("p", { class: "muted" }, `and ${entry.sourceCount - entry.sources.length} more articles`)
        : null,
    ),
  );
}

function sourceItem(source: Source, quotes: Entry["statements"]): HTMLElement {
  const { article } = source;
  const title = article.title ?? article.id;
  return h(
    "li",
    { class: "source", lang: article.language },
    h(
      "p",
      { class: "article" },
      article.url ? h("a", { href: article.url, rel: "noreferrer" }, title) : h("cite", {}, title),
      h(
        "span",
        { class: "muted" },
        ` — ${[article.source, article.publishedAt, article.language].filter(Boolean).join(", ")}`,
      ),
    ),
    h("blockquote", { class: "evidence" }, source.evidence),
    ...quotes.map((quote) =>
      h(
        "p",
        { class: "quote" },
        `«${quote.quote}»`,
        quote.speaker
          ? h("span", { class: "speaker" }, " — ", navLink(entityUrl(quote.speaker.id), quote.speaker.name))
          : null,
      ),
    ),
  );
}

// The date's interval on the time bar's scale: a day is a sliver, a year a long bar.
function dateTrack(entry: Entry, scale: TimeScale | null): HTMLElement | null {
  if (!scale || !entry.date.from || !entry.date.to) return null;
  const left = Math.max(0, scale(dayStart(entry.date.from)));
  const right = Math.min(1, scale(dayEnd(entry.date.to)));
  return h(
    "span",
    { class: "track", "aria-hidden": "true" },
    h("span", {
      class: "mark",
      style: `left:${(left * 100).toFixed(2)}%;width:max(2px,${((right - left) * 100).toFixed(2)}%)`,
    }),
  );
}
