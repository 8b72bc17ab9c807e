import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The flow runs one way (extract → graph → api); these rules keep it so. Each folder lists what
// it may not import: a relative path into another layer, or a package that would make it impure.
const forbidden: Record<string, RegExp[]> = {
  "src/extract": [/^\.\.\/(?!domain\/)/, /^node:(fs|net|http|child_process|readline)/, /^neo4j-driver$/],
  "src/eval": [/^\.\.\/(?!extract\/types)/, /^node:/, /^neo4j-driver$/],
  "src/graph": [/^\.\.\/(api|commands|ingest|input|eval)\//],
  "src/ingest": [/^\.\.\/(api|commands)\//],
  "src/api": [/^\.\.\/(commands)\//, /^\.\.\/\.\.\/(commands)\//],
  src: [/(^|\/)(tests|bench)\//],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1]!);
}

describe("layering", () => {
  for (const [folder, rules] of Object.entries(forbidden)) {
    it(`keeps ${folder} to its own layer`, () => {
      const violations = sourceFiles(folder).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => rules.some((rule) => rule.test(specifier)))
          .map((specifier) => `${relative(".", file)} imports ${specifier}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it("reads the environment only in src/config.ts", () => {
    const readers = sourceFiles("src").filter((file) => /process\.env/.test(readFileSync(file, "utf8")));
    expect(readers).toEqual([join("src", "config.ts")]);
  });
});
