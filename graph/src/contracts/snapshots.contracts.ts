/**
 * Request and response schemas of the snapshot routes (server/src/routes/snapshots.routes.ts),
 * beside the record schemas in domain/schemas.ts; the server's openapi.ts documents the routes
 * from them.
 */
import { z } from 'zod';
import { FRAME_SIZE_LIMITS } from '../domain/frame.ts';
import { SnapshotIdSchema } from '../domain/schemas.ts';
import { intParam, optionalIntParam } from './query-string.ts';

const optionalInt = ([min, max]: readonly [number, number]) => optionalIntParam(min, max);

const flag = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'must be 1 or 0' })
    .transform((v) => v === '1' || v === 'true' || v === 'yes')
    .default(fallback);

export const SnapshotIdParam = SnapshotIdSchema;

const imageParts = {
  title: flag(true).describe('Draw the title and caption (1, default) or not (0).'),
  legend: flag(true).describe('Draw the legend (1, default) or not (0).'),
  source: flag(true).describe('Draw the source line (1, default) or not (0).'),
  bare: flag(false).describe('1: the graph alone, without title, caption and legend.'),
  background: z.enum(['white', 'transparent']).default('white').describe('white (default) or transparent.'),
  download: flag(false).describe('1: served as an attachment, for a download link.'),
  frame: z
    .enum(['16:9', '4:3', '1:1', 'auto'], { error: 'must be 16:9, 4:3, 1:1 or auto' })
    .optional()
    .describe('The image frame (default: the one the snapshot was made with, 16:9 for new snapshots).'),
  width: optionalInt(FRAME_SIZE_LIMITS.width).describe(
    'Frame width in px; with no height, the height follows the frame shape (16:9 unless given).',
  ),
  height: optionalInt(FRAME_SIZE_LIMITS.height).describe('Frame height in px.'),
};

export const SvgQuery = z.object(imageParts);

export const PngQuery = z.object({
  scale: intParam(1, 4, 2).describe(
    'Pixels per SVG pixel, 1..4 (default 2). Lowered for very large images; the X-Snapshot-Scale header says the scale used.',
  ),
  ...imageParts,
});

export const EmbedQuery = z.object({
  bare: flag(false).describe('1: hide the title, caption and legend.'),
});

export const OEmbedQuery = z.object({
  url: z
    .url({ error: 'must be the URL of a snapshot (/s/:id or /embed/:id)' })
    .max(2_000)
    .describe('A snapshot URL: /s/:id, /embed/:id, or an image URL of the snapshot.'),
  maxwidth: intParam(50, 4_000, 4_000).describe('Widest iframe the consumer accepts, in px.'),
  maxheight: intParam(50, 4_000, 4_000).describe('Tallest iframe the consumer accepts, in px.'),
  format: z
    .string()
    .default('json')
    .describe('json (default; empty means json). xml answers 501, anything else 400.'),
});

/** oEmbed 1.0, type "rich". */
export const OEmbedSchema = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    provider_name: z.literal('briefgraph'),
    provider_url: z.string(),
    title: z.string(),
    html: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    cache_age: z.number().int(),
    thumbnail_url: z.string(),
    thumbnail_width: z.number().int(),
    thumbnail_height: z.number().int(),
  })
  .meta({ id: 'OEmbed' });
export type OEmbed = z.infer<typeof OEmbedSchema>;
