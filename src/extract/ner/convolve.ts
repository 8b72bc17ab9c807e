import { dotBlock } from "./dot-block.js";
import type { ConvLayer } from "./slovnet-model.js";

/**
 * One encoder layer over a sequence: `input` holds `steps` rows of `layer.inDim` floats between
 * `layer.padding` zero rows on either side; the result is written the same way into `output`,
 * `outPadding` zero rows first. Each output value is a dot product of a weight row with one
 * contiguous window of the input (im2col without the copy, since the weights are laid out
 * out × kernel × in), then ReLU and the batch normalisation. Four positions and two outputs are
 * computed together (`dotBlock`); the last positions repeat the block's last row.
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
  const sums = new Float64Array(8);
  for (let t = 0; t < steps; t += 4) {
    const rows = Math.min(4, steps - t);
    const x = [0, 1, 2, 3].map((i) => (t + Math.min(i, rows - 1)) * inDim) as [number, number, number, number];
    for (let o = 0; o < outDim; o += 2) {
      dotBlock(weight, o * window, (o + 1) * window, input, x, window, sums);
      for (let i = 0; i < rows; i++) {
        const row = (outPadding + t + i) * outDim;
        output[row + o] = Math.max(0, sums[i]! + bias[o]!) * scale[o]! + shift[o]!;
        output[row + o + 1] = Math.max(0, sums[4 + i]! + bias[o + 1]!) * scale[o + 1]! + shift[o + 1]!;
      }
    }
  }
}
