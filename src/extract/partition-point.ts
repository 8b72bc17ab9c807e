/**
 * The first index from which `reached` holds, in a list ordered so that once it holds it holds to
 * the end (binary search); the list's length when it never does. Tokens, mentions and quotes are in
 * text order, so this finds the one at or after an offset.
 */
export function partitionPoint<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
