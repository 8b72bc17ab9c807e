import { loadExtractionResources } from "../../../src/resources/load-resources.js";
import type { ExtractionResources } from "../../../src/extract/types.js";

let loaded: Promise<ExtractionResources> | null = null;

/** The real seed resources, loaded once per test file. */
export function seedResources(): Promise<ExtractionResources> {
  loaded ??= loadExtractionResources("seed");
  return loaded;
}
