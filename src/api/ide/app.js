// Starts GraphiQL in the page served at /graphql. Runs in the browser, with React, ReactDOM and
// GraphiQL loaded as globals from /ide/*. The example operations come from /ide/examples.json.
(async function startIde() {
  const endpoint = window.location.pathname;
  const fetcher = GraphiQL.createFetcher({ url: endpoint });
  const examples = await fetch("/ide/examples.json").then((response) => (response.ok ? response.json() : []));
  const defaultTabs = examples.map(toTab);
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: defaultTabs.length > 0 ? defaultTabs : undefined,
      defaultEditorToolsVisibility: true,
    }),
  );
})();

// One IDE tab per documented example, in the order of docs/QUERIES.md (grouped by audience). The
// question heads the editor as a comment, since GraphiQL names a tab after its operation only.
function toTab(example) {
  const heading = example.audience ? `# ${example.audience}: ${example.title}` : `# ${example.title}`;
  return {
    query: `${heading}\n${example.query}\n`,
    // GraphiQL's variables editor holds JSON text, not an object.
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
  };
}
