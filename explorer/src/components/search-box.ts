import { runQuery } from "../api-client.js";
import { h, navLink } from "../dom.js";
import type { ExplorerSearchQuery } from "../generated/operations.js";
import { SEARCH } from "../queries.js";
import { entityUrl, formatRoute } from "../route.js";

type Hit = ExplorerSearchQuery["searchEntities"][number];

/** Milliseconds of quiet typing before suggestions are asked for. */
const DEBOUNCE_MS = 150;

/**
 * The search field with suggestions as you type, in any language and script («Токаев»,
 * "Tokayev", «Азербайджана»). Choosing a suggestion opens its page; Enter opens the results page.
 */
export function searchBox(navigate: (url: string) => void, initial = ""): HTMLElement {
  const input = h("input", {
    type: "search",
    name: "q",
    value: initial,
    placeholder: "Search people, countries, cities, organisations…",
    autocomplete: "off",
    "aria-label": "Search entities",
  });
  const list = h("ul", { class: "suggestions", role: "listbox", onclick: () => list.replaceChildren() });
  let timer: number | undefined;
  let asked = 0;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const query = input.value.trim();
      const ticket = ++asked;
      const hits = query === "" ? [] : await searchHits(query).catch(() => []);
      if (ticket === asked) list.replaceChildren(...hits.map((hit) => suggestion(hit)));
    }, DEBOUNCE_MS);
  });
  const form = h(
    "form",
    {
      class: "search-box",
      role: "search",
      onsubmit: (event: Event) => {
        event.preventDefault();
        list.replaceChildren();
        if (input.value.trim() !== "") navigate(formatRoute({ kind: "search", query: input.value.trim() }));
      },
    },
    input,
    list,
  );
  return form;
}

/** Entities matching a search, best first. */
export async function searchHits(query: string, limit = 8): Promise<Hit[]> {
  const { data } = await runQuery<ExplorerSearchQuery>(SEARCH, { query, limit });
  return data.searchEntities;
}

/** One result line: name, type, country and number of articles. */
export function hitSummary(hit: Hit): HTMLElement {
  return h(
    "span",
    { class: "hit" },
    h("strong", {}, hit.name),
    h("span", { class: `badge type-${hit.type.toLowerCase()}` }, hit.type.toLowerCase()),
    hit.country && hit.country.id !== hit.id ? h("span", { class: "muted" }, hit.country.name) : null,
    h("span", { class: "muted" }, `${hit.articleCount} article${hit.articleCount === 1 ? "" : "s"}`),
  );
}

function suggestion(hit: Hit): HTMLElement {
  return h("li", { role: "option" }, navLink(entityUrl(hit.id), hitSummary(hit)));
}
