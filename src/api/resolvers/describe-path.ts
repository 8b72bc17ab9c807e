import type { ConnectionPath, PathNode, PathStep } from "../generated/resolvers-types.js";

/** A path as the connection query returns it: its nodes in order, and the links between them. */
export interface RawPath {
  nodes: PathNode[];
  links: Array<{ type: string; role: string | null; title: string | null; startId: string }>;
}

// How each relationship reads from its start node to its end node, and the other way round.
const WORDS: Record<string, { forward: string; backward: string }> = {
  PARTICIPANT: { forward: "involved", backward: "took part in" },
  SAID_BY: { forward: "was said by", backward: "said" },
  ABOUT: { forward: "is about", backward: "is the subject of" },
  MADE_AT: { forward: "was said at", backward: "heard" },
  LOCATED_IN: { forward: "is in", backward: "is the place of" },
  HOLDS_OFFICE: { forward: "holds office in", backward: "has as office holder" },
};

/**
 * Turns a raw path into steps read from the first entity to the last, whatever the stored
 * direction of each relationship, with roles and office titles in brackets, and one line of text:
 * `Kazakhstan —took part in (MEDIATOR)→ Talks in Almaty —involved (PARTY)→ Armenia`.
 */
export function describePath(path: RawPath): ConnectionPath {
  const steps: PathStep[] = path.links.map((link, index) => {
    const from = path.nodes[index]!;
    const to = path.nodes[index + 1]!;
    const words = WORDS[link.type] ?? { forward: link.type, backward: `${link.type} of` };
    const verb = link.startId === from.id ? words.forward : words.backward;
    const detail = link.role ?? link.title;
    return { from, relation: detail ? `${verb} (${detail})` : verb, to };
  });
  const text = steps.reduce((line, step) => `${line} —${step.relation}→ ${step.to.label}`, path.nodes[0]?.label ?? "");
  return { length: steps.length, steps, text };
}
