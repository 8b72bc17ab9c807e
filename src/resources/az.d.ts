/** The slice of the untyped `az` package (Russian morphology, OpenCorpora dictionaries) that we use. */
declare module "az" {
  interface AzTag {
    POS?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  interface AzParse {
    tag: AzTag;
    /** Which of az's parsers read the word: "Dictionary", or one that guesses from its ending. */
    parser: string;
    normalize(): { word: string };
  }
  interface AzMorph {
    (word: string): AzParse[];
    init(path: string, callback: (error?: unknown) => void): void;
    init(callback: (error?: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
