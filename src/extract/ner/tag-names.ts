import { convolve } from "./convolve.js";
import { FirstLayer } from "./first-layer.js";
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

/** A piece of the text the model reads as one sequence (a sentence, or the whole text). */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Slovnet's NER over pieces of `text` (the whole text by default), each read as its own sequence,
 * as Slovnet runs it: razdel tokens, each embedded as its navec vector (of its lower-case form) and
 * its shape vector, three convolution layers, the linear head, the CRF's best BIO path, and spans of
 * B-/I- runs (an I- after O starts nothing). Offsets are into `text`.
 */
export function tagNames(
  model: SlovnetModel,
  text: string,
  ranges: readonly TextRange[] = [{ start: 0, end: text.length }],
): NerSpan[] {
  const firstLayer = new FirstLayer(model);
  return ranges.flatMap((range) => {
    const tokens = razdelTokens(text.slice(range.start, range.end)).map((token) => ({
      ...token,
      start: token.start + range.start,
      end: token.end + range.start,
    }));
    return spansOf(tokens, tagTokens(model, tokens, firstLayer));
  });
}

/** The tag names the model gives each token of one sequence. */
export function tagTokens(
  model: SlovnetModel,
  tokens: readonly NerToken[],
  firstLayer = new FirstLayer(model),
): string[] {
  const steps = tokens.length;
  if (steps === 0) return [];
  const words = tokens.map((token) => model.wordIds.get(token.text.toLowerCase()) ?? model.unknownWord);
  const shapes = tokens.map((token) => model.shapeIds.get(wordShape(token.text)) ?? 0);
  const [first, ...rest] = model.layers;
  // Each layer's input: the sequence between `padding` zero rows on either side.
  const padded = (padding: number, width: number) => new Float32Array((padding + steps + padding) * width);
  let input = padded(rest[0]?.padding ?? 0, first!.outDim);
  firstLayer.apply(words, shapes, input, rest[0]?.padding ?? 0);
  let width = first!.outDim;
  rest.forEach((layer, l) => {
    const nextPadding = rest[l + 1]?.padding ?? 0;
    const output = padded(nextPadding, layer.outDim);
    convolve(input, steps, layer, output, nextPadding);
    input = output;
    width = layer.outDim;
  });
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
