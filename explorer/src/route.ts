// The explorer's views as URLs and back: every view has its own address, so it can be shared,
// bookmarked and reopened as it was. Pure: no DOM, no fetch.
import type { EventKind } from "./generated/operations.js";

/** The filters of an entity or pair page; each is a query parameter of its URL. */
export interface Filters {
  /** The brushed range, ISO dates. */
  from: string | null;
  to: string | null;
  types: EventKind[];
  languages: string[];
  /** A place id chosen on the map. */
  place: string | null;
}

/** Which part of an entity page is open. */
export type Panel = "events" | "map" | "graph";

export type Route =
  | { kind: "home" }
  | { kind: "search"; query: string }
  | { kind: "entity"; id: string; with: string | null; panel: Panel; filters: Filters };

/** Where the explorer is mounted by the API server. */
export const BASE = "/explore";

export const noFilters: Filters = { from: null, to: null, types: [], languages: [], place: null };

const panels: readonly Panel[] = ["events", "map", "graph"];

/** Reads a route from a path and query string such as `/explore/pair/Q399/Q227?view=map`. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const parts = pathname
    .slice(BASE.length)
    .split("/")
    .filter((part) => part !== "")
    .map(decodeURIComponent);
  const list = (name: string) => (params.get(name) ?? "").split(",").filter((item) => item !== "");
  const filters: Filters = {
    from: params.get("from"),
    to: params.get("to"),
    types: list("types") as EventKind[],
    languages: list("languages"),
    place: params.get("place"),
  };
  const view = params.get("view") as Panel | null;
  const panel = view && panels.includes(view) ? view : "events";
  if (parts[0] === "entity" && parts[1]) return { kind: "entity", id: parts[1], with: null, panel, filters };
  if (parts[0] === "pair" && parts[1] && parts[2])
    return { kind: "entity", id: parts[1], with: parts[2], panel, filters };
  if (parts[0] === "search") return { kind: "search", query: params.get("q") ?? "" };
  return { kind: "home" };
}

/** The URL of a route: the inverse of `parseRoute`, leaving out what is at its default. */
export function formatRoute(route: Route): string {
  if (route.kind === "home") return BASE;
  if (route.kind === "search") return `${BASE}/search?${new URLSearchParams({ q: route.query })}`;
  const path = route.with
    ? `${BASE}/pair/${encodeURIComponent(route.id)}/${encodeURIComponent(route.with)}`
    : `${BASE}/entity/${encodeURIComponent(route.id)}`;
  const params = new URLSearchParams();
  const { from, to, types, languages, place } = route.filters;
  if (route.panel !== "events") params.set("view", route.panel);
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  if (types.length > 0) params.set("types", types.join(","));
  if (languages.length > 0) params.set("languages", languages.join(","));
  if (place) params.set("place", place);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The GraphQL variables the filters stand for (empty lists and nulls switch a filter off). */
export function filterVariables(filters: Filters) {
  return {
    from: filters.from,
    to: filters.to,
    types: filters.types.length > 0 ? filters.types : null,
    languages: filters.languages.length > 0 ? filters.languages : null,
    place: filters.place,
  };
}

/** The page of one entity, with no filter. */
export function entityUrl(id: string): string {
  return formatRoute({ kind: "entity", id, with: null, panel: "events", filters: noFilters });
}
