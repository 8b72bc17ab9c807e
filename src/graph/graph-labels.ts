import type { EntityType, EventType } from "../extract/types.js";

/**
 * The node label of each entity type, as schema/model.graphql names them (`Person`, `Country`, …).
 * Labels cannot be Cypher parameters, so writers group rows by label and use one static
 * statement per label instead of building Cypher from data.
 */
export const entityLabels: Readonly<Record<EntityType, string>> = {
  PERSON: "Person",
  COUNTRY: "Country",
  CITY: "City",
  REGION: "Region",
  ORGANIZATION: "Organization",
};

/** The secondary label of each event type (`:Event:Summit`, `:Event:MilitaryConflict`), see docs/DESIGN.md. */
export const eventLabels: Readonly<Record<EventType, string>> = {
  SUMMIT: "Summit",
  NEGOTIATION: "Negotiation",
  MEETING: "Meeting",
  VISIT: "Visit",
  AGREEMENT: "Agreement",
  MILITARY_CONFLICT: "MilitaryConflict",
  ELECTION: "Election",
  STATEMENT: "StatementEvent",
  OTHER: "OtherEvent",
};

/**
 * Cypher that gives `variable` the label of its type, one guarded `FOREACH` per label. Labels
 * cannot be parameters on every server we support, so the text is built from the constant label
 * table above, never from data; one statement can then write rows of every type.
 */
export function setLabelByType(
  variable: string,
  typeExpression: string,
  labels: Readonly<Record<string, string>>,
): string {
  return Object.entries(labels)
    .map(
      ([type, label]) =>
        `FOREACH (_ IN CASE WHEN ${typeExpression} = '${type}' THEN [1] ELSE [] END | SET ${variable}:${label})`,
    )
    .join("\n");
}
