import type { ConvLayer } from "./slovnet-model.js";

/** Positions computed together, so each weight read from memory serves this many windows. */
const BLOCK = 4;

/**
 * One encoder layer over a sequence: `input` holds `steps` rows of `layer.inDim` floats after
 * `layer.padding` zero rows (and zero rows after them, at least `layer.padding + BLOCK`); the result
 * is written the same way into `output`, `outPadding` zero rows first. Each output value is a dot
 * product of a weight row with one contiguous window of the input (im2col without the copy, since
 * the weights are laid out out × kernel × in), then ReLU and the batch normalisation.
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
  for (let t = 0; t < steps; t += BLOCK) {
    const x0 = t * inDim;
    const x1 = x0 + inDim;
    const x2 = x1 + inDim;
    const x3 = x2 + inDim;
    const count = Math.min(BLOCK, steps - t);
    for (let o = 0; o < outDim; o++) {
      const w = o * window;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let j = 0; j < window; j++) {
        const weightJ = weight[w + j]!;
        a0 += weightJ * input[x0 + j]!;
        a1 += weightJ * input[x1 + j]!;
        a2 += weightJ * input[x2 + j]!;
        a3 += weightJ * input[x3 + j]!;
      }
      const sums = [a0, a1, a2, a3];
      for (let i = 0; i < count; i++) {
        const activated = Math.max(0, sums[i]! + bias[o]!);
        output[(outPadding + t + i) * outDim + o] = activated * scale[o]! + shift[o]!;
      }
    }
  }
}
