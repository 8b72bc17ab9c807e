import type { MergedEvent } from "./merge-events.js";
import type { ExtractionResources } from "./types.js";

const NOUNS: Record<MergedEvent["type"], string> = {
  SUMMIT: "Summit",
  NEGOTIATION: "Talks",
  MEETING: "Meeting",
  VISIT: "Visit",
  AGREEMENT: "Agreement",
  MILITARY_CONFLICT: "Military conflict",
  ELECTION: "Election",
  STATEMENT: "Statement",
  OTHER: "Event",
};

/**
 * A short English title from the event's type, participants and place: "Summit of the
 * Organization of Turkic States in Shusha", "Talks between Armenia and Azerbaijan in Almaty",
 * "Visit of Kassym-Jomart Tokayev to Azerbaijan and Armenia", "Statement by Maria Zakharova". Names
 * are the entities' English names, in alphabetical order, so every report of one event titles it
 * alike whatever order it names them in; `names` supplies those of people the gazetteer does not know.
 */
export function eventTitle(
  event: MergedEvent,
  resources: ExtractionResources,
  names: ReadonlyMap<string, string>,
): string {
  const name = (id: string) => names.get(id) ?? resources.entities.get(id)?.name ?? id;
  const withRole = (...roles: string[]) =>
    event.participants.filter((p) => roles.includes(p.role)).map((p) => name(p.entityId));
  const organizations = event.participants
    .filter((p) => resources.entities.get(p.entityId)?.type === "ORGANIZATION")
    .map((p) => name(p.entityId));
  let title = NOUNS[event.type];
  if (event.type === "STATEMENT") {
    const speakers = withRole("SPEAKER");
    if (speakers.length) title += ` by ${list(speakers)}`;
  } else if (event.type === "VISIT") {
    const visitors = withRole("PARTICIPANT", "SPEAKER");
    const hosts = withRole("HOST");
    if (visitors.length) title += ` of ${list(visitors)}`;
    if (hosts.length) title += ` to ${list(hosts)}`;
  } else if (organizations.length) {
    title += ` of the ${list(organizations)}`;
  } else if (withRole("PARTY").length >= 2) {
    title += ` between ${list(withRole("PARTY"))}`;
  } else if (withRole("PARTY", "PARTICIPANT").length) {
    title += ` involving ${list(withRole("PARTY", "PARTICIPANT"))}`;
  }
  if (event.locationId && event.type !== "VISIT") title += ` in ${name(event.locationId)}`;
  return title;
}

function list(unsorted: readonly string[]): string {
  const names = [...unsorted].sort((a, b) => a.localeCompare(b, "en"));
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
