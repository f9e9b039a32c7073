/** Readable upper-snake ids for new actors (seeds/README.md: XI_JINPING, ASIA_PACIFIC). */
export function actorIdFor(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^the\s+/iu, '')
    .replace(/\./g, '')
    .replace(/['’]s\b/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  if (/^[A-Z][A-Z0-9_]{1,63}$/.test(folded)) return folded;
  return `ACTOR_${folded || 'UNNAMED'}`.slice(0, 64).replace(/_+$/, '');
}

/** "<source>-<type>-<target>" in lower-case kebab, as the seed format names relationships. */
export function relationshipIdFor(source: string, type: string, target: string): string {
  return [source, type, target]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
