/**
 * The HTML of the GraphQL IDE: GraphiQL from `/ide/*` (served by the project, never a CDN), with
 * the plugins of `/ide/plugins.js`, started by `/ide/app.js` against the GraphQL endpoint at the
 * same URL.
 */
export function renderIdePage(): string {
  return /* HTML */ `<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Newsgraph GraphQL IDE</title>
        <link rel="icon" href="/favicon.ico" type="image/svg+xml" />
        <link rel="stylesheet" href="/ide/graphiql.css" />
        <style>
          body {
            margin: 0;
          }
          #graphiql {
            height: 100vh;
          }
          .graphiql-container .CodeMirror {
            font-size: var(--editor-font-size, 14px);
          }
          .newsgraph-examples ul {
            list-style: none;
            padding: 0;
          }
          .newsgraph-examples li {
            display: flex;
            gap: 0.4rem;
            margin: 0.25rem 0;
          }
          .newsgraph-examples .example-open {
            flex: 1;
            text-align: left;
          }
          .newsgraph-settings textarea {
            width: 100%;
            font-family: var(--font-family-mono, monospace);
          }
        </style>
      </head>
      <body>
        <div id="graphiql">Loading the GraphQL IDE…</div>
        <script src="/ide/react.js"></script>
        <script src="/ide/react-dom.js"></script>
        <script src="/ide/graphiql.js"></script>
        <script src="/ide/plugins.js"></script>
        <script src="/ide/app.js"></script>
      </body>
    </html> `;
}
