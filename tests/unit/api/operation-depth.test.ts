import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { operationDepth } from "../../../src/api/limits/operation-depth.js";

function depthOf(source: string): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return operationDepth(operation, fragments);
}

describe("operationDepth", () => {
  it("counts nested fields", () => {
    expect(depthOf("{ a }")).toBe(1);
    expect(depthOf("{ a { b { c } } d }")).toBe(3);
  });

  it("follows fragment spreads and inline fragments without counting them as levels", () => {
    expect(depthOf("{ a { ...F } } fragment F on T { b { ... on U { c } } }")).toBe(3);
  });

  it("ignores introspection fields and stops at fragment cycles", () => {
    expect(depthOf("{ __schema { types { fields { type { ofType { name } } } } } a }")).toBe(1);
    expect(depthOf("{ a { ...F } } fragment F on T { b { ...F } }")).toBe(2);
  });
});
