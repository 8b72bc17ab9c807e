// Starts GraphiQL in the page served at /graphql. Runs in the browser, with React, ReactDOM and
// GraphiQL loaded as globals from /ide/*, and the plugins of /ide/plugins.js (NewsgraphIde). The
// example operations come from /ide/examples.json. An address such as
// /graphql#query=…&variables=… (the explorer's "Open in IDE") opens that operation in a tab.
(async function startIde() {
  const {
    examplesPlugin,
    schemaPlugin,
    settingsPlugin,
    CopyAsCurlButton,
    ExplorerLink,
    OpenHandedOver,
    loadSettings,
    toQueryText,
  } = window.NewsgraphIde;
  const endpoint = window.location.pathname;
  const settings = loadSettings();
  const fetcher = GraphiQL.createFetcher({ url: endpoint, headers: settings["request.headers"] });
  const examples = await fetch("/ide/examples.json").then((response) => (response.ok ? response.json() : []));
  const examplesPanel = examplesPlugin(examples);
  const preset = new URLSearchParams(window.location.hash.slice(1));
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  const e = React.createElement;
  root.render(
    e(
      GraphiQL,
      {
        fetcher,
        // One tab to start with (the examples are in their own panel): thirteen overflowed the bar.
        defaultQuery: examples[0] ? toQueryText(examples[0]) : undefined,
        defaultEditorToolsVisibility: true,
        plugins: [examplesPanel, schemaPlugin, settingsPlugin],
        visiblePlugin: preset.has("query") ? undefined : examplesPanel,
        toolbar: {
          additionalContent: [
            e(CopyAsCurlButton, { key: "curl", endpoint }),
            preset.has("query")
              ? e(OpenHandedOver, { key: "preset", query: preset.get("query"), variables: preset.get("variables") })
              : null,
          ],
        },
      },
      e(GraphiQL.Logo, null, e(ExplorerLink)),
    ),
  );
})();
