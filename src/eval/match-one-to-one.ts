/** The outcome of pairing gold items with extracted items of one category. */
export interface Pairing {
  /** [goldIndex, extractedIndex] pairs; each index appears at most once. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Gold indices left without a partner (missed). */
  readonly missed: readonly number[];
  /** Extracted indices left without a partner (extra: false positives, duplicates included). */
  readonly extra: readonly number[];
}

/**
 * Pairs gold and extracted items one-to-one so that as many pairs as possible are formed
 * (maximum bipartite matching by augmenting paths, Kuhn's algorithm). A greedy first-fit
 * pairing could let one gold item take the only partner of another and undercount; with
 * at most a few dozen items per article the O(V·E) search costs nothing. A second copy of
 * an extracted item finds no free gold partner and so counts as extra.
 */
export function matchOneToOne(
  goldCount: number,
  extractedCount: number,
  compatible: (goldIndex: number, extractedIndex: number) => boolean,
): Pairing {
  const candidates = Array.from({ length: goldCount }, (_, g) =>
    Array.from({ length: extractedCount }, (_, e) => e).filter((e) => compatible(g, e)),
  );
  const partnerOfExtracted: (number | undefined)[] = new Array(extractedCount).fill(undefined);

  const augment = (g: number, visited: boolean[]): boolean => {
    for (const e of candidates[g]!) {
      if (visited[e]) continue;
      visited[e] = true;
      const current = partnerOfExtracted[e];
      if (current === undefined || augment(current, visited)) {
        partnerOfExtracted[e] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < goldCount; g += 1) augment(g, new Array(extractedCount).fill(false));

  const pairs: [number, number][] = [];
  partnerOfExtracted.forEach((g, e) => {
    if (g !== undefined) pairs.push([g, e]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const pairedGold = new Set(pairs.map(([g]) => g));
  return {
    pairs,
    missed: range(goldCount).filter((g) => !pairedGold.has(g)),
    extra: range(extractedCount).filter((e) => partnerOfExtracted[e] === undefined),
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
