/**
 * Cytoscape's layouts call Math.random. Replacing it, for the length of one synchronous run, with
 * a seeded generator (mulberry32) makes a layout repeatable: the explorer draws the same picture
 * on every reload of a deep link, and the server the same snapshot for the same graph.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  let state = seed >>> 0;
  const original = Math.random;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return run();
  } finally {
    Math.random = original;
  }
}
