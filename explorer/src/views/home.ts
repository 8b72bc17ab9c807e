import { h, navLink } from "../dom.js";
import { entityUrl, formatRoute, noFilters } from "../route.js";

/** The start page: what the explorer is for, and a few ways in. */
export function home(): HTMLElement {
  return h(
    "main",
    { class: "home" },
    h("h1", {}, "Explore the news graph"),
    h(
      "p",
      {},
      "Search for a person, country, city or organisation in any language and script — «Токаев», Tokayev, «Азербайджана». ",
      "Its page shows its profile, a time bar of its events (drag to choose a range), the events with their sources and quotes, a map of where they happened and a graph of its connections. ",
      "Every view has its own address and shows the GraphQL query it ran, with a link that opens it in the IDE.",
    ),
    h(
      "ul",
      {},
      h("li", {}, navLink(entityUrl("kg:person:kassym-jomart-tokayev"), "Kassym-Jomart Tokayev")),
      h(
        "li",
        {},
        navLink(
          formatRoute({ kind: "entity", id: "Q399", with: "Q227", panel: "events", filters: noFilters }),
          "Armenia and Azerbaijan",
        ),
      ),
      h(
        "li",
        {},
        navLink(
          formatRoute({ kind: "entity", id: "Q232", with: null, panel: "map", filters: noFilters }),
          "Kazakhstan on the map",
        ),
      ),
    ),
  );
}
