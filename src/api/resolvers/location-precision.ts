import type { LocationPrecision, PlaceRef } from "../generated/resolvers-types.js";

/**
 * How precisely an event's place locates it: the kind of the place. The map draws a city as a
 * point, a region as a circle and a country as its shaded shape, never as a pin at its centre.
 */
export function locationPrecision(parent: { place?: Pick<PlaceRef, "type"> | null }): LocationPrecision | null {
  const type = parent.place?.type;
  return type === "CITY" || type === "REGION" || type === "COUNTRY" ? type : null;
}
