/**
 * A token span linked to an entity id, before mentions are grouped into entities. `source` says
 * which rule found it: a gazetteer alias, a surname on its own, an office role («президент
 * Казахстана» → the holder), a name found next to a title or speech verb (`person-name`), a government body of a country
 * (`body`) or a dateline's news outlet (`outlet`).
 */
export interface MentionCandidate {
  first: number;
  last: number;
  entityId: string;
  source: "alias" | "surname" | "role" | "person-name" | "body" | "outlet";
}
