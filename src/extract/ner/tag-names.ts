import { convolve } from "./convolve.js";
import { razdelTokens, type NerToken } from "./razdel-tokens.js";
import type { SlovnetModel } from "./slovnet-model.js";
import { viterbi } from "./viterbi.js";
import { wordShape } from "./word-shape.js";

export type NerClass = "PER" | "LOC" | "ORG";

/** A name the model found: offsets into the text it was given, and its class. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerClass;
}

/** Zero rows after a layer's rows: its padding and the block the convolution reads past the end. */
const TAIL = 8;

/**
 * Slovnet's NER over one piece of text, as Slovnet runs it: razdel tokens, each embedded as its
 * navec vector (of its lower-case form) and its shape vector, three convolution layers, the linear
 * head, the CRF's best BIO path, and spans of B-/I- runs (an I- after O starts nothing).
 */
export function tagNames(model: SlovnetModel, text: string): NerSpan[] {
  const tokens = razdelTokens(text);
  return spansOf(tokens, tagTokens(model, tokens));
}

/** The tag names the model gives each token. */
export function tagTokens(model: SlovnetModel, tokens: readonly NerToken[]): string[] {
  const steps = tokens.length;
  if (steps === 0) return [];
  let input = embed(model, tokens);
  let width = model.quantizerCount * model.subDim + model.shapeDim;
  for (let l = 0; l < model.layers.length; l++) {
    const layer = model.layers[l]!;
    const nextPadding = model.layers[l + 1]?.padding ?? 0;
    const output = new Float32Array((nextPadding + steps + TAIL) * layer.outDim);
    convolve(input, steps, layer, output, nextPadding);
    input = output;
    width = layer.outDim;
  }
  const tagCount = model.tags.length;
  const emissions = new Float32Array(steps * tagCount);
  for (let t = 0; t < steps; t++) {
    for (let k = 0; k < tagCount; k++) {
      let sum = 0;
      for (let c = 0; c < width; c++) sum += input[t * width + c]! * model.projection[c * tagCount + k]!;
      emissions[t * tagCount + k] = sum + model.projectionBias[k]!;
    }
  }
  return viterbi(emissions, steps, tagCount, model.transitions).map((tag) => model.tags[tag]!);
}

/** The first layer's input: `padding` zero rows, a row of word and shape vector per token, zero rows. */
function embed(model: SlovnetModel, tokens: readonly NerToken[]): Float32Array {
  const { quantizerCount, centroidCount, subDim, shapeDim } = model;
  const wordDim = quantizerCount * subDim;
  const width = wordDim + shapeDim;
  const padding = model.layers[0]!.padding;
  const rows = new Float32Array((padding + tokens.length + TAIL) * width);
  tokens.forEach((token, t) => {
    const row = (padding + t) * width;
    const word = model.wordIds.get(token.text.toLowerCase()) ?? model.unknownWord;
    for (let q = 0; q < quantizerCount; q++) {
      const centroid = model.wordIndexes[word * quantizerCount + q]!;
      const code = (q * centroidCount + centroid) * subDim;
      for (let d = 0; d < subDim; d++) rows[row + q * subDim + d] = model.wordCodes[code + d]!;
    }
    const shape = model.shapeIds.get(wordShape(token.text)) ?? 0;
    rows.set(model.shapeEmbedding.subarray(shape * shapeDim, (shape + 1) * shapeDim), row + wordDim);
  });
  return rows;
}

/** Spans of BIO tags, read as Slovnet reads them: B- opens, I- extends, O closes. */
function spansOf(tokens: readonly NerToken[], tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  tokens.forEach((token, i) => {
    const [part, type] = tags[i]!.split("-") as [string, NerClass | undefined];
    if (part === "O" || part === "B") {
      if (open) spans.push(open);
      open = part === "B" ? { start: token.start, end: token.end, type: type! } : null;
    } else if (part === "I" && open) open.end = token.end;
  });
  if (open) spans.push(open);
  return spans;
}
