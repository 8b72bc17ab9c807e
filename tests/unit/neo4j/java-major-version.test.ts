import { describe, expect, it } from "vitest";
import { javaMajorVersion } from "../../../src/neo4j/java-major-version.js";

describe("javaMajorVersion", () => {
  it("reads the major version of a modern OpenJDK banner", () => {
    const banner =
      'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
    expect(javaMajorVersion(banner)).toBe(17);
  });

  it("reads a bare major version such as an early-access 21", () => {
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
  });

  it("reads the old 1.x scheme as its second number", () => {
    expect(javaMajorVersion('java version "1.8.0_392"')).toBe(8);
  });

  it("returns null when the text holds no version", () => {
    expect(javaMajorVersion("bash: java: command not found")).toBeNull();
  });
});
