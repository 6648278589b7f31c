/**
 * A seeded random generator for property and robustness tests: the same seed gives the
 * same sequence on every machine, so a failure is reproducible from the seed it names.
 * mulberry32: small and fast; its quality is ample for picking values and mutations.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
