// Minimal typings for the parts of `az` (Russian morphology over OpenCorpora) that the project uses.
declare module 'az' {
  namespace Az {
    interface AzTag {
      POS: string;
      toString(): string;
      [grammeme: string]: unknown;
    }
    interface AzParse {
      word: string;
      tag: AzTag;
      score: number;
      parser: string;
      normalize(keepPOS?: boolean): AzParse | false;
      inflect(grammemes: string[] | Record<string, unknown> | number): AzParse | false;
      toString(): string;
    }
    interface AzMorph {
      (word: string, options?: Record<string, unknown>): AzParse[];
      init(callback: (err: Error | null) => void): void;
      init(path: string, callback: (err: Error | null) => void): void;
    }
    const Morph: AzMorph;
  }
  export = Az;
}
