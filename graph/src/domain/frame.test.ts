import { describe, expect, it } from 'vitest';
import { frameFromQuery, frameSize, frameSlug } from './frame.ts';

describe('frames', () => {
  it('a preset is a slide size at scale 1; auto has none', () => {
    expect(frameSize('16:9')).toEqual({ width: 1920, height: 1080 });
    expect(frameSize('4:3')).toEqual({ width: 1600, height: 1200 });
    expect(frameSize('1:1')).toEqual({ width: 1200, height: 1200 });
    expect(frameSize('auto')).toBeNull();
    expect(frameSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
  });

  it('names itself for a file', () => {
    expect(frameSlug('16:9')).toBe('16x9');
    expect(frameSlug({ width: 1280, height: 1024 })).toBe('1280x1024');
  });

  it('reads ?frame, ?width and ?height, the missing side following the shape', () => {
    expect(frameFromQuery({}, '4:3')).toBe('4:3');
    expect(frameFromQuery({ frame: '1:1' }, '16:9')).toBe('1:1');
    expect(frameFromQuery({ width: 1280 }, 'auto')).toEqual({ width: 1280, height: 720 });
    expect(frameFromQuery({ width: 1200, frame: '4:3' }, 'auto')).toEqual({ width: 1200, height: 900 });
    expect(frameFromQuery({ height: 1080, frame: '1:1' }, 'auto')).toEqual({ width: 1080, height: 1080 });
    expect(frameFromQuery({ width: 1000, height: 500 }, 'auto')).toEqual({ width: 1000, height: 500 });
  });

  it('refuses a derived side out of bounds, naming it', () => {
    expect(() => frameFromQuery({ width: 320 }, '16:9')).toThrow(
      'Invalid query: a 320×180 frame: height must be at least 240 px.',
    );
  });
});
