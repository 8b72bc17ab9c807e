import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { IdeAsset } from "./ide-assets.js";

/** The explorer as built by `npm run build:explorer` (explorer/build.ts): its page and its assets. */
export interface ExplorerAssets {
  page: Buffer;
  /** By file name under `assets/`. */
  files: Map<string, IdeAsset>;
}

/** Where the build writes the explorer, relative to the working directory (as SEED_DIR's default). */
export const EXPLORER_DIR = "dist/explorer";

const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * Reads the built explorer once, at start-up, so requests never touch the disk; null when it has
 * not been built (the server then says how to build it).
 */
export function loadExplorerAssets(dir: string = EXPLORER_DIR): ExplorerAssets | null {
  if (!existsSync(join(dir, "index.html"))) return null;
  const files = new Map<string, IdeAsset>();
  for (const name of readdirSync(join(dir, "assets"))) {
    const contentType = contentTypes[extname(name)];
    if (contentType) files.set(name, { contentType, body: readFileSync(join(dir, "assets", name)) });
  }
  return { page: readFileSync(join(dir, "index.html")), files };
}
