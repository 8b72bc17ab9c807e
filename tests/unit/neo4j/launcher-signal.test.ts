import { describe, expect, it } from "vitest";
import { parseLauncherSignal } from "../../../src/neo4j/launcher-signal.js";

describe("parseLauncherSignal", () => {
  it("reads the readiness line as the Bolt address", () => {
    expect(parseLauncherSignal("NEO4J_READY bolt://127.0.0.1:7687")).toEqual({
      kind: "ready",
      uri: "bolt://127.0.0.1:7687",
    });
  });

  it("reads a taken port as its number", () => {
    expect(parseLauncherSignal("NEO4J_PORT_IN_USE 7687\r")).toEqual({ kind: "port-in-use", port: 7687 });
  });

  it("keeps spaces in a locked store's folder", () => {
    expect(parseLauncherSignal("NEO4J_STORE_LOCKED /home/me/my data/neo4j")).toEqual({
      kind: "store-locked",
      dir: "/home/me/my data/neo4j",
    });
  });

  it("ignores Neo4j's own log lines, even ones that mention a signal word", () => {
    expect(parseLauncherSignal("2026-11-24 WARN NEO4J_READY is printed later")).toBeNull();
    expect(parseLauncherSignal("APOC 5.26.19, store /tmp/x")).toBeNull();
  });
});
