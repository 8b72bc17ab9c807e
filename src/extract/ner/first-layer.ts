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
 * two weight rows go together, so each value read from memory serves several products.
 */
function contributions(model: SlovnetModel, vectors: Float32Array, count: number, at: number): Float32Array {
  const { weight, inDim, outDim, kernel } = model.layers[0]!;
  const length = vectors.length / count;
  const size = kernel * outDim;
  const parts = new Float32Array(count * size);
  const store = (n: number, row: number, sum: number) => {
    // Row o × kernel + k of the weights is offset k of output o, stored at k × out + o.
    if (n < count) parts[n * size + (row % kernel) * outDim + Math.floor(row / kernel)] = sum;
  };
  for (let n = 0; n < count; n += 4) {
    const v0 = n * length;
    const v1 = Math.min(n + 1, count - 1) * length;
    const v2 = Math.min(n + 2, count - 1) * length;
    const v3 = Math.min(n + 3, count - 1) * length;
    for (let row = 0; row < size; row += 2) {
      const w0 = row * inDim + at;
      const w1 = w0 + inDim;
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
        const i0 = vectors[v0 + j]!;
        const i1 = vectors[v1 + j]!;
        const i2 = vectors[v2 + j]!;
        const i3 = vectors[v3 + j]!;
        a0 += u * i0;
        a1 += u * i1;
        a2 += u * i2;
        a3 += u * i3;
        b0 += v * i0;
        b1 += v * i1;
        b2 += v * i2;
        b3 += v * i3;
      }
      store(n, row, a0);
      store(n + 1, row, a1);
      store(n + 2, row, a2);
      store(n + 3, row, a3);
      store(n, row + 1, b0);
      store(n + 1, row + 1, b1);
      store(n + 2, row + 1, b2);
      store(n + 3, row + 1, b3);
    }
  }
  return parts;
}
