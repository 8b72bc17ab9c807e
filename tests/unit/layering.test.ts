import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The flow runs one way (extract → graph → api); these rules keep it so. Each folder lists what
// it may not import: a relative path into another layer, or a package that would make it impure.
// Each folder's README says the same in words.
const forbidden: Record<string, RegExp[]> = {
  "src/domain": [/^\.\.\//, /^[^.]/],
  "src/extract": [/^\.\.\/(?!domain\/)/, /^node:(fs|net|http|child_process|readline)/, /^neo4j-driver$/],
  "src/eval": [/^\.\.\/(?!extract\/types)/, /^node:/, /^neo4j-driver$/],
  "src/graph": [/^\.\.\/(api|commands|ingest|input|eval)\//],
  // The flow is handed its resources and driver; it never loads or opens them itself.
  "src/ingest": [/^\.\.\/(api|commands|resources|neo4j)\//],
  // The API writes only through the ingest service; of src/graph it reads the migration status.
  "src/api": [/^(\.\.\/)+(commands|resources|neo4j|input|eval)\//, /^(\.\.\/)+graph\/(?!apply-migrations\.js$)/],
  // Reading files yields ArticleInput; it knows nothing of extraction, the database or the API.
  "src/input": [
    /^\.\.\/(?!extract\/types\.js$)/,
    /^node:(?!fs$|fs\/promises$|path$|readline$|stream$)/,
    /^(?![.]|node:|zod$|linkedom$|@mozilla\/readability$)/,
  ],
  // Loading the gazetteer and lexicons builds the extractor's indexes, nothing else.
  "src/resources": [
    /^\.\.\/(?!extract\/|startup-error\.js$)/,
    /^node:(?!fs$|fs\/promises$|path$|module$)/,
    /^(?![.]|node:|zod$|az$|compromise$|countries-list$|@faker-js\/faker$)/,
  ],
  // The database process: it connects and migrates, and never writes facts.
  "src/neo4j": [
    /^\.\.\/(?!config\.js$|error-message\.js$|logger\.js$|startup-error\.js$|graph\/(apply-migrations|connect-driver)\.js$)/,
  ],
  // Commands wire the layers together; they write the graph only through the ingest service.
  "src/commands": [/^\.\.\/graph\/(?!apply-migrations\.js$|connect-driver\.js$)/],
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
