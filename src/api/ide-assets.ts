import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** One file the GraphQL IDE page loads, served from the project so the IDE works offline. */
export interface IdeAsset {
  contentType: string;
  body: Buffer;
}

const require = createRequire(import.meta.url);

// GraphiQL's own prebuilt browser bundle and the React it expects as globals, taken from
// node_modules: no CDN, and the versions are the ones package-lock.json pins.
const assetFiles: Record<string, { path: string; contentType: string }> = {
  "react.js": { path: require.resolve("react/umd/react.production.min.js"), contentType: "text/javascript" },
  "react-dom.js": {
    path: require.resolve("react-dom/umd/react-dom.production.min.js"),
    contentType: "text/javascript",
  },
  "graphiql.js": { path: require.resolve("graphiql/graphiql.min.js"), contentType: "text/javascript" },
  "graphiql.css": { path: require.resolve("graphiql/graphiql.min.css"), contentType: "text/css" },
  "app.js": { path: fileURLToPath(new URL("./ide/app.js", import.meta.url)), contentType: "text/javascript" },
};

/** Reads every IDE asset once, at start-up, so requests never touch the disk. */
export function loadIdeAssets(): Map<string, IdeAsset> {
  const assets = new Map<string, IdeAsset>();
  for (const [name, file] of Object.entries(assetFiles)) {
    assets.set(name, { contentType: `${file.contentType}; charset=utf-8`, body: readFileSync(file.path) });
  }
  return assets;
}
