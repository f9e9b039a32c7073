/** An actor's stored place in the whole graph's layout (drawing/whole-layout.ts computes it). */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly community: number;
}
