/** The indices of the tokens of a span, `first` to `last` included. */
export function tokenIndices({ first, last }: { first: number; last: number }): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
