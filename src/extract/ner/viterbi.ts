/**
 * The CRF's best tag sequence for `steps` rows of `tagCount` emission scores, with `transitions`
 * [from × to]: Viterbi, as Slovnet decodes, in float32 arithmetic and with ties going to the lower
 * tag index (numpy's argmax), so the same scores give the same tags.
 */
export function viterbi(emissions: Float32Array, steps: number, tagCount: number, transitions: Float32Array): number[] {
  if (steps === 0) return [];
  const f = Math.fround;
  let score = emissions.slice(0, tagCount);
  const history: Uint8Array[] = [];
  for (let t = 1; t < steps; t++) {
    const next = new Float32Array(tagCount);
    const from = new Uint8Array(tagCount);
    for (let to = 0; to < tagCount; to++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let i = 0; i < tagCount; i++) {
        const candidate = f(f(score[i]! + transitions[i * tagCount + to]!) + emissions[t * tagCount + to]!);
        if (candidate > best) {
          best = candidate;
          bestFrom = i;
        }
      }
      next[to] = best;
      from[to] = bestFrom;
    }
    history.push(from);
    score = next;
  }
  let tag = argmax(score);
  const tags = [tag];
  for (let t = history.length - 1; t >= 0; t--) {
    tag = history[t]![tag]!;
    tags.push(tag);
  }
  return tags.reverse();
}

function argmax(values: Float32Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
