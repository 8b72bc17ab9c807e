import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { StartupError } from "../../src/startup-error.js";

describe("loadConfig", () => {
  it("defaults to the embedded Neo4j on loopback and the API on port 4000", () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeNull();
    expect(config.neo4j.boltHost).toBe("127.0.0.1");
    expect(config.neo4j.boltPort).toBe(7687);
    expect(config.neo4j.dataDir).toBe("./.data/neo4j");
    expect(config.api.port).toBe(4000);
    expect(config.api.introspection).toBe(true);
  });

  it("uses NEO4J_URI and its credentials when set", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_USER: "reader", NEO4J_PASSWORD: "s3cret" });
    expect(config.neo4j).toMatchObject({ uri: "neo4j://db.example:7687", user: "reader", password: "s3cret" });
  });

  it("names the variable when a port is not a port", () => {
    expect(() => loadConfig({ NEO4J_BOLT_PORT: "seventy" })).toThrow(StartupError);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT: PORT must be between 0 and 65535/);
  });

  it("sizes the request body to fit the largest article MAX_ARTICLE_BYTES accepts, JSON-escaped", () => {
    expect(loadConfig({}).api.maxBodyBytes).toBe(2 * 1_048_576 + 65_536);
    expect(loadConfig({ MAX_ARTICLE_BYTES: "100000" }).api.maxBodyBytes).toBe(265_536);
    expect(loadConfig({ MAX_BODY_BYTES: "2048" }).api.maxBodyBytes).toBe(2048);
  });

  it("returns a frozen configuration", () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config.api)).toBe(true);
    expect(() => {
      (config.api as { port: number }).port = 1;
    }).toThrow(TypeError);
  });
});
