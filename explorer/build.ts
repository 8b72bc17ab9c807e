// Bundles the explorer for the API server to serve: TypeScript, d3, Cytoscape.js and Natural
// Earth's shapes into dist/explorer/, with the page and the icon beside them. Run by `npm ci`
// (the `prepare` script), `npm start` and `npm test`; esbuild takes well under a second.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const out = here("../dist/explorer");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { explorer: here("src/main.ts"), style: here("src/style.css") },
  outdir: `${out}/assets`,
  bundle: true,
  // The map and the graph are split off and loaded when their panel first opens, so the entity
  // page paints without them.
  splitting: true,
  format: "esm",
  minify: true,
  sourcemap: true,
  target: "es2022",
  loader: { ".json": "json" },
  logLevel: "warning",
});
cpSync(here("index.html"), `${out}/index.html`);
