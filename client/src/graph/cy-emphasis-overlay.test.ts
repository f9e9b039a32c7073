import { NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import { describe, expect, it } from 'vitest';
import { pinnedFontSize } from './cy-emphasis-overlay.ts';

describe('pinnedFontSize', () => {
  it('leaves the stylesheet alone from zoom 1 on', () => {
    expect(pinnedFontSize(1)).toBeNull();
    expect(pinnedFontSize(2.5)).toBeNull();
    expect(pinnedFontSize(0)).toBeNull();
  });

  it('draws a pinned name at the usual size on screen, however far out the view is', () => {
    for (const zoom of [0.05, 0.066, 0.1, 0.136, 0.25, 0.4, 0.5, 0.77, 0.99]) {
      const onScreen = pinnedFontSize(zoom)! * zoom;
      expect(onScreen, `zoom ${zoom}`).toBeGreaterThanOrEqual(NODE_LABEL.size);
      expect(onScreen, `zoom ${zoom}`).toBeLessThanOrEqual(NODE_LABEL.size * 1.091);
    }
    expect(pinnedFontSize(0.5)).toBe(24);
  });

  it('changes in steps, so a zoom that hardly moved restyles nothing', () => {
    expect(pinnedFontSize(0.305)).toBe(pinnedFontSize(0.3));
    expect(pinnedFontSize(0.25)).not.toBe(pinnedFontSize(0.3));
  });
});
