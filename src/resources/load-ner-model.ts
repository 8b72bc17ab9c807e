import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { ConvLayer, SlovnetModel } from "../extract/ner/slovnet-model.js";
import { StartupError } from "../startup-error.js";

/** Where seed/scripts/fetch-ner-model.ts writes the model (`npm ci` runs it), under the seed folder. */
export const NER_MODEL_DIR = join("models", "slovnet-ner");

const manifestSchema = z.object({
  tags: z.array(z.string()),
  shapes: z.array(z.string()),
  padding: z.array(z.number().int()),
  arrays: z.array(
    z.object({
      name: z.string(),
      dtype: z.enum(["float32", "uint32", "uint8"]),
      shape: z.array(z.number().int()),
      offset: z.number().int(),
    }),
  ),
});

/**
 * Reads Slovnet's NER model from `<seedDir>/models/slovnet-ner/` (manifest.json, weights.bin,
 * words.txt) into typed arrays: the arrays are views on the one file buffer, the conv weights are
 * reordered once to out × kernel × in and each batch normalisation is folded to a scale and a shift.
 * A missing model is a StartupError saying how to get it.
 */
export function loadNerModel(seedDir: string): Promise<SlovnetModel> {
  return readNerModel(join(seedDir, NER_MODEL_DIR));
}

/** The model in `dir`; also what the setup script reads back to add the first layer's table. */
export async function readNerModel(dir: string): Promise<SlovnetModel> {
  let files: [string, Buffer, string];
  try {
    files = await Promise.all([
      readFile(join(dir, "manifest.json"), "utf8"),
      readFile(join(dir, "weights.bin")),
      readFile(join(dir, "words.txt"), "utf8"),
    ]);
  } catch (error) {
    throw new StartupError(
      `the Russian NER model is missing (${(error as Error).message}): run \`npm run setup:ner\` (npm ci runs it; it writes ./seed/models/slovnet-ner)`,
    );
  }
  const [manifestText, weights, wordsText] = files;
  const manifest = manifestSchema.parse(JSON.parse(manifestText));
  // Float32Array views need a 4-byte aligned start; a pooled file buffer may not have one.
  const aligned = weights.byteOffset % 4 === 0;
  const buffer = aligned ? (weights.buffer as ArrayBuffer) : new Uint8Array(weights).buffer;
  const base = aligned ? weights.byteOffset : 0;
  const arrays = new Map(manifest.arrays.map((entry) => [entry.name, entry]));
  const views = { float32: Float32Array, uint32: Uint32Array, uint8: Uint8Array };
  const array = <T extends Float32Array | Uint32Array | Uint8Array>(name: string): { data: T; shape: number[] } => {
    const entry = arrays.get(name);
    if (!entry) throw new StartupError(`${dir}/manifest.json lacks the array ${name}`);
    const length = entry.shape.reduce((a, b) => a * b, 1);
    return { data: new views[entry.dtype](buffer, base + entry.offset, length) as T, shape: entry.shape };
  };
  // The setup script reads the model back before it has this table, to compute it.
  const frequent = arrays.has("firstLayer.words") ? array<Uint32Array>("firstLayer.words").data : new Uint32Array();
  const words = wordsText.split("\n");
  const codes = array<Float32Array>("word.codes");
  const shapes = array<Float32Array>("shape");
  const projection = array<Float32Array>("proj.weight");
  return {
    wordIds: new Map(words.map((word, i) => [word, i])),
    unknownWord: words.indexOf("<unk>"),
    wordIndexes: array<Uint8Array>("word.indexes").data,
    wordCodes: codes.data,
    quantizerCount: codes.shape[0]!,
    centroidCount: codes.shape[1]!,
    subDim: codes.shape[2]!,
    shapeIds: new Map(manifest.shapes.map((shape, i) => [shape, i])),
    shapeEmbedding: shapes.data,
    shapeDim: shapes.shape[1]!,
    layers: manifest.padding.map((padding, i) => convLayer(array, i, padding)),
    firstLayerWords: {
      rows: new Map([...frequent].map((word, row) => [word, row])),
      table: frequent.length ? array<Float32Array>("firstLayer.table").data : new Float32Array(),
    },
    projection: projection.data,
    projectionBias: array<Float32Array>("proj.bias").data,
    transitions: array<Float32Array>("crf.transitions").data,
    tags: manifest.tags,
  };
}

function convLayer(
  array: (name: string) => { data: Float32Array | Uint32Array | Uint8Array; shape: number[] },
  i: number,
  padding: number,
): ConvLayer {
  const { data: weight, shape } = array(`conv${i}.weight`);
  const [outDim, inDim, kernel] = shape as [number, number, number];
  const reordered = new Float32Array(weight.length);
  for (let o = 0; o < outDim; o++)
    for (let c = 0; c < inDim; c++)
      for (let k = 0; k < kernel; k++) reordered[(o * kernel + k) * inDim + c] = weight[(o * inDim + c) * kernel + k]!;
  const norm = (part: string) => array(`norm${i}.${part}`).data as Float32Array;
  const [gamma, beta, mean, std] = [norm("weight"), norm("bias"), norm("mean"), norm("std")];
  const scale = gamma.map((g, o) => g / std[o]!);
  return {
    weight: reordered,
    bias: array(`conv${i}.bias`).data as Float32Array,
    scale,
    shift: beta.map((b, o) => b - mean[o]! * scale[o]!),
    inDim,
    outDim,
    kernel,
    padding,
  };
}
