import type { ExtractionResources } from "../extract/types.js";
import { loadExtractionResources } from "../resources/load-resources.js";

const loaded = new Map<string, Promise<ExtractionResources>>();

/**
 * The extraction resources of `seedDir`, loaded on first use and then shared: the API loads them
 * only when the first ingest mutation arrives, and never twice. A failed load is forgotten so the
 * next call retries it.
 */
export function sharedResources(seedDir: string): Promise<ExtractionResources> {
  let resources = loaded.get(seedDir);
  if (!resources) {
    resources = loadExtractionResources(seedDir);
    resources.catch(() => loaded.delete(seedDir));
    loaded.set(seedDir, resources);
  }
  return resources;
}
