/**
 * Turns an annotation file plus its brief text into a loadable seed, or explains exactly what is
 * wrong ("relationships[7].evidence[0]: quote not found in brief text"). Pure: the file system
 * side is in seed-files.ts, the Neo4j side in loader.ts.
 */
import { createHash } from 'node:crypto';
import { SeedValidationError } from '../domain/errors.ts';
import type {
  Actor,
  BriefMetadata,
  BriefOrigin,
  Evidence,
  Relationship,
  TextRange,
} from '../domain/schemas.ts';
import { getRelationshipType } from '../domain/vocabulary.ts';
import { hasRecommendationCue } from '../drafting/modality.ts';
import { AnnotationFileSchema } from './annotation.schema.ts';
import { frontMatterRanges } from './front-matter.ts';
import { formatPath, locatePath, valueOffsets } from './json-locations.ts';

export interface Seed {
  brief: BriefMetadata;
  text: string;
  actors: Actor[];
  relationships: Relationship[];
  /** The source page's furniture in the text (annotation `frontMatter`), shown apart by the reader. */
  frontMatter: TextRange[];
  /**
   * The annotation file as written (its exact text when read from a file, else the input as
   * 2-space JSON): what GET /api/briefs/:id/annotations.json gives back, byte for byte.
   */
  annotation: string;
  /** Where the brief lives: a seeds/ file pair (the default) or the app's database only. */
  origin?: BriefOrigin;
  /**
   * Changes whenever the annotation or the text changes: tells `npm start` to reload, and the
   * loader which briefs' part of the graph to compare. A seed changed by hand needs a new one.
   */
  contentHash: string;
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Every start index of `needle` in `haystack` (overlapping matches included). */
export function findOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const index = haystack.indexOf(needle, from);
    if (index < 0) return found;
    found.push(index);
    from = index + 1;
  }
}

/** A few of the recommendation cues (modality-cues.data.ts holds them all), for messages. */
const RECOMMENDATION_CUE_EXAMPLES = 'should, must, need to, it is necessary, is required, requires';

/**
 * "file.json:212:9: relationships[7] (prk-provocation-kor).evidence[0]: quote not found": where
 * in the file, with the relationship's id beside its index, when the file's text is known.
 */
function describer(raw: unknown, source: string, annotationText: string | undefined) {
  let offsets: Map<string, number> | undefined;
  const ids = (raw as { relationships?: { id?: unknown }[] } | null)?.relationships;
  return (path: readonly PropertyKey[], message: string): string => {
    let where = '';
    if (annotationText !== undefined) {
      offsets ??= valueOffsets(annotationText);
      const { line, column } = locatePath(annotationText, offsets, path);
      where = `:${line}:${column}`;
    }
    let named = formatPath(path) || '(root)';
    const index = path[0] === 'relationships' ? path[1] : undefined;
    if (typeof index === 'number') {
      const id = ids?.[index]?.id;
      if (typeof id === 'string')
        named = named.replace(`relationships[${index}]`, `relationships[${index}] (${id})`);
    }
    return `${source}${where}: ${named}: ${message}`;
  };
}

/**
 * @param raw            the parsed annotation JSON
 * @param text           the brief text, decoded from UTF-8 exactly as stored
 * @param source         a name for messages (the annotation file name)
 * @param annotationText the annotation file's text, so messages give line and column
 */
export function assertValidSeed(raw: unknown, text: string, source: string, annotationText?: string): Seed {
  const describe = describer(raw, source, annotationText);
  const parsed = AnnotationFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SeedValidationError(parsed.error.issues.map((issue) => describe(issue.path, issue.message)));
  }
  const file = parsed.data;
  const problems: string[] = [];
  const problem = (path: readonly PropertyKey[], message: string) => problems.push(describe(path, message));

  const textHash = sha256(text);
  if (textHash !== file.brief.sha256) {
    problem(
      ['brief', 'sha256'],
      `brief text ${file.brief.textFile} has SHA-256 ${textHash}, expected ${file.brief.sha256}`,
    );
  }

  const actorIds = new Set<string>();
  const keyOwner = new Map<string, string>();
  file.actors.forEach((actor, i) => {
    if (actorIds.has(actor.id)) problem(['actors', i, 'id'], `duplicate actor id ${actor.id}`);
    actorIds.add(actor.id);
    for (const key of new Set([actor.id, actor.name, ...actor.aliases].map((k) => k.toLowerCase()))) {
      const owner = keyOwner.get(key);
      if (owner !== undefined && owner !== actor.id) {
        problem(['actors', i], `name or alias "${key}" of ${actor.id} is already used by ${owner}`);
      }
      keyOwner.set(key, actor.id);
    }
  });

  const relationshipIds = new Set<string>();
  const relationships: Relationship[] = [];
  file.relationships.forEach((rel, i) => {
    const at = ['relationships', i];
    if (relationshipIds.has(rel.id)) problem([...at, 'id'], `duplicate relationship id ${rel.id}`);
    relationshipIds.add(rel.id);
    if (!actorIds.has(rel.source)) problem([...at, 'source'], `unknown actor ${rel.source}`);
    if (!actorIds.has(rel.target)) problem([...at, 'target'], `unknown actor ${rel.target}`);
    if (rel.source === rel.target) problem(at, 'a relationship needs two different actors');
    if (rel.addressee !== undefined && rel.addressee !== rel.source && rel.addressee !== rel.target) {
      problem(
        [...at, 'addressee'],
        `addressee ${rel.addressee} is neither the source (${rel.source}) nor the target (${rel.target}); who should act is one of its ends`,
      );
    }
    if (rel.modality === 'recommendation' && rel.addressee === undefined) {
      problem(
        [...at, 'modality'],
        `a recommendation names its "addressee" (who should act: ${rel.source} or ${rel.target})`,
      );
    }
    if (rel.inferred && rel.note === undefined) {
      problem([...at, 'inferred'], 'an inferred end needs a "note" that says why it is read so');
    }
    if (rel.modality === 'recommendation' && !rel.evidence.some((ev) => hasRecommendationCue(ev.quote))) {
      problem(
        [...at, 'evidence'],
        `none of the quotes of a recommendation holds its modal words (${RECOMMENDATION_CUE_EXAMPLES} …); extend one to include them`,
      );
    }
    const evidence: Evidence[] = [];
    for (const [j, ev] of rel.evidence.entries()) {
      const where = [...at, 'evidence', j];
      const starts = findOccurrences(text, ev.quote);
      const start = starts[(ev.occurrence ?? 1) - 1];
      if (starts.length === 0) {
        problem(where, 'quote not found in brief text');
      } else if (starts.length > 1 && ev.occurrence === undefined) {
        problem(where, `quote occurs ${starts.length} times in brief text; say which with "occurrence"`);
      } else if (start === undefined) {
        problem(where, `occurrence ${ev.occurrence} requested but the quote occurs ${starts.length} time(s)`);
      } else {
        evidence.push({ briefId: file.brief.id, quote: ev.quote, start, end: start + ev.quote.length });
      }
    }
    const definition = getRelationshipType(rel.type);
    relationships.push({
      id: rel.id,
      source: rel.source,
      target: rel.target,
      type: rel.type,
      directed: definition.directed,
      modality: rel.modality,
      quadClass: definition.quadClass,
      attributes: rel.attributes,
      evidence,
      ...(rel.addressee !== undefined ? { addressee: rel.addressee } : {}),
      ...(rel.inferred ? { inferred: true as const } : {}),
      ...(rel.negated ? { negated: true as const } : {}),
      ...(rel.note !== undefined ? { note: rel.note } : {}),
    });
  });

  const frontMatter = frontMatterRanges(
    file.frontMatter,
    text,
    relationships.flatMap((r) => r.evidence),
    (i, message) => problem(['frontMatter', i], message),
  );

  if (problems.length > 0) throw new SeedValidationError(problems);

  const { textFile: _textFile, ...brief } = file.brief;
  const actors: Actor[] = file.actors.map(({ note: _note, ...actor }) => actor);
  const annotation = annotationText ?? `${JSON.stringify(raw, null, 2)}\n`;
  return {
    brief,
    text,
    actors,
    relationships,
    frontMatter,
    annotation,
    // The file's own bytes count too: its export must be the file as it now is.
    contentHash: sha256(
      JSON.stringify({ brief, actors, relationships, frontMatter, textHash, annotation: sha256(annotation) }),
    ),
  };
}
