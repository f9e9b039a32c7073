/** The line of text that follows the pointer over the canvas. */
export function createGraphTooltip(tip: HTMLElement) {
  return {
    show(text: string | null, at: { x: number; y: number } | null) {
      if (!text || !at) {
        tip.hidden = true;
        return;
      }
      tip.textContent = text;
      tip.hidden = false;
      const stageWidth = tip.parentElement?.clientWidth ?? Number.POSITIVE_INFINITY;
      const width = tip.offsetWidth;
      // Flip to the left of the pointer near the right edge, so it is never clipped.
      const left = at.x + 14 + width > stageWidth ? at.x - 14 - width : at.x + 14;
      tip.style.left = `${Math.max(4, left)}px`;
      tip.style.top = `${at.y + 14}px`;
    },
  };
}
