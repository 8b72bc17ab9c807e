import { geoNaturalEarth1, geoPath } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import { select } from "d3-selection";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { alpha2ToNumeric } from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { ExplorerMapQuery } from "../generated/operations.js";

type PlaceRow = ExplorerMapQuery["eventPlaces"][number];

const WIDTH = 900;
const HEIGHT = 460;

// Natural Earth's country shapes, 1:110m, shipped in the bundle: no tile server, no network.
const countries = feature(
  world as unknown as Topology<{ countries: GeometryCollection }>,
  (world as unknown as Topology<{ countries: GeometryCollection }>).objects.countries,
) as FeatureCollection<Geometry, { name: string }>;

/**
 * A map of the events' places. Countries are shaded by their number of events (those located in
 * the country or anywhere inside it), never drawn as a pin at their centre; cities are points and
 * regions dashed circles, sized by their events. Clicking a place or a shaded country calls
 * `onPlace` with its id.
 */
export function eventMap(
  rows: readonly PlaceRow[],
  selected: string | null,
  onPlace: (placeId: string) => void,
): SVGSVGElement {
  const byCountry = eventsByCountry(rows);
  const shaded = countries.features.filter((country) => byCountry.has(String(country.id)));
  const projection = geoNaturalEarth1().fitExtent(
    // A wide margin keeps the neighbours of the shaded countries in view, for context.
    [
      [WIDTH * 0.2, HEIGHT * 0.15],
      [WIDTH * 0.8, HEIGHT * 0.85],
    ],
    shaded.length > 0 ? ({ type: "FeatureCollection", features: shaded } as FeatureCollection) : countries,
  );
  const path = geoPath(projection);
  const maxCountry = Math.max(1, ...[...byCountry.values()].map((entry) => entry.events));
  const svg = select(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
    .attr("class", "event-map")
    .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg
    .append("g")
    .selectAll("path")
    .data(countries.features)
    .join("path")
    .attr("d", (country) => path(country) ?? "")
    .attr("class", (country) => (byCountry.has(String(country.id)) ? "country shaded" : "country"))
    .attr("data-country", (country) => country.properties.name)
    .style("fill-opacity", (country) => {
      const entry = byCountry.get(String(country.id));
      return entry ? String(0.2 + 0.5 * (entry.events / maxCountry)) : null;
    })
    .on("click", (_event, country: Feature<Geometry, { name: string }>) => {
      const entry = byCountry.get(String(country.id));
      if (entry?.countryId) onPlace(entry.countryId);
    })
    .append("title")
    .text((country) => {
      const entry = byCountry.get(String(country.id));
      return entry
        ? `${country.properties.name}: ${entry.events} event${entry.events === 1 ? "" : "s"}`
        : country.properties.name;
    });
  const points = rows.filter(
    (row) => row.place.type !== "COUNTRY" && row.place.latitude !== null && row.place.longitude !== null,
  );
  const radius = scaleSqrt()
    .domain([1, Math.max(1, ...points.map((row) => row.events))])
    .range([4, 14]);
  svg
    .append("g")
    .selectAll("circle")
    .data(points)
    .join("circle")
    .attr(
      "class",
      (row) => `place-marker ${row.place.type.toLowerCase()}${row.place.id === selected ? " selected" : ""}`,
    )
    .attr("data-place-id", (row) => row.place.id)
    .attr("cx", (row) => projection([row.place.longitude!, row.place.latitude!])![0])
    .attr("cy", (row) => projection([row.place.longitude!, row.place.latitude!])![1])
    .attr("r", (row) => radius(row.events) * (row.place.type === "REGION" ? 1.6 : 1))
    .on("click", (_event, row) => onPlace(row.place.id))
    .append("title")
    .text(
      (row) => `${row.place.name} (${row.place.type.toLowerCase()}): ${row.events} event${row.events === 1 ? "" : "s"}`,
    );
  return svg.node()!;
}

/** Events per country, by the numeric ISO code world-atlas keys its shapes with. */
function eventsByCountry(rows: readonly PlaceRow[]): Map<string, { events: number; countryId: string | null }> {
  const totals = new Map<string, { events: number; countryId: string | null }>();
  for (const row of rows) {
    const numeric = row.place.countryCode ? alpha2ToNumeric(row.place.countryCode) : undefined;
    if (!numeric) continue;
    const entry = totals.get(numeric) ?? { events: 0, countryId: row.place.country?.id ?? null };
    entry.events += row.events;
    totals.set(numeric, entry);
  }
  return totals;
}
