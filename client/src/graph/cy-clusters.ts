/**
 * A big graph's clusters, for its overview: the communities the server's whole-graph layout
 * found (graph/src/drawing/whole-layout.ts) and placed apart, each named after its most
 * connected actor, with where it lies and how many actors it holds. Pure: the names on the
 * canvas are cy-cluster-names.ts.
 */
import { type Box, LABEL_LEVELS, overlaps } from './cy-label-levels.ts';

export interface ClusterActor {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly degree: number;
  readonly community: number;
}

export interface Cluster {
  readonly community: number;
  /** Its most connected actor (ties: the smaller id), whose name the cluster goes by. */
  readonly leadId: string;
  readonly leadName: string;
  readonly size: number;
  /** The median of its actors' positions on each axis (lines to other clusters pull the mean): where its name is drawn. */
  readonly centre: { readonly x: number; readonly y: number };
  /** Where most of it lies (the 5th to 95th percentile of its actors on each axis): what a click frames. */
  readonly box: Box;
}

/** A cluster is named from this many actors on, and from this share of the graph. */
export const CLUSTER_MIN_SIZE = 12;
export const CLUSTER_MIN_SHARE = 0.004;

/**
 * Cluster names are shown while the canvas names no actor: at and below this zoom Cytoscape
 * draws none of the hub names (cy-label-levels.ts: the first level is drawn above half its zoom).
 */
export const CLUSTERS_UP_TO_ZOOM = (LABEL_LEVELS[0]?.zoom ?? 0.25) / 2;

/** A click on a cluster's name frames it at a zoom where its hubs are named. */
export const CLUSTER_ZOOMS = { min: LABEL_LEVELS[1]?.zoom ?? 0.5, max: 1 } as const;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))] ?? 0;
}

/** The clusters big enough to name, largest first (ties: the smaller community number). */
export function clustersOf(actors: readonly ClusterActor[]): Cluster[] {
  const groups = new Map<number, ClusterActor[]>();
  for (const a of actors) {
    const group = groups.get(a.community);
    if (group) group.push(a);
    else groups.set(a.community, [a]);
  }
  const minSize = Math.max(CLUSTER_MIN_SIZE, Math.ceil(actors.length * CLUSTER_MIN_SHARE));
  const clusters: Cluster[] = [];
  for (const [community, members] of groups) {
    if (members.length < minSize) continue;
    let lead = members[0] as ClusterActor;
    for (const m of members) {
      if (m.degree > lead.degree || (m.degree === lead.degree && m.id < lead.id)) lead = m;
    }
    const xs = members.map((m) => m.x).sort((a, b) => a - b);
    const ys = members.map((m) => m.y).sort((a, b) => a - b);
    clusters.push({
      community,
      leadId: lead.id,
      leadName: lead.name,
      size: members.length,
      centre: { x: percentile(xs, 0.5), y: percentile(ys, 0.5) },
      box: {
        x1: percentile(xs, 0.05),
        y1: percentile(ys, 0.05),
        x2: percentile(xs, 0.95),
        y2: percentile(ys, 0.95),
      },
    });
  }
  return clusters.sort((a, b) => b.size - a.size || a.community - b.community);
}

/** A name's box on screen, centred on its cluster's centre at this viewport. */
export function nameBox(
  cluster: Cluster,
  size: { readonly width: number; readonly height: number },
  viewport: { readonly zoom: number; readonly pan: { readonly x: number; readonly y: number } },
): Box {
  const x = cluster.centre.x * viewport.zoom + viewport.pan.x;
  const y = cluster.centre.y * viewport.zoom + viewport.pan.y;
  return { x1: x - size.width / 2, y1: y - size.height / 2, x2: x + size.width / 2, y2: y + size.height / 2 };
}

const GAP = 6;

/**
 * Which names to show at this viewport: each cluster in order (largest first) whose name lies
 * wholly on the canvas and clear of the names already taken.
 */
export function namesShown(
  boxes: readonly Box[],
  canvas: { readonly width: number; readonly height: number },
): boolean[] {
  const taken: Box[] = [];
  return boxes.map((box) => {
    const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= canvas.width && box.y2 <= canvas.height;
    if (!inside || taken.some((t) => overlaps(t, box, GAP))) return false;
    taken.push(box);
    return true;
  });
}
