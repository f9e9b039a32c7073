/**
 * The frame an exported image is drawn in: a slide shape or an exact size, in CSS pixels at
 * scale 1 (a 2x PNG of a 16:9 frame is 3840×2160). The graph is fitted into it with margins;
 * title, legend, filters and source line are drawn inside it.
 */
import { z } from 'zod';
import { ValidationError } from './errors.ts';

export const FRAME_PRESETS = {
  '16:9': { width: 1920, height: 1080 },
  '4:3': { width: 1600, height: 1200 },
  '1:1': { width: 1200, height: 1200 },
} as const;
export type FramePreset = keyof typeof FRAME_PRESETS;

/** Bounds of an explicit frame: from a small thumbnail to an 8K screen. */
export const FRAME_SIZE_LIMITS = { width: [320, 7_680], height: [240, 4_320] } as const;

const side = (name: 'width' | 'height') => {
  const [min, max] = FRAME_SIZE_LIMITS[name];
  return z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min} px`)
    .max(max, `must be at most ${max} px`);
};

export const FrameSizeSchema = z.strictObject({ width: side('width'), height: side('height') });
export type FrameSize = z.infer<typeof FrameSizeSchema>;

/** `auto` follows the content (and the analyst's window) instead of a slide shape. */
export const FrameSchema = z
  .union([z.enum(['16:9', '4:3', '1:1', 'auto']), FrameSizeSchema])
  .describe(
    '"16:9" (default), "4:3", "1:1", "auto" (the shape of the content), or {"width":W,"height":H} in px.',
  )
  .meta({ id: 'Frame' });
export type Frame = z.infer<typeof FrameSchema>;

export const DEFAULT_FRAME: Frame = '16:9';

/** The frame's size at scale 1, or null for `auto`. */
export function frameSize(frame: Frame): FrameSize | null {
  if (frame === 'auto') return null;
  return typeof frame === 'string' ? { ...FRAME_PRESETS[frame] } : frame;
}

/** "16x9", "4x3", "1x1", "auto" or "1280x720": for file names. */
export function frameSlug(frame: Frame): string {
  return typeof frame === 'string' ? frame.replace(':', 'x') : `${frame.width}x${frame.height}`;
}

/**
 * `?frame=16:9`, `?width=1920` (the height follows 16:9) or `?width=1280&height=1024` on an
 * image URL; nothing given means `fallback`.
 */
export function frameFromQuery(
  q: { frame?: string | undefined; width?: number | undefined; height?: number | undefined },
  fallback: Frame,
): Frame {
  if (q.width !== undefined || q.height !== undefined) {
    const preset = FRAME_PRESETS[(q.frame as FramePreset) ?? '16:9'] ?? FRAME_PRESETS['16:9'];
    const aspect = preset.width / preset.height;
    const width = q.width ?? Math.round((q.height ?? preset.height) * aspect);
    const height = q.height ?? Math.round(width / aspect);
    const parsed = FrameSizeSchema.safeParse({ width, height });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `Invalid query: a ${width}×${height} frame: ${String(issue?.path[0])} ${issue?.message}.`,
      );
    }
    return parsed.data;
  }
  return q.frame ? FrameSchema.parse(q.frame) : fallback;
}
