/**
 * Puts Natasha's Russian NER (Slovnet `slovnet_ner_news_v1` with its navec embeddings
 * `news_v1_1B_250K_300d_100q`, MIT) into seed/models/slovnet-ner/ as three files the extractor
 * reads without parsing anything but JSON:
 *
 * - `manifest.json`: where the weights came from (wheel and sha256), the tag and shape vocabularies,
 *   and each array's name, type, shape and byte offset in weights.bin;
 * - `weights.bin`: the arrays, little-endian: float32 weights, the uint8 navec codes, and the first
 *   convolution's part of the most frequent words (FREQUENT_WORDS of them and the unknown word,
 *   src/extract/ner/first-layer.ts), computed here once instead of at every start;
 * - `words.txt`: navec's 250,002 lower-case words, one a line, in embedding-row order.
 *
 * The weights ship inside the natasha wheel on PyPI, pinned here by its sha256; the wheel is
 * downloaded once, checked, and only the two tar files we need are read out of it in memory.
 * Run by `npm ci` (the `prepare` script) and idempotent: nothing is fetched when the manifest of
 * this wheel is already there. Nothing is downloaded at run time.
 *
 * Run: npx tsx seed/scripts/fetch-ner-model.ts
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync, unzipSync } from "fflate";
import { parseTar } from "nanotar";
import { firstLayerParts } from "../../src/extract/ner/first-layer.js";
import { readNerModel } from "../../src/resources/load-ner-model.js";

const WHEEL = {
  name: "natasha-1.6.0-py3-none-any.whl",
  url: "https://files.pythonhosted.org/packages/32/9c/bb9d33c13564bcc939bb727087ef51b16ed3b49cc3b8fdec07c87b02f1de/natasha-1.6.0-py3-none-any.whl",
  sha256: "e12b130d05a0b4d2eb6442092ed5b5769a68a311c17f2095b1aa739fb8d6dc78",
};
const MODEL_TAR = "natasha/data/model/slovnet_ner_news_v1.tar";
const NAVEC_TAR = "natasha/data/emb/navec_news_v1_1B_250K_300d_100q.tar";

/** Words whose first-layer part is stored: with the unknown word (all punctuation) about 3/4 of Russian news tokens. */
const FREQUENT_WORDS = 4096;
/** Bumped when the files written here change, so `npm ci` rewrites an older copy. */
const FORMAT = 2;

const out = new URL("../models/slovnet-ner/", import.meta.url);
const staging = new URL("../models/slovnet-ner.partial/", import.meta.url);

/** An array of the model as Slovnet's model.json describes it. */
interface SlovnetWeight {
  shape: number[];
  dtype: "float32" | "uint32" | "uint8";
  array?: number;
}

interface ArrayEntry {
  name: string;
  dtype: "float32" | "uint32" | "uint8";
  shape: number[];
  offset: number;
}

async function main(): Promise<void> {
  const manifestUrl = new URL("manifest.json", out);
  if (existsSync(manifestUrl)) {
    const manifest = JSON.parse(readFileSync(manifestUrl, "utf8"));
    if (manifest.format === FORMAT && manifest.source?.sha256 === WHEEL.sha256) return;
  }
  process.stderr.write(`Fetching the Russian NER model (${WHEEL.name}, 34 MB, once)...\n`);
  const wheel = await download();
  const files = unzipSync(wheel, { filter: (file) => file.name === MODEL_TAR || file.name === NAVEC_TAR });
  const model = tarFiles(files[MODEL_TAR]);
  const navec = tarFiles(files[NAVEC_TAR]);
  const spec = JSON.parse(text(model, "model.json"));
  const vocab = (name: string) => new TextDecoder().decode(gunzipSync(file(model, `vocabs/${name}.gz`))).split("\n");
  const words = vocab("word");
  const pq = navecPq(file(navec, "pq.bin"));
  if (pq.vectors !== words.length) throw new Error(`navec has ${pq.vectors} vectors for ${words.length} words`);

  const arrays: { name: string; weight: SlovnetWeight; bytes: Uint8Array }[] = [];
  const add = (name: string, weight: SlovnetWeight) =>
    arrays.push({ name, weight, bytes: file(model, `arrays/${weight.array}.bin`) });
  add("shape", spec.emb.shape.weight);
  spec.encoder.layers.forEach((layer: Record<string, Record<string, SlovnetWeight>>, i: number) => {
    for (const part of ["weight", "bias"]) add(`conv${i}.${part}`, layer.conv![part]!);
    for (const part of ["weight", "bias", "mean", "std"]) add(`norm${i}.${part}`, layer.norm![part]!);
  });
  add("proj.weight", spec.head.proj.weight);
  add("proj.bias", spec.head.proj.bias);
  add("crf.transitions", spec.head.crf.transitions);
  arrays.push({ name: "word.codes", weight: { shape: [pq.qdim, pq.centroids, pq.dim / pq.qdim], dtype: "float32" }, bytes: pq.codes });
  arrays.push({ name: "word.indexes", weight: { shape: [pq.vectors, pq.qdim], dtype: "uint8" }, bytes: pq.indexes });

  const manifest = {
    format: FORMAT,
    source: { wheel: WHEEL.name, sha256: WHEEL.sha256, model: MODEL_TAR, embeddings: NAVEC_TAR },
    tags: vocab("tag"),
    shapes: vocab("shape"),
    padding: spec.encoder.layers.map((layer: { conv: { padding: number } }) => layer.conv.padding),
  };
  // Written to a fresh folder and renamed, so an interrupted run never leaves a half model behind.
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(new URL("words.txt", staging), words.join("\n"));
  writeArrays(manifest, arrays);
  const frequent = frequentWords(file(navec, "vocab.bin"), words);
  const table = firstLayerParts(await readNerModel(fileURLToPath(staging)), frequent);
  const rows = new Uint32Array(frequent);
  const size = writeArrays(manifest, [
    ...arrays,
    { name: "firstLayer.words", weight: { shape: [rows.length], dtype: "uint32" }, bytes: new Uint8Array(rows.buffer) },
    {
      name: "firstLayer.table",
      weight: { shape: [rows.length, table.length / rows.length], dtype: "float32" },
      bytes: new Uint8Array(table.buffer),
    },
  ]);
  rmSync(out, { recursive: true, force: true });
  renameSync(staging, out);
  process.stderr.write(`Russian NER model written to seed/models/slovnet-ner/ (${(size / 1e6).toFixed(1)} MB)\n`);
}

/** weights.bin and manifest.json of the staging folder, each array at a 4-byte aligned offset; returns the bytes written. */
function writeArrays(manifest: object, arrays: readonly { name: string; weight: SlovnetWeight; bytes: Uint8Array }[]): number {
  let offset = 0;
  const entries: ArrayEntry[] = arrays.map(({ name, weight, bytes }) => {
    const itemSize = weight.dtype === "uint8" ? 1 : 4;
    const expected = weight.shape.reduce((a, b) => a * b, 1) * itemSize;
    if (bytes.length !== expected) throw new Error(`${name}: ${bytes.length} bytes, expected ${expected}`);
    offset = Math.ceil(offset / 4) * 4;
    const entry = { name, dtype: weight.dtype, shape: weight.shape, offset };
    offset += bytes.length;
    return entry;
  });
  const weights = new Uint8Array(offset);
  arrays.forEach(({ bytes }, i) => weights.set(bytes, entries[i]!.offset));
  writeFileSync(new URL("weights.bin", staging), weights);
  writeFileSync(new URL("manifest.json", staging), `${JSON.stringify({ ...manifest, arrays: entries }, null, 1)}\n`);
  return offset;
}

/** Rows of the FREQUENT_WORDS words navec counted most often (vocab.bin: gzip of a uint32 size, the uint32 counts, the words), and of the unknown word. */
function frequentWords(vocabBin: Uint8Array, words: readonly string[]): number[] {
  const bytes = gunzipSync(vocabBin);
  const size = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const counts = new Uint32Array(bytes.slice(4, 4 + 4 * size).buffer);
  const byCount = [...counts.keys()].sort((a, b) => counts[b]! - counts[a]! || a - b);
  return [...new Set([...byCount.slice(0, FREQUENT_WORDS), words.indexOf("<unk>")])];
}

async function download(): Promise<Uint8Array> {
  const response = await fetch(WHEEL.url);
  if (!response.ok) throw new Error(`${WHEEL.url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== WHEEL.sha256) throw new Error(`${WHEEL.name}: sha256 ${sha256}, expected ${WHEEL.sha256}`);
  return bytes;
}

function tarFiles(tar: Uint8Array | undefined): Map<string, Uint8Array> {
  if (!tar) throw new Error(`${WHEEL.name} lacks ${MODEL_TAR} or ${NAVEC_TAR}`);
  return new Map(parseTar(tar).map((item) => [item.name, item.data ?? new Uint8Array()]));
}

function file(files: ReadonlyMap<string, Uint8Array>, name: string): Uint8Array {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`the model archive lacks ${name}`);
  return bytes;
}

function text(files: ReadonlyMap<string, Uint8Array>, name: string): string {
  return new TextDecoder().decode(file(files, name));
}

/** navec's pq.bin: four uint32 (vectors, dim, qdim, centroids), then vectors × qdim uint8 codes, then the float32 centroids. */
function navecPq(bytes: Uint8Array) {
  const [vectors, dim, qdim, centroids] = new Uint32Array(bytes.slice(0, 16).buffer);
  const indexesEnd = 16 + vectors! * qdim!;
  return {
    vectors: vectors!,
    dim: dim!,
    qdim: qdim!,
    centroids: centroids!,
    indexes: bytes.subarray(16, indexesEnd),
    codes: bytes.subarray(indexesEnd),
  };
}

main().catch((error: Error) => {
  process.stderr.write(`fetch-ner-model: ${error.message}\n`);
  process.exitCode = 1;
});
