// Starts GraphiQL in the page served at /graphql. Runs in the browser, with React, ReactDOM and
// GraphiQL loaded as globals from /ide/*. The example operations come from /ide/examples.json.
(async function startIde() {
  const endpoint = window.location.pathname;
  const fetcher = GraphiQL.createFetcher({ url: endpoint });
  const examples = await fetch("/ide/examples.json").then((response) => (response.ok ? response.json() : []));
  const defaultTabs = examples.map((example) => ({ query: example.query, variables: example.variables }));
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: defaultTabs.length > 0 ? defaultTabs : undefined,
      defaultEditorToolsVisibility: true,
    }),
  );
})();
