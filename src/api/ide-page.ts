/**
 * The HTML of the GraphQL IDE: GraphiQL from `/ide/*` (served by the project, never a CDN),
 * started by `/ide/app.js` against the GraphQL endpoint at the same URL.
 */
export function renderIdePage(): string {
  return /* HTML */ `<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Newsgraph GraphQL IDE</title>
        <link rel="stylesheet" href="/ide/graphiql.css" />
        <style>
          body {
            margin: 0;
          }
          #graphiql {
            height: 100vh;
          }
        </style>
      </head>
      <body>
        <div id="graphiql">Loading the GraphQL IDE…</div>
        <script src="/ide/react.js"></script>
        <script src="/ide/react-dom.js"></script>
        <script src="/ide/graphiql.js"></script>
        <script src="/ide/app.js"></script>
      </body>
    </html> `;
}
