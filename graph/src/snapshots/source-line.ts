/** The source line printed under every snapshot: which briefs its evidence quotes. */
import type { BriefMetadata, Relationship } from '../domain/schemas.ts';

/** "Sejong Focus No.25, The Sejong Institute, 2023-04-03" */
export function citation(brief: BriefMetadata): string {
  const number = brief.number?.replace(/\s*\(.*\)\s*$/, '');
  const name = brief.series ? [brief.series, number].filter(Boolean).join(' ') : brief.title;
  return `${name}, ${brief.publisher}, ${brief.publishedOn}`;
}

/** The briefs the evidence quotes, most quoted first: "Source: …" or "Sources: …; …". */
export function sourceLine(edges: readonly Relationship[], briefs: readonly BriefMetadata[]): string {
  const quoted = new Map<string, number>();
  for (const e of edges)
    for (const ev of e.evidence) quoted.set(ev.briefId, (quoted.get(ev.briefId) ?? 0) + 1);
  if (quoted.size === 0) return '';
  const byId = new Map(briefs.map((b) => [b.id, b]));
  const ids = [...quoted.keys()].sort(
    (a, b) => (quoted.get(b) ?? 0) - (quoted.get(a) ?? 0) || a.localeCompare(b),
  );
  const shown = ids.slice(0, 3).map((id) => {
    const brief = byId.get(id);
    return brief ? citation(brief) : id;
  });
  const more = ids.length > 3 ? ` and ${ids.length - 3} more briefs` : '';
  return `${ids.length === 1 ? 'Source' : 'Sources'}: ${shown.join('; ')}${more}`;
}
