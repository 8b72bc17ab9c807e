/**
 * Slovnet's NER model (`slovnet_ner_news_v1`, Natasha's Russian news NER) as typed arrays: navec's
 * product-quantised word embeddings and a word-shape embedding, three convolution layers each
 * followed by ReLU and batch normalisation, a linear projection to BIO tags and a CRF's transition
 * scores. Loaded once by src/resources/load-ner-model.ts; read here, never changed.
 */
export interface SlovnetModel {
  /** Lower-case word → embedding row; words not in it take `unknownWord`. */
  wordIds: ReadonlyMap<string, number>;
  unknownWord: number;
  /** Per row, one centroid index for each of `quantizerCount` sub-vectors (rows × quantizerCount). */
  wordIndexes: Uint8Array;
  /** The centroids: quantizerCount × centroids × subDim floats. */
  wordCodes: Float32Array;
  quantizerCount: number;
  centroidCount: number;
  subDim: number;
  /** Word shape (slovnet's "RU_Xx", "PUNCT_,", "NUM"…) → row of `shapeEmbedding`. */
  shapeIds: ReadonlyMap<string, number>;
  shapeEmbedding: Float32Array;
  shapeDim: number;
  layers: readonly ConvLayer[];
  /**
   * The first layer's part of the most frequent words, computed once by the setup script
   * (first-layer.ts): word row → row of `table`, kernel × out floats a row.
   */
  firstLayerWords: { rows: ReadonlyMap<number, number>; table: Float32Array };
  /** Linear head, inDim × tags, and its bias. */
  projection: Float32Array;
  projectionBias: Float32Array;
  /** CRF transition scores, tags × tags: [from][to]. */
  transitions: Float32Array;
  /** "<pad>", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG". */
  tags: readonly string[];
}

/**
 * A 1-d convolution with ReLU and batch normalisation folded into `scale` and `shift`
 * (normalised = relu(conv) × scale + shift). `weight` is laid out out × kernel × in, so the window of
 * one position is one contiguous run of a row-major sequence × in input.
 */
export interface ConvLayer {
  weight: Float32Array;
  bias: Float32Array;
  scale: Float32Array;
  shift: Float32Array;
  inDim: number;
  outDim: number;
  kernel: number;
  padding: number;
}
