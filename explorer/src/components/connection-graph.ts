import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { ExplorerGraphQuery, ExplorerPairGraphQuery } from "../generated/operations.js";

type CoMention = ExplorerGraphQuery["coMentions"][number];
type Path = ExplorerPairGraphQuery["connection"][number];

/**
 * The connection graph, drawn with Cytoscape.js: the entity at the centre, the entities most
 * often named with it around it (edge width by shared articles plus events), and in a pair view
 * the paths `connection` finds between the two, through events and statements. Clicking an
 * entity calls `onEntity` with its id.
 */
export function connectionGraph(
  container: HTMLElement,
  centre: { id: string; name: string; type: string },
  coMentions: readonly CoMention[],
  paths: readonly Path[],
  onEntity: (id: string) => void,
): Core {
  const elements = new Map<string, ElementDefinition>();
  const node = (id: string, label: string, kind: string, type: string | null) => {
    if (!elements.has(id)) elements.set(id, { data: { id, label, kind, type: type ?? "" } });
  };
  node(centre.id, centre.name, "ENTITY", centre.type);
  elements.get(centre.id)!.classes = "centre";
  const maxTotal = Math.max(1, ...coMentions.map((row) => row.total));
  for (const row of coMentions) {
    node(row.entity.id, row.entity.name, "ENTITY", row.entity.type);
    elements.set(`co:${row.entity.id}`, {
      data: {
        id: `co:${row.entity.id}`,
        source: centre.id,
        target: row.entity.id,
        label: `${row.articles} art. · ${row.events} ev.`,
        weight: 1 + 5 * (row.total / maxTotal),
      },
      classes: "co-mention",
    });
  }
  for (const path of paths) {
    for (const step of path.steps) {
      node(step.from.id, step.from.label, step.from.kind, step.from.type);
      node(step.to.id, step.to.label, step.to.kind, step.to.type);
      const id = `path:${step.from.id}->${step.to.id}`;
      elements.set(id, {
        data: { id, source: step.from.id, target: step.to.id, label: step.relation, weight: 2 },
        classes: "path",
      });
    }
  }
  const cy = cytoscape({
    container,
    elements: [...elements.values()],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110 },
    wheelSensitivity: 0.3,
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 11,
          "text-valign": "bottom",
          "text-margin-y": 4,
          "background-color": "#5b7db1",
          width: 22,
          height: 22,
        },
      },
      {
        selector: "node.centre",
        style: { "background-color": "#c0392b", width: 34, height: 34, "font-weight": "bold" },
      },
      { selector: 'node[kind = "EVENT"]', style: { shape: "round-rectangle", "background-color": "#e3a21a" } },
      { selector: 'node[kind = "STATEMENT"]', style: { shape: "diamond", "background-color": "#8e44ad" } },
      {
        selector: "edge",
        style: {
          width: "data(weight)",
          "line-color": "#b8c4d6",
          "curve-style": "bezier",
          label: "data(label)",
          "font-size": 8,
          color: "#667",
        },
      },
      {
        selector: "edge.path",
        style: { "line-color": "#e3a21a", "target-arrow-shape": "triangle", "target-arrow-color": "#e3a21a" },
      },
    ],
  });
  cy.on("tap", 'node[kind = "ENTITY"]', (event) => onEntity(event.target.id()));
  return cy;
}
