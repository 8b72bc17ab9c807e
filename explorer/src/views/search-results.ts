import { hitSummary, searchHits } from "../components/search-box.js";
import { h, navLink } from "../dom.js";
import { entityUrl } from "../route.js";

/** The results page of a search: every match with its type, country and number of articles. */
export async function searchResults(query: string): Promise<HTMLElement> {
  const hits = await searchHits(query, 25);
  return h(
    "main",
    { class: "search-results" },
    h("h1", {}, `Results for “${query}”`),
    hits.length === 0
      ? h("p", {}, "Nothing matches. Try another spelling or language.")
      : h("ol", {}, ...hits.map((hit) => h("li", {}, navLink(entityUrl(hit.id), hitSummary(hit))))),
  );
}
