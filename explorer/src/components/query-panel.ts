import { ideLink, type RanQuery } from "../api-client.js";
import { h } from "../dom.js";

/**
 * "The GraphQL query this view ran": the operation and its variables, with a link that opens
 * the IDE with both preloaded, so a dashboard builder can start from it.
 */
export function queryPanel(ran: RanQuery): HTMLElement {
  return h(
    "details",
    { class: "query-panel" },
    h("summary", {}, "GraphQL query"),
    h("pre", {}, ran.query),
    h("pre", { class: "variables" }, JSON.stringify(ran.variables, null, 2)),
    h("a", { href: ideLink(ran), target: "_blank", class: "open-in-ide" }, "Open in IDE"),
  );
}
