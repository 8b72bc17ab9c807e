import { h, navLink } from "../dom.js";
import type { ExplorerProfileQuery } from "../generated/operations.js";
import { entityUrl } from "../route.js";

type Profile = NonNullable<ExplorerProfileQuery["entity"]>;

/** The entity's profile: its names in every language, offices held with dates, counts, first and last seen. */
export function profileCard(profile: Profile): HTMLElement {
  const names = profile.aliases.filter((alias) => alias !== profile.name);
  return h(
    "section",
    { class: "profile" },
    h(
      "h1",
      {},
      profile.name,
      " ",
      h("span", { class: `badge type-${profile.type.toLowerCase()}` }, profile.type.toLowerCase()),
    ),
    names.length > 0 ? h("p", { class: "aliases" }, names.join(" · ")) : null,
    h(
      "dl",
      { class: "counts" },
      h("dt", {}, "Articles"),
      h("dd", {}, profile.articleCount),
      h("dt", {}, "Statements"),
      h("dd", {}, profile.statementCount),
      h("dt", {}, "First seen"),
      h("dd", {}, profile.firstSeen ?? "—"),
      h("dt", {}, "Last seen"),
      h("dd", {}, profile.lastSeen ?? "—"),
      profile.wikidata ? h("dt", {}, "Wikidata") : null,
      profile.wikidata ? h("dd", {}, profile.wikidata) : null,
    ),
    profile.offices.length > 0
      ? h(
          "ul",
          { class: "offices" },
          ...profile.offices.map((office) =>
            h(
              "li",
              {},
              `${office.title}, `,
              navLink(entityUrl(office.polity.id), office.polity.name),
              h("span", { class: "muted" }, ` ${office.from ?? "?"} – ${office.to ?? "now"}`),
            ),
          ),
        )
      : null,
  );
}
