import { describe, expect, it } from "vitest";
import { matchEvent, type EventCandidate, type EventToMatch } from "../../../src/domain/event-identity.js";

const shusha = { id: "shusha", containerIds: ["azerbaijan"] };
const baku = { id: "baku", containerIds: ["azerbaijan"] };
const azerbaijan = { id: "azerbaijan", containerIds: [] };
const july6 = { from: "2024-07-06", to: "2024-07-06" };
const july = { from: "2024-07-01", to: "2024-07-31" };
const unknown = { from: null, to: null };
const year2024 = { from: "2024-01-01", to: "2024-12-31" };
const summitActors = ["ots", "azerbaijan"];

const event = (date: EventToMatch["date"] = july6, place: EventToMatch["place"] = shusha): EventToMatch => ({
  id: "new",
  type: "SUMMIT",
  date,
  place,
  actorIds: summitActors,
  bodyIds: ["ots"],
});
const candidate = (id: string, overrides: Partial<EventCandidate> = {}): EventCandidate => ({
  id,
  sharedParticipants: 1,
  date: july,
  place: azerbaijan,
  actorIds: summitActors,
  ...overrides,
});

describe("matchEvent", () => {
  it("takes a summit report naming no body for a known summit only in its place or on its days", () => {
    const leaders = { actorIds: ["biden", "xi"], bodyIds: [] };
    const firstHalf = { from: "2024-07-01", to: "2024-07-15" };
    const monthReport = { ...event(firstHalf, null), ...leaders };
    const rio = candidate("g20", { date: july6, place: null, actorIds: ["biden", "xi", "g20"] });
    expect(matchEvent(monthReport, [rio])).toBeNull();
    expect(matchEvent({ ...event(july6, null), ...leaders }, [rio])).toBe("g20");
    expect(matchEvent({ ...event(july, shusha), ...leaders }, [{ ...rio, place: shusha }])).toBe("g20");
  });

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
    const candidates = [
      candidate("b"),
      candidate("c", { sharedParticipants: 2, date: july }),
      candidate("a", { sharedParticipants: 2, date: july6 }),
    ];
    expect(matchEvent(event(), candidates)).toBe("a");
    expect(matchEvent(event(), [candidate("z"), candidate("y")])).toBe("y");
  });

  it("keeps an event's own id when it is already stored", () => {
    expect(
      matchEvent(event(), [candidate("other", { sharedParticipants: 5 }), candidate("new", { sharedParticipants: 0 })]),
    ).toBe("new");
  });

  it("joins an undated or year-only report to a dated event only when the place and every actor agree", () => {
    const dated = candidate("dated", { date: july6, place: shusha, actorIds: ["ots", "azerbaijan", "turkey"] });
    expect(matchEvent({ ...event(unknown, shusha), actorIds: ["ots"] }, [dated])).toBe("dated");
    expect(matchEvent({ ...event(year2024, shusha), actorIds: ["ots", "azerbaijan"] }, [dated])).toBe("dated");
    expect(matchEvent({ ...event(year2024, null), actorIds: ["ots"] }, [dated])).toBeNull();
  });

  it("keeps an undated summit of one body apart from a dated summit of another in the same city", () => {
    const otherBody = candidate("cica", { date: july6, place: shusha, actorIds: ["cica", "azerbaijan"] });
    expect(matchEvent({ ...event(unknown, shusha), actorIds: ["ots", "azerbaijan"] }, [otherBody])).toBeNull();
  });

  it("identifies a summit by its body: guests and month shared with another body's summit do not make it the same", () => {
    const otherBody = candidate("apec", { date: july, place: azerbaijan, actorIds: ["apec", "azerbaijan"] });
    expect(matchEvent(event(), [otherBody])).toBeNull();
    expect(matchEvent({ ...event(), type: "MEETING" }, [otherBody])).toBe("apec");
  });

  it("keeps two OTHER happenings of one day apart unless every actor of one is an actor of the other", () => {
    const death: EventToMatch = {
      ...event(),
      type: "OTHER",
      place: null,
      actorIds: ["geingob", "namibia"],
      bodyIds: [],
    };
    const appointment = candidate("appointment", { place: null, actorIds: ["nandi-ndaitwah", "namibia"] });
    expect(matchEvent(death, [appointment])).toBeNull();
    const sameDeath = candidate("death", { place: null, actorIds: ["geingob"] });
    expect(matchEvent(death, [sameDeath])).toBe("death");
  });

  it("requires a shared participant", () => {
    expect(matchEvent(event(), [candidate("stored", { sharedParticipants: 0 })])).toBeNull();
  });

  it("joins day-dated reports of one summit a few days apart, held by the same bodies in the same place", () => {
    const day = (d: string) => ({ from: d, to: d });
    const opening = event(day("2024-07-03"), shusha);
    expect(matchEvent(opening, [candidate("closing", { date: day("2024-07-06") })])).toBe("closing");
    expect(matchEvent(opening, [candidate("fortnight", { date: day("2024-07-17") })])).toBeNull();
    expect(matchEvent(opening, [candidate("unplaced", { date: day("2024-07-05"), place: null })])).toBeNull();
    const twoBodies: EventToMatch = { ...opening, bodyIds: ["ots", "sco"] };
    expect(matchEvent(twoBodies, [candidate("ots-only", { date: day("2024-07-05") })])).toBeNull();
    const talks: EventToMatch = { ...opening, type: "NEGOTIATION" };
    expect(
      matchEvent(talks, [candidate("other-talks", { date: day("2024-07-05"), sharedParticipants: 2 })]),
    ).toBeNull();
  });
});
