/**
 * A brief added in the app, before it is stored: its text made canonical once (the offsets of
 * every later quote refer to this text), its id from its title, its metadata as a seed has it.
 * Pure; the store side is in library.ts.
 */
import type { BriefIntake } from '../contracts/briefs.contracts.ts';
import type { BriefMetadata } from '../domain/schemas.ts';
import { sha256 } from './validate-seed.ts';

/**
 * NFC, line ends as LF, no byte-order mark, no blank lines before the text, no white space after
 * it, one final newline. Done once, at intake: never afterwards, or stored offsets would drift.
 */
export function canonicalBriefText(raw: string): string {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  return `${text}\n`;
}

const MAX_SLUG = 60;

/**
 * A brief id from a title: lower-case ASCII words joined by hyphens, at most 60 characters,
 * cut at a word ("Japan's Defence Review, 2026" → "japans-defence-review-2026"); "brief" when
 * the title has no Latin letter or digit.
 */
export function briefSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  if (!slug) slug = (words[0] ?? 'brief').slice(0, MAX_SLUG);
  return slug.length < 2 ? `${slug}-brief` : slug;
}

/** The first of `slug`, `slug-2`, `slug-3`, … that no brief has. */
export function uniqueBriefId(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const id = `${slug}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The seed metadata of an added brief; `text` is already canonical. */
export function intakeMetadata(id: string, intake: BriefIntake, text: string): BriefMetadata {
  const meta: BriefMetadata = {
    id,
    title: intake.title,
    publisher: intake.publisher,
    authors: intake.author ? [{ name: intake.author }] : [],
    publishedOn: intake.published,
    language: intake.language,
    sha256: sha256(text),
  };
  if (intake.series) meta.series = intake.series;
  if (intake.number) meta.number = intake.number;
  if (intake.url) meta.url = intake.url;
  return meta;
}
