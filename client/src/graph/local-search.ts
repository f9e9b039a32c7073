import type { Actor } from '@briefgraph/graph/domain/schemas';
import type { SearchHit } from '../api/api-client.ts';

/**
 * Name and alias matching over the actors already loaded, for when the server's search cannot
 * be reached: exact first, then prefix, then substring. DOM-free.
 */
export function localSearch(actors: Iterable<Actor>, q: string, limit: number): SearchHit[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  const scored: SearchHit[] = [];
  for (const actor of actors) {
    let best: SearchHit | null = null;
    for (const name of [actor.name, actor.id, ...actor.aliases]) {
      const lower = name.toLowerCase();
      const score = lower === needle ? 3 : lower.startsWith(needle) ? 2 : lower.includes(needle) ? 1 : 0;
      if (score && (!best || score > best.score)) best = { actor, score, matched: name };
    }
    if (best) scored.push(best);
  }
  return scored.sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name)).slice(0, limit);
}
