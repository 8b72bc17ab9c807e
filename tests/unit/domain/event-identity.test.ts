import { describe, expect, it } from "vitest";
import { matchEvent, type EventCandidate, type EventToMatch } from "../../../src/domain/event-identity.js";

const shusha = { id: "shusha", containerIds: ["azerbaijan"] };
const baku = { id: "baku", containerIds: ["azerbaijan"] };
const azerbaijan = { id: "azerbaijan", containerIds: [] };
const july6 = { from: "2024-07-06", to: "2024-07-06" };
const july = { from: "2024-07-01", to: "2024-07-31" };
const unknown = { from: null, to: null };

const event = (date: EventToMatch["date"] = july6, place: EventToMatch["place"] = shusha): EventToMatch => ({ id: "new", date, place });
const candidate = (id: string, overrides: Partial<EventCandidate> = {}): EventCandidate => ({
  id,
  sharedParticipants: 1,
  date: july,
  place: azerbaijan,
  ...overrides,
});

describe("matchEvent", () => {
  it("matches a stored event with overlapping dates in a place that contains the new one", () => {
    expect(matchEvent(event(), [candidate("stored")])).toBe("stored");
  });

  it("keeps events apart when their dates do not overlap (the same organisation's summits in two years)", () => {
    expect(matchEvent(event(), [candidate("2023", { date: { from: "2023-11-01", to: "2023-11-30" } })])).toBeNull();
  });

  it("keeps events apart in two different cities of one country", () => {
    expect(matchEvent(event(july, shusha), [candidate("baku", { place: baku })])).toBeNull();
  });

  it("matches without a date only when both places are known and agree", () => {
    expect(matchEvent(event(unknown, shusha), [candidate("stored", { place: shusha })])).toBe("stored");
    expect(matchEvent(event(unknown, null), [candidate("stored")])).toBeNull();
  });

  it("prefers the candidate sharing most participants, then the most precise date, then the smaller id", () => {
    const candidates = [candidate("b"), candidate("c", { sharedParticipants: 2, date: july }), candidate("a", { sharedParticipants: 2, date: july6 })];
    expect(matchEvent(event(), candidates)).toBe("a");
    expect(matchEvent(event(), [candidate("z"), candidate("y")])).toBe("y");
  });

  it("keeps an event's own id when it is already stored", () => {
    expect(matchEvent(event(), [candidate("other", { sharedParticipants: 5 }), candidate("new", { sharedParticipants: 0 })])).toBe("new");
  });

  it("requires a shared participant", () => {
    expect(matchEvent(event(), [candidate("stored", { sharedParticipants: 0 })])).toBeNull();
  });
});
