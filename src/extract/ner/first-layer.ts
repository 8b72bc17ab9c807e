import { dotBlock } from "./dot-block.js";
import type { SlovnetModel } from "./slovnet-model.js";

/**
 * The first convolution layer, computed per word rather than per window. Its input is a word
 * vector and a shape vector per position, so its output at t is the bias plus, for each kernel
 * offset k, what the weights of k make of the word and the shape at t + k − padding: those parts
 * are computed once per distinct word and shape of the call (`contributions`) and then only added.
 * News repeats its words, so most positions cost kernel × out additions instead of the full window.
 */
export class FirstLayer {
  private readonly words = new Map<number, Float32Array>();
  private readonly shapes = new Map<number, Float32Array>();

  constructor(private readonly model: SlovnetModel) {}

  /**
   * Rows of the first layer's normalised output for a sequence of (word, shape) rows, written to
   * `output` after `outPadding` zero rows.
   */
  apply(words: readonly number[], shapes: readonly number[], output: Float32Array, outPadding: number): void {
    const layer = this.model.layers[0]!;
    const { outDim, kernel, padding, bias, scale, shift } = layer;
    const steps = words.length;
    this.computeMissing(words);
    const parts = words.map((word, t) => [this.word(word), this.shape(shapes[t]!)] as const);
    const sum = new Float64Array(outDim);
    for (let t = 0; t < steps; t++) {
      sum.set(bias);
      for (let k = 0; k < kernel; k++) {
        const source = t + k - padding;
        if (source < 0 || source >= steps) continue;
        for (const part of parts[source]!) {
          const offset = k * outDim;
          for (let o = 0; o < outDim; o++) sum[o]! += part[offset + o]!;
        }
      }
      const row = (outPadding + t) * outDim;
      for (let o = 0; o < outDim; o++) output[row + o] = Math.max(0, sum[o]!) * scale[o]! + shift[o]!;
    }
  }

  /** The word's part from the model's table of frequent words, else computed once per call. */
  private word(id: number): Float32Array {
    const stored = this.model.firstLayerWords.rows.get(id);
    if (stored !== undefined) {
      const size = this.model.layers[0]!.kernel * this.model.layers[0]!.outDim;
      return this.model.firstLayerWords.table.subarray(stored * size, (stored + 1) * size);
    }
    return this.words.get(id)!;
  }

  /** The parts of the words neither the table nor this call has yet, computed together. */
  private computeMissing(words: readonly number[]): void {
    const missing = [...new Set(words)].filter((id) => !this.model.firstLayerWords.rows.has(id) && !this.words.has(id));
    if (missing.length === 0) return;
    const size = this.model.layers[0]!.kernel * this.model.layers[0]!.outDim;
    const parts = firstLayerParts(this.model, missing);
    missing.forEach((id, n) => this.words.set(id, parts.subarray(n * size, (n + 1) * size)));
  }

  private shape(id: number): Float32Array {
    let part = this.shapes.get(id);
    if (!part) {
      const { shapeEmbedding, shapeDim, quantizerCount, subDim } = this.model;
      part = contributions(
        this.model,
        shapeEmbedding.subarray(id * shapeDim, (id + 1) * shapeDim),
        1,
        quantizerCount * subDim,
      );
      this.shapes.set(id, part);
    }
    return part;
  }
}

/**
 * The first layer's parts (kernel × out floats each, one after another) of the words `ids`: what
 * seed/scripts/fetch-ner-model.ts stores for the frequent words, and what a call computes for the rest.
 */
export function firstLayerParts(model: SlovnetModel, ids: readonly number[]): Float32Array {
  const { wordIndexes, wordCodes, quantizerCount, centroidCount, subDim } = model;
  const dim = quantizerCount * subDim;
  const vectors = new Float32Array(ids.length * dim);
  ids.forEach((id, n) => {
    for (let q = 0; q < quantizerCount; q++) {
      const code = (q * centroidCount + wordIndexes[id * quantizerCount + q]!) * subDim;
      for (let d = 0; d < subDim; d++) vectors[n * dim + q * subDim + d] = wordCodes[code + d]!;
    }
  });
  return contributions(model, vectors, ids.length, 0);
}

/**
 * For each of `count` vectors (rows of `vectors`), kernel × out floats: what each kernel offset's
 * weights make of it, the vector sitting at column `at` of the layer's input row. Four vectors and
 * two weight rows go through `dotBlock` together; the last vectors repeat the block's last one.
 */
function contributions(model: SlovnetModel, vectors: Float32Array, count: number, at: number): Float32Array {
  const { weight, inDim, outDim, kernel } = model.layers[0]!;
  const length = vectors.length / count;
  const size = kernel * outDim;
  const parts = new Float32Array(count * size);
  const sums = new Float64Array(8);
  // Weight row o × kernel + k is offset k of output o, stored at k × out + o.
  const slot = (row: number) => (row % kernel) * outDim + Math.floor(row / kernel);
  for (let n = 0; n < count; n += 4) {
    const rows = Math.min(4, count - n);
    const x = [0, 1, 2, 3].map((i) => (n + Math.min(i, rows - 1)) * length) as [number, number, number, number];
    for (let row = 0; row < size; row += 2) {
      dotBlock(weight, row * inDim + at, (row + 1) * inDim + at, vectors, x, length, sums);
      for (let i = 0; i < rows; i++) {
        parts[(n + i) * size + slot(row)] = sums[i]!;
        parts[(n + i) * size + slot(row + 1)] = sums[4 + i]!;
      }
    }
  }
  return parts;
}
