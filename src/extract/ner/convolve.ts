import type { ConvLayer } from "./slovnet-model.js";

/**
 * One encoder layer over a sequence: `input` holds `steps` rows of `layer.inDim` floats between
 * `layer.padding` zero rows on either side; the result is written the same way into `output`,
 * `outPadding` zero rows first. Each output value is a dot product of a weight row with one
 * contiguous window of the input (im2col without the copy, since the weights are laid out
 * out × kernel × in), then ReLU and the batch normalisation. Four positions and two outputs are
 * computed together, so each value read serves several products.
 */
export function convolve(
  input: Float32Array,
  steps: number,
  layer: ConvLayer,
  output: Float32Array,
  outPadding: number,
): void {
  const { weight, bias, scale, shift, inDim, outDim, kernel } = layer;
  const window = kernel * inDim;
  const store = (t: number, o: number, sum: number) => {
    if (t < steps) output[(outPadding + t) * outDim + o] = Math.max(0, sum + bias[o]!) * scale[o]! + shift[o]!;
  };
  let t = 0;
  for (; t + 4 <= steps; t += 4) {
    const x0 = t * inDim;
    const x1 = x0 + inDim;
    const x2 = x1 + inDim;
    const x3 = x2 + inDim;
    for (let o = 0; o < outDim; o += 2) {
      const w0 = o * window;
      const w1 = w0 + window;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let b0 = 0;
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      for (let j = 0; j < window; j++) {
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
      store(t, o, a0);
      store(t + 1, o, a1);
      store(t + 2, o, a2);
      store(t + 3, o, a3);
      store(t, o + 1, b0);
      store(t + 1, o + 1, b1);
      store(t + 2, o + 1, b2);
      store(t + 3, o + 1, b3);
    }
  }
  // The last positions one at a time, rather than a block of four with rows past the end.
  for (; t < steps; t++) {
    const x = t * inDim;
    for (let o = 0; o < outDim; o += 2) {
      const w0 = o * window;
      const w1 = w0 + window;
      let a = 0;
      let b = 0;
      for (let j = 0; j < window; j++) {
        const value = input[x + j]!;
        a += weight[w0 + j]! * value;
        b += weight[w1 + j]! * value;
      }
      store(t, o, a);
      store(t, o + 1, b);
    }
  }
}
