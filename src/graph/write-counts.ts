/** How many nodes of one kind a write created, and how many it found already there. */
export interface CreatedMerged {
  created: number;
  merged: number;
}

/** Nothing created, nothing merged. */
export const noCounts: CreatedMerged = Object.freeze({ created: 0, merged: 0 });

/** Adds two counts. */
export function addCounts(a: CreatedMerged, b: CreatedMerged): CreatedMerged {
  return { created: a.created + b.created, merged: a.merged + b.merged };
}
