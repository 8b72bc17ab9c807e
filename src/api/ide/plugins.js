// What users coming from GraphQL Playground missed in GraphiQL, as GraphiQL plugins and toolbar
// buttons: the documented examples grouped by who asks them (open one in a new tab, or put the
// documented version back in the current one), "copy as curl", the schema as SDL or JSON, and a
// settings editor. Runs in the browser with React and GraphiQL as globals; app.js mounts them.
(function definePlugins() {
  const e = React.createElement;
  const { useEditorContext, useTheme, ToolbarButton } = GraphiQL.React;
  const SETTINGS_KEY = "newsgraph:ide-settings";
  const DEFAULT_SETTINGS = { "editor.theme": "system", "editor.fontSize": 14, "request.headers": {} };

  function loadSettings() {
    try {
      return { ...DEFAULT_SETTINGS, ...JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") };
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }

  function applyFontSize(size) {
    document.documentElement.style.setProperty("--editor-font-size", `${Number(size) || 14}px`);
  }
  applyFontSize(loadSettings()["editor.fontSize"]);

  const icon = (text) => () => e("span", { style: { fontWeight: 700, fontSize: 13 } }, text);

  // The question heads the editor as a comment, since GraphiQL names a tab after its operation only.
  function toQueryText(example) {
    const heading = example.audience ? `# ${example.audience}: ${example.title}` : `# ${example.title}`;
    return `${heading}\n${example.query}\n`;
  }

  function ExamplesPanel({ examples }) {
    const editors = useEditorContext({ nonNull: true });
    const fill = (example) => {
      editors.queryEditor?.setValue(toQueryText(example));
      editors.variableEditor?.setValue(example.variables ? JSON.stringify(example.variables, null, 2) : "");
    };
    const openInNewTab = (example) => {
      editors.addTab();
      // The new tab becomes active on the next render; the editors then show it.
      setTimeout(() => fill(example), 0);
    };
    const groups = new Map();
    for (const example of examples) {
      const audience = example.audience ?? "Examples";
      groups.set(audience, [...(groups.get(audience) ?? []), example]);
    }
    return e(
      "div",
      { className: "newsgraph-examples" },
      e("div", { className: "graphiql-doc-explorer-title" }, "Examples"),
      e(
        "p",
        null,
        "The documented questions of docs/QUERIES.md, by who asks them. ",
        e("b", null, "Restore"),
        " puts the documented version back in the current tab.",
      ),
      ...[...groups].map(([audience, list]) =>
        e(
          "section",
          { key: audience },
          e("h3", null, audience),
          e(
            "ul",
            null,
            ...list.map((example) =>
              e(
                "li",
                { key: example.title, "data-example": example.title },
                e(
                  "button",
                  { type: "button", className: "example-open", onClick: () => openInNewTab(example) },
                  example.title,
                ),
                e(
                  "button",
                  {
                    type: "button",
                    className: "example-restore",
                    title: "Replace the current tab with the documented version",
                    onClick: () => fill(example),
                  },
                  "Restore",
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function examplesPlugin(examples) {
    return { title: "Examples", icon: icon("Ex"), content: () => e(ExamplesPanel, { examples }) };
  }

  /** A link that saves `text` as a file: the schema is in the page already, nothing is fetched. */
  function DownloadLink({ name, type, text, children }) {
    const href = React.useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
    React.useEffect(() => () => URL.revokeObjectURL(href), [href]);
    return e("a", { href, download: name, className: "newsgraph-download" }, children);
  }

  // The schema GraphiQL holds comes from another copy of graphql-js than GraphiQL.GraphQL, which
  // refuses to print it ("another realm"): the panel asks the endpoint itself, as any client would.
  function SchemaPanel() {
    const [files, setFiles] = React.useState(null);
    React.useEffect(() => {
      const { getIntrospectionQuery, buildClientSchema, printSchema } = GraphiQL.GraphQL;
      fetch(window.location.pathname, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: getIntrospectionQuery() }),
      })
        .then((response) => response.json())
        .then((result) =>
          setFiles({ sdl: printSchema(buildClientSchema(result.data)), json: JSON.stringify(result, null, 2) }),
        )
        .catch((error) => setFiles({ error: error.message }));
    }, []);
    if (!files) return e("p", null, "The schema is loading…");
    if (files.error) return e("p", null, `The schema could not be read: ${files.error}`);
    const { sdl, json } = files;
    return e(
      "div",
      { className: "newsgraph-schema" },
      e("div", { className: "graphiql-doc-explorer-title" }, "Schema"),
      e("p", null, "The schema this server answers with, for code generators and clients."),
      e(DownloadLink, { name: "newsgraph.graphql", type: "text/plain", text: sdl }, "Download SDL"),
      " · ",
      e(DownloadLink, { name: "newsgraph.introspection.json", type: "application/json", text: json }, "Download JSON"),
      e("p", null, "Searching the docs: open the Documentation Explorer and type in its search box (or press Ctrl-K)."),
    );
  }

  function SettingsPanel() {
    const { setTheme } = useTheme();
    const [text, setText] = React.useState(JSON.stringify(loadSettings(), null, 2));
    const [message, setMessage] = React.useState("");
    const save = () => {
      let settings;
      try {
        settings = JSON.parse(text);
      } catch (error) {
        return setMessage(`Not JSON: ${error.message}`);
      }
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
      const theme = settings["editor.theme"];
      setTheme(theme === "light" || theme === "dark" ? theme : null);
      applyFontSize(settings["editor.fontSize"]);
      setMessage("Saved. Request headers apply after a reload.");
    };
    return e(
      "div",
      { className: "newsgraph-settings" },
      e("div", { className: "graphiql-doc-explorer-title" }, "Settings"),
      e(
        "p",
        null,
        "editor.theme: light, dark or system; editor.fontSize: pixels; request.headers: sent with every request.",
      ),
      e("textarea", {
        value: text,
        rows: 12,
        spellCheck: false,
        onChange: (event) => setText(event.target.value),
        "aria-label": "Settings (JSON)",
      }),
      e(
        "div",
        null,
        e("button", { type: "button", onClick: save }, "Save"),
        " ",
        e("span", { role: "status" }, message),
      ),
    );
  }

  /** The curl command that sends the current tab's operation, with its variables and headers. */
  function curlCommand(endpoint, query, variables, headers) {
    const url = new URL(endpoint, window.location.href).href;
    const body = JSON.stringify({ query, variables: variables ? JSON.parse(variables) : undefined });
    const quote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
    const extra = Object.entries(headers ? JSON.parse(headers) : {}).map(
      ([name, value]) => ` -H ${quote(`${name}: ${value}`)}`,
    );
    return `curl ${quote(url)} -H 'content-type: application/json'${extra.join("")} --data ${quote(body)}`;
  }

  function CopyAsCurlButton({ endpoint }) {
    const { queryEditor, variableEditor, headerEditor } = useEditorContext({ nonNull: true });
    return e(
      ToolbarButton,
      {
        label: "Copy as curl",
        className: "newsgraph-copy-curl",
        onClick: () => {
          const command = curlCommand(
            endpoint,
            queryEditor?.getValue() ?? "",
            variableEditor?.getValue().trim() || "",
            headerEditor?.getValue().trim() || "",
          );
          window.newsgraphLastCurl = command;
          navigator.clipboard?.writeText(command).catch(() => window.prompt("Copy the curl command:", command));
        },
      },
      e("span", { style: { fontSize: 11, fontWeight: 700 } }, "curl"),
    );
  }

  /**
   * Opens the operation handed over in the address (the explorer's "Open in IDE") in a new tab,
   * once: GraphiQL's own `query` prop is ignored when the browser remembers tabs. Renders nothing.
   */
  function OpenHandedOver({ query, variables }) {
    const editors = useEditorContext({ nonNull: true });
    const [stage, setStage] = React.useState("waiting");
    React.useEffect(() => {
      if (stage !== "waiting" || !editors.queryEditor) return;
      editors.addTab();
      setStage("added");
    }, [stage, editors.queryEditor]);
    // Once the new tab is active and GraphiQL has put its (empty) contents in the editors.
    React.useEffect(() => {
      if (stage !== "added") return undefined;
      const timer = setTimeout(() => {
        editors.queryEditor.setValue(query);
        editors.variableEditor?.setValue(variables ?? "");
        history.replaceState(null, "", window.location.pathname);
        setStage("done");
      }, 100);
      return () => clearTimeout(timer);
    }, [stage, editors.activeTabIndex]);
    return null;
  }

  function ExplorerLink() {
    return e(
      "span",
      null,
      "Newsgraph ",
      e("a", { href: "/explore", className: "newsgraph-explorer-link", style: { fontSize: 14 } }, "explorer ↗"),
    );
  }

  window.NewsgraphIde = {
    examplesPlugin,
    schemaPlugin: { title: "Schema: download SDL or JSON", icon: icon("{}"), content: () => e(SchemaPanel) },
    settingsPlugin: { title: "Settings", icon: icon("⚙"), content: () => e(SettingsPanel) },
    CopyAsCurlButton,
    ExplorerLink,
    OpenHandedOver,
    loadSettings,
    toQueryText,
  };
})();
