/**
 * A refused save (400) says what is wrong as lines such as
 * "relationships[3] (kor-alliance-usa).evidence[0]: quote not found in brief text";
 * each is put on the card it names, by its index in the body sent (or by the id in brackets).
 */
export interface PlacedProblem {
  readonly message: string;
  /** The card the problem is about, or null when it is about the file as a whole. */
  readonly cardKey: string | null;
}

export function problemsOf(details: unknown): string[] {
  if (typeof details !== 'object' || details === null) return [];
  const d = details as { problems?: unknown };
  if (Array.isArray(d.problems)) return d.problems.filter((p): p is string => typeof p === 'string');
  if (Array.isArray(details)) {
    return details.flatMap((p: unknown) => {
      const item = p as { field?: unknown; message?: unknown };
      return typeof item?.message === 'string'
        ? [typeof item.field === 'string' ? `${item.field}: ${item.message}` : item.message]
        : [];
    });
  }
  return [];
}

export function placeProblems(
  problems: readonly string[],
  cardKeys: readonly string[],
  sentIds: readonly string[],
): PlacedProblem[] {
  return problems.map((message) => {
    // A message may start with where in the file it is ("x.annotations.json:212:9: relationships[7] …").
    const m = /(?:^|\s)relationships\[(\d+)\](?:\s*\(([^)]+)\))?/.exec(message);
    if (!m) return { message, cardKey: null };
    const byIndex = cardKeys[Number(m[1])];
    if (byIndex !== undefined && (!m[2] || sentIds[Number(m[1])] === m[2]))
      return { message, cardKey: byIndex };
    const byId = m[2] ? sentIds.indexOf(m[2]) : -1;
    return { message, cardKey: byId >= 0 ? (cardKeys[byId] ?? null) : (byIndex ?? null) };
  });
}

/**
 * The flags this server's annotation schema does not take yet (inferred, negated and addressee
 * are being added to it): a hint to edit the cards and clear them, or null.
 */
export function unsupportedFlagsHint(problems: readonly string[]): string | null {
  const flags = new Set<string>();
  for (const p of problems) {
    const m = /Unrecognized key(?:s)?: (.+)$/.exec(p);
    for (const f of m?.[1]?.match(/"(inferred|negated|addressee)"/g) ?? []) flags.add(f.replaceAll('"', ''));
  }
  if (!flags.size) return null;
  const list = [...flags].join(', ');
  return `This server does not record ${list} yet: edit the cards named below and clear ${flags.size === 1 ? 'it' : 'them'} (say it in the note instead), then save again.`;
}
