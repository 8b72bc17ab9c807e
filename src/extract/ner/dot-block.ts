/**
 * Eight dot products at once: weight rows starting at `w0` and `w1` with input rows starting at
 * `x0`…`x3`, each `length` long, written to `sums` as [w0·x0, w0·x1, w0·x2, w0·x3, w1·x0, …]. Each
 * value read serves four or two products, which is what makes the convolutions fast in plain
 * JavaScript.
 */
export function dotBlock(
  weight: Float32Array,
  w0: number,
  w1: number,
  input: Float32Array,
  x: readonly [number, number, number, number],
  length: number,
  sums: Float64Array,
): void {
  const [x0, x1, x2, x3] = x;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  for (let j = 0; j < length; j++) {
    const u = weight[w0 + j]!;
    const v = weight[w1 + j]!;
    const i0 = input[x0 + j]!;
    const i1 = input[x1 + j]!;
    const i2 = input[x2 + j]!;
    const i3 = input[x3 + j]!;
    a0 += u * i0;
    a1 += u * i1;
    a2 += u * i2;
    a3 += u * i3;
    b0 += v * i0;
    b1 += v * i1;
    b2 += v * i2;
    b3 += v * i3;
  }
  sums[0] = a0;
  sums[1] = a1;
  sums[2] = a2;
  sums[3] = a3;
  sums[4] = b0;
  sums[5] = b1;
  sums[6] = b2;
  sums[7] = b3;
}
