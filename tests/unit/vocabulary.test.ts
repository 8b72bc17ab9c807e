import { readFileSync } from "node:fs";
import { Kind, parse, type EnumTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { datePrecisions, participantRoles } from "../../src/extract/article-facts-schema.js";
import { entityTypes, eventTypes } from "../../src/extract/types.js";
import { entityLabels, eventLabels } from "../../src/graph/graph-labels.js";

/** The values of one enum of schema/model.graphql, in SDL order. */
function sdlEnum(name: string): string[] {
  const document = parse(readFileSync("schema/model.graphql", "utf8"));
  const definition = document.definitions.find(
    (node): node is EnumTypeDefinitionNode => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === name,
  );
  if (!definition) throw new Error(`schema/model.graphql has no enum ${name}`);
  return (definition.values ?? []).map((value) => value.name.value);
}

// The domain's closed sets are written in the SDL (for the API) and in TypeScript (for the
// extractor, the gold schema and the writers); these must say the same.
describe("one vocabulary", () => {
  it("has the same event types in the SDL, the extractor and the graph labels", () => {
    expect(sdlEnum("EventKind")).toEqual([...eventTypes]);
    expect(Object.keys(eventLabels).sort()).toEqual([...eventTypes].sort());
  });

  it("has the same entity types, participant roles and date precisions in the SDL and the extractor", () => {
    expect(sdlEnum("EntityType")).toEqual([...entityTypes]);
    expect(Object.keys(entityLabels).sort()).toEqual([...entityTypes].sort());
    expect(sdlEnum("ParticipantRole")).toEqual([...participantRoles]);
    expect(sdlEnum("DatePrecision")).toEqual([...datePrecisions]);
  });
});
