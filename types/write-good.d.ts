// write-good ships no types; only the benchmark uses it, as a peer to compare speed with.
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  export default function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
}
