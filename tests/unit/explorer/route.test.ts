import { describe, expect, it } from "vitest";
import { filterVariables, formatRoute, noFilters, parseRoute, type Route } from "../../../explorer/src/route.js";

describe("explorer routes", () => {
  const routes: Route[] = [
    { kind: "home" },
    { kind: "search", query: "Токаев" },
    { kind: "entity", id: "kg:person:kassym-jomart-tokayev", with: null, panel: "events", filters: noFilters },
    {
      kind: "entity",
      id: "Q399",
      with: "Q227",
      panel: "map",
      filters: {
        from: "2024-05-01",
        to: "2024-07-31",
        types: ["SUMMIT", "NEGOTIATION"],
        languages: ["en"],
        place: "kg:city:shusha",
      },
    },
  ];

  it.each(routes.map((route) => [formatRoute(route), route] as const))(
    "reads back %s as the view it was made from",
    (url, route) => {
      const parsed = new URL(url, "http://localhost");
      expect(parseRoute(parsed.pathname, parsed.search)).toEqual(route);
    },
  );

  it("leaves defaults out of the URL and falls back to the events panel on an unknown view", () => {
    expect(formatRoute({ kind: "entity", id: "Q232", with: null, panel: "events", filters: noFilters })).toBe(
      "/explore/entity/Q232",
    );
    expect(parseRoute("/explore/entity/Q232", "?view=nonsense")).toMatchObject({ kind: "entity", panel: "events" });
    expect(parseRoute("/explore/unknown", "")).toEqual({ kind: "home" });
  });

  it("turns empty filters into nulls, which switch them off in the API", () => {
    expect(filterVariables(noFilters)).toEqual({ from: null, to: null, types: null, languages: null, place: null });
    expect(filterVariables({ ...noFilters, types: ["SUMMIT"], languages: ["ru"] })).toMatchObject({
      types: ["SUMMIT"],
      languages: ["ru"],
    });
  });
});
