import type { EventDate, EventParticipant, EventType, Evidence } from "./types.js";

/** One telling of an event (one trigger), before mentions of the same event are merged. */
export interface EventMention {
  type: EventType;
  /** Token range of the trigger word(s). */
  trigger: { first: number; last: number };
  sentence: number;
  participants: EventParticipant[];
  locationId: string | null;
  date: EventDate | null;
  evidence: Evidence;
}

const ROLE_RANK: Record<EventParticipant["role"], number> = {
  MEDIATOR: 5,
  PARTY: 4,
  HOST: 3,
  SPEAKER: 2,
  PARTICIPANT: 1,
};

/** Adds a participant, or upgrades its role when the new one is stronger (mediator > party > host > speaker > participant). */
export function addParticipant(
  participants: EventParticipant[],
  entityId: string,
  role: EventParticipant["role"],
): void {
  const existing = participants.find((p) => p.entityId === entityId);
  if (!existing) participants.push({ entityId, role });
  else if (ROLE_RANK[role] > ROLE_RANK[existing.role]) existing.role = role;
}

/**
 * The participants less the event's place, which is only where it happened (seed/articles/README.md);
 * but the country holding an election is a participant of it as well as its place.
 */
export function besidePlace(
  type: EventType,
  participants: readonly EventParticipant[],
  placeId: string | null,
): EventParticipant[] {
  if (type === "ELECTION" || !placeId) return [...participants];
  return participants.filter((p) => p.entityId !== placeId || p.role !== "PARTICIPANT");
}
