import { ApiError, runQuery } from "../api-client.js";
import { eventItems } from "../components/event-list.js";
import { filterBar } from "../components/filters.js";
import { profileCard } from "../components/profile.js";
import { queryPanel } from "../components/query-panel.js";
import { timeBar, type TimeScale } from "../components/time-bar.js";
import { h, navLink } from "../dom.js";
import type {
  ExplorerEventsQuery,
  ExplorerGraphQuery,
  ExplorerMapQuery,
  ExplorerPairGraphQuery,
  ExplorerPairQuery,
  ExplorerProfileQuery,
  ExplorerTimeBarQuery,
} from "../generated/operations.js";
import { CO_MENTION_GRAPH, EVENT_LIST, EVENT_MAP, PAIR, PAIR_GRAPH, PROFILE, TIME_BAR } from "../queries.js";
import { entityUrl, filterVariables, formatRoute, type Filters, type Panel, type Route } from "../route.js";

type EntityRoute = Extract<Route, { kind: "entity" }>;

/** Events asked for per page of the list. */
const PAGE = 50;

/**
 * An entity page, or a pair page when the route has `with`: the profile (or both names), the
 * filters, the time bar, and one panel (events, map or graph). `update` reloads the panel, and the
 * header and time bar only when the route changes what they show (a brush leaves them be).
 */
export class EntityPage {
  readonly element = h("main", { class: "entity-page" });
  private readonly header = h("div", { class: "page-header" });
  private readonly filters = h("div");
  private readonly bar = h("section", { class: "time-bar-section" });
  private readonly tabs = h("nav", { class: "tabs" });
  private readonly panel = h("section", { class: "panel", "data-state": "loading" });
  private route: EntityRoute;
  private scale: TimeScale | null = null;
  /** The entity at the centre of the graph, as the header read it. */
  private centre: { id: string; name: string; type: string } | null = null;
  private readonly placeNames = new Map<string, string>();
  private keys = { header: "", bar: "" };
  private headerLoaded: Promise<void> = Promise.resolve();
  private barLoaded: Promise<void> = Promise.resolve();
  private ticket = 0;

  constructor(
    route: EntityRoute,
    private readonly navigate: (url: string, replace?: boolean) => void,
  ) {
    this.route = route;
    this.element.append(this.header, this.filters, this.bar, this.tabs, this.panel);
  }

  /** Whether `route` is a view of this page (same entity and partner), so `update` can serve it. */
  shows(route: Route): boolean {
    return route.kind === "entity" && route.id === this.route.id && route.with === this.route.with;
  }

  async update(route: EntityRoute): Promise<void> {
    this.route = route;
    const { id, with: partner, filters } = route;
    const keys = {
      header: `${id}|${partner}`,
      bar: JSON.stringify([id, partner, filters.types, filters.languages, filters.place]),
    };
    this.renderFilters();
    this.renderTabs();
    // All three load at once; the panel waits for the header (the graph's centre) and the time bar
    // (the scale the list draws dates on) only to draw, not to ask.
    if (keys.header !== this.keys.header) this.headerLoaded = this.loadHeader().catch((error) => this.showError(error));
    if (keys.bar !== this.keys.bar) this.barLoaded = this.loadTimeBar().catch((error) => this.showError(error));
    this.keys = keys;
    await this.loadPanel().catch((error) => this.showError(error));
  }

  private change(filters: Filters, panel: Panel = this.route.panel): void {
    this.navigate(formatRoute({ ...this.route, filters, panel }), true);
  }

  private async loadHeader(): Promise<void> {
    const { id, with: partner } = this.route;
    if (partner) {
      const { data, ran } = await runQuery<ExplorerPairQuery>(PAIR, { a: id, b: partner });
      this.centre = data.a;
      const name = (entity: ExplorerPairQuery["a"], ref: string) =>
        entity ? navLink(entityUrl(entity.id), entity.name) : ref;
      this.header.replaceChildren(
        h("h1", { class: "pair" }, name(data.a, id), " and ", name(data.b, partner)),
        h("p", { class: "muted" }, "The events both took part in."),
        queryPanel(ran),
      );
      document.title = `${data.a?.name ?? id} and ${data.b?.name ?? partner} — Newsgraph explorer`;
      return;
    }
    const { data, ran } = await runQuery<ExplorerProfileQuery>(PROFILE, { id });
    if (!data.entity) {
      this.header.replaceChildren(
        h("h1", {}, "Not found"),
        h("p", {}, `No entity has the id, name or alias “${id}”. Try the search.`),
      );
      return;
    }
    this.centre = data.entity;
    document.title = `${data.entity.name} — Newsgraph explorer`;
    this.header.replaceChildren(profileCard(data.entity), this.pairForm(data.entity.name), queryPanel(ran));
  }

  // "Compare with…": opens the pair view with an entity named exactly (the API resolves names).
  private pairForm(name: string): HTMLElement {
    const input = h("input", {
      name: "with",
      placeholder: "another entity's name or id",
      "aria-label": "Compare with",
    });
    return h(
      "form",
      {
        class: "pair-form",
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (input.value.trim()) this.navigate(formatRoute({ ...this.route, with: input.value.trim() }));
        },
      },
      h("label", {}, `Events of ${name} together with `, input),
      h("button", { type: "submit" }, "Pair view"),
    );
  }

  private async loadTimeBar(): Promise<void> {
    const { id, with: partner, filters } = this.route;
    const { types, languages, place } = filterVariables(filters);
    const { data, ran } = await runQuery<ExplorerTimeBarQuery>(TIME_BAR, {
      entity: id,
      with: partner,
      types,
      languages,
      place,
    });
    const { element, scale } = timeBar(data, filters, (from, to) => {
      performance.mark("explorer:brush");
      this.change({ ...this.route.filters, from, to });
    });
    this.scale = scale;
    this.bar.replaceChildren(
      h("h2", {}, "Time bar ", h("span", { class: "muted" }, "(drag to choose a range)")),
      element,
      queryPanel(ran),
    );
  }

  private renderFilters(): void {
    const place = this.route.filters.place;
    this.filters.replaceChildren(
      filterBar(this.route.filters, place ? (this.placeNames.get(place) ?? null) : null, (next) => this.change(next)),
    );
  }

  private renderTabs(): void {
    const tab = (panel: Panel, label: string) =>
      h(
        "a",
        {
          href: formatRoute({ ...this.route, panel }),
          "data-nav": true,
          class: panel === this.route.panel ? "active" : "",
          "data-panel": panel,
        },
        label,
      );
    this.tabs.replaceChildren(tab("events", "Events"), tab("map", "Map"), tab("graph", "Graph"));
  }

  private async loadPanel(): Promise<void> {
    const ticket = ++this.ticket;
    this.panel.dataset.state = "loading";
    const [content] = await Promise.all([this.panelContent(), this.headerLoaded, this.barLoaded]);
    if (ticket !== this.ticket) return; // a newer route took over while this one loaded
    this.panel.replaceChildren(...content);
    this.panel.dataset.state = "ready";
    // User Timing marks, for the browser's profiler and bench/run-explorer.ts.
    performance.mark("explorer:panel-ready");
  }

  private panelContent(): Promise<Node[]> {
    if (this.route.panel === "map") return this.mapPanel();
    if (this.route.panel === "graph") return this.graphPanel();
    return this.eventsPanel();
  }

  private eventVariables() {
    return { entity: this.route.id, with: this.route.with, ...filterVariables(this.route.filters) };
  }

  private async eventsPanel(): Promise<Node[]> {
    const { data, ran } = await runQuery<ExplorerEventsQuery>(EVENT_LIST, {
      ...this.eventVariables(),
      limit: PAGE,
      offset: 0,
    });
    this.rememberPlaces(data.timeline);
    const onPlace = (placeId: string) => this.change({ ...this.route.filters, place: placeId });
    const list = h("ol", { class: "event-list" }, ...eventItems(data.timeline, this.scale, onPlace));
    const more = h("button", { type: "button", class: "more" }, "More events");
    let offset = data.timeline.length;
    more.hidden = data.timeline.length < PAGE;
    more.addEventListener("click", async () => {
      const next = await runQuery<ExplorerEventsQuery>(EVENT_LIST, { ...this.eventVariables(), limit: PAGE, offset });
      this.rememberPlaces(next.data.timeline);
      list.append(...eventItems(next.data.timeline, this.scale, onPlace));
      offset += next.data.timeline.length;
      more.hidden = next.data.timeline.length < PAGE;
    });
    const count = h(
      "p",
      { class: "muted list-count" },
      data.timeline.length === 0
        ? "No events match."
        : `${data.timeline.length}${more.hidden ? "" : "+"} events, oldest first`,
    );
    return [count, list, more, queryPanel(ran)];
  }

  private async mapPanel(): Promise<Node[]> {
    const [{ eventMap }, { data, ran }] = await Promise.all([
      import("../components/event-map.js"),
      runQuery<ExplorerMapQuery>(EVENT_MAP, this.eventVariables()),
    ]);
    for (const row of data.eventPlaces) this.placeNames.set(row.place.id, row.place.name);
    if (data.eventPlaces.length === 0)
      return [h("p", { class: "muted" }, "None of these events has a known place."), queryPanel(ran)];
    const map = eventMap(data.eventPlaces, this.route.filters.place, (placeId) =>
      this.change({ ...this.route.filters, place: placeId }, "events"),
    );
    return [
      h(
        "p",
        { class: "muted" },
        "Countries are shaded by their number of events; cities are points, regions dashed circles. Click one to list its events.",
      ),
      map,
      queryPanel(ran),
    ];
  }

  private async graphPanel(): Promise<Node[]> {
    const { id, with: partner } = this.route;
    const [{ connectionGraph }, { data, ran }, pair] = await Promise.all([
      import("../components/connection-graph.js"),
      runQuery<ExplorerGraphQuery>(CO_MENTION_GRAPH, { entity: id, limit: 15 }),
      partner ? runQuery<ExplorerPairGraphQuery>(PAIR_GRAPH, { from: id, to: partner }) : null,
    ]);
    await this.headerLoaded;
    const centre = this.centre ?? { id, name: id, type: "" };
    const container = h("div", { class: "graph", id: "connection-graph" });
    // Cytoscape measures its container, so it starts once the container is in the page.
    requestAnimationFrame(() => {
      const cy = connectionGraph(container, centre, data.coMentions, pair?.data.connection ?? [], (entityId) =>
        this.navigate(entityUrl(entityId)),
      );
      (window as unknown as { explorerGraph: unknown }).explorerGraph = cy; // for the console (and the e2e test)
      container.dataset.state = "ready";
    });
    const paths = pair?.data.connection ?? [];
    return [
      h(
        "p",
        { class: "muted" },
        "The entities most often named with it; click one to open its page.",
        partner ? " Orange: how the two connect." : "",
      ),
      container,
      paths.length > 0 ? h("ul", { class: "paths" }, ...paths.map((path) => h("li", {}, path.text))) : null,
      queryPanel(ran),
      pair ? queryPanel(pair.ran) : null,
    ].filter((node): node is HTMLElement => node !== null);
  }

  private rememberPlaces(entries: ExplorerEventsQuery["timeline"]): void {
    for (const entry of entries) if (entry.place) this.placeNames.set(entry.place.id, entry.place.name);
  }

  private showError(error: unknown): void {
    const message = error instanceof ApiError ? error.message : "The API could not be reached; is the server running?";
    this.panel.replaceChildren(h("p", { class: "error", role: "alert" }, message));
    this.panel.dataset.state = "error";
  }
}
