import { describe, expect, it } from "vitest";
import { describePath } from "../../../src/api/resolvers/describe-path.js";

const kazakhstan = { id: "Q232", kind: "ENTITY" as const, label: "Kazakhstan", type: "COUNTRY" };
const talks = { id: "e1", kind: "EVENT" as const, label: "Talks in Almaty", type: "NEGOTIATION" };
const armenia = { id: "Q399", kind: "ENTITY" as const, label: "Armenia", type: "COUNTRY" };

describe("describePath", () => {
  it("reads each relationship from the first entity towards the last, whatever its stored direction", () => {
    const path = describePath({
      nodes: [kazakhstan, talks, armenia],
      links: [
        { type: "PARTICIPANT", role: "MEDIATOR", title: null, startId: "e1" },
        { type: "PARTICIPANT", role: "PARTY", title: null, startId: "e1" },
      ],
    });
    expect(path.length).toBe(2);
    expect(path.steps.map((step) => step.relation)).toEqual(["took part in (MEDIATOR)", "involved (PARTY)"]);
    expect(path.text).toBe("Kazakhstan —took part in (MEDIATOR)→ Talks in Almaty —involved (PARTY)→ Armenia");
  });

  it("names office titles", () => {
    const tokayev = { id: "p", kind: "ENTITY" as const, label: "Tokayev", type: "PERSON" };
    const path = describePath({
      nodes: [tokayev, kazakhstan],
      links: [{ type: "HOLDS_OFFICE", role: null, title: "President", startId: "p" }],
    });
    expect(path.text).toBe("Tokayev —holds office in (President)→ Kazakhstan");
  });
});
