import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One file the GraphQL IDE page loads, served from the project so the IDE works offline. */
export interface IdeAsset {
  contentType: string;
  body: Buffer;
}

const require = createRequire(import.meta.url);

// React 18's package "exports" hides its umd/ folder from require.resolve, so the path is taken
// from the package root, which its package.json export gives.
const inPackage = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);

// GraphiQL's own prebuilt browser bundle and the React it expects as globals, taken from
// node_modules: no CDN, and the versions are the ones package-lock.json pins.
const assetFiles: Record<string, { path: string; contentType: string }> = {
  "react.js": { path: inPackage("react", "umd/react.production.min.js"), contentType: "text/javascript" },
  "react-dom.js": {
    path: inPackage("react-dom", "umd/react-dom.production.min.js"),
    contentType: "text/javascript",
  },
  "graphiql.js": { path: inPackage("graphiql", "graphiql.min.js"), contentType: "text/javascript" },
  "graphiql.css": { path: inPackage("graphiql", "graphiql.min.css"), contentType: "text/css" },
  "plugins.js": { path: fileURLToPath(new URL("./ide/plugins.js", import.meta.url)), contentType: "text/javascript" },
  "app.js": { path: fileURLToPath(new URL("./ide/app.js", import.meta.url)), contentType: "text/javascript" },
  "favicon.svg": { path: fileURLToPath(new URL("./ide/favicon.svg", import.meta.url)), contentType: "image/svg+xml" },
};

/** Reads every IDE asset once, at start-up, so requests never touch the disk. */
export function loadIdeAssets(): Map<string, IdeAsset> {
  const assets = new Map<string, IdeAsset>();
  for (const [name, file] of Object.entries(assetFiles)) {
    assets.set(name, { contentType: `${file.contentType}; charset=utf-8`, body: readFileSync(file.path) });
  }
  return assets;
}
