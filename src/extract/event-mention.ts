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
