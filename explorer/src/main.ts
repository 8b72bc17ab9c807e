// The explorer's entry point: one page whose views are URLs under /explore, drawn from the public
// GraphQL API. Links marked `data-nav` change the view without reloading the page.
import { searchBox } from "./components/search-box.js";
import { h } from "./dom.js";
import { parseRoute, type Route } from "./route.js";
import { EntityPage } from "./views/entity-page.js";
import { home } from "./views/home.js";
import { searchResults } from "./views/search-results.js";

const root = document.getElementById("explorer")!;
const content = h("div", { class: "content" });
let page: EntityPage | null = null;

function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  void show(parseRoute(location.pathname, location.search));
}

async function show(route: Route): Promise<void> {
  if (route.kind === "entity") {
    if (!page?.shows(route)) {
      page = new EntityPage(route, navigate);
      content.replaceChildren(page.element);
    }
    return page.update(route);
  }
  page = null;
  document.title = "Newsgraph explorer";
  content.replaceChildren(route.kind === "search" ? await searchResults(route.query) : home());
}

root.replaceChildren(
  h(
    "header",
    { class: "top" },
    h("a", { href: "/explore", "data-nav": true, class: "brand" }, "Newsgraph explorer"),
    searchBox(navigate),
    h("a", { href: "/graphql", class: "ide-link" }, "GraphQL IDE"),
  ),
  content,
);
document.addEventListener("click", (event) => {
  const link = (event.target as Element).closest?.("a[data-nav]") as HTMLAnchorElement | null;
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(link.getAttribute("href")!);
});
window.addEventListener("popstate", () => void show(parseRoute(location.pathname, location.search)));
void show(parseRoute(location.pathname, location.search));
