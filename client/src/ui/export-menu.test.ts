// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../export/formats.ts';
import { clearFocus, focusOn, setImageFrame } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { createExportMenu } from './export-menu.ts';

let requests: ExportRequest[];
let canvas: { width: number; height: number } | null;

function mount(store: AppStore = fixtureStore()) {
  const menu = createExportMenu(store, {
    suggestTitle: () => 'South Korea to Russia',
    onExport: (request) => {
      requests.push(request);
      return Promise.resolve();
    },
    canvasSize: () => canvas,
  });
  document.body.append(menu.element);
  menu.connect(fixtureModel());
  byTest('export-button').click();
  return store;
}

const byTest = <T extends HTMLElement = HTMLElement>(id: string) =>
  document.querySelector<T>(`[data-testid="${id}"]`)!;

function choose(testId: string) {
  const input = byTest<HTMLInputElement>(testId);
  input.checked = input.type === 'checkbox' ? !input.checked : true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The text that names a form control: its <label>'s. */
const labelOf = (input: HTMLInputElement) => input.closest('label')?.textContent?.trim() ?? '';

beforeEach(() => {
  requests = [];
  canvas = { width: 1102, height: 713 };
  document.body.replaceChildren();
});

describe('the Export menu: how an image is drawn', () => {
  it('offers the frames as one labelled group, 16:9 first and chosen, and says the size each makes', () => {
    mount();
    const group = byTest('export-frame-16x9').closest('fieldset')!;
    expect(group.querySelector('legend')?.textContent).toBe('Frame');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map(labelOf)).toEqual(['16:9', '4:3', '1:1', 'Auto (window)']);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false, false]);
    expect(group.getAttribute('aria-describedby')).toBe('export-frame-hint');
    expect(byTest('export-frame-hint').textContent).toBe('1,920 × 1,080 px at 1x, a widescreen slide.');
    choose('export-frame-window');
    expect(byTest('export-frame-hint').textContent).toBe("The canvas's own shape: 1,102 × 713 px at 1x.");
  });

  it('sends the frame, what to show and merging with every image, 16:9, everything and merged by default', () => {
    mount();
    byTest('export-png-2x').click();
    expect(requests[0]).toEqual({
      kind: 'image',
      scope: 'graph',
      title: 'South Korea to Russia',
      image: {
        format: 'png',
        scale: 2,
        background: 'white',
        title: true,
        legend: true,
        source: true,
        frame: '16:9',
        show: 'all',
        bundle: false,
        corroboration: false,
      },
    });
  });

  it('a frame chosen is the store’s, so Share offers it too; merged relationships likewise (unchecked at first, as the canvas)', () => {
    const store = mount();
    expect(byTest<HTMLInputElement>('export-bundle').checked).toBe(false);
    choose('export-frame-4x3');
    choose('export-bundle');
    expect(store.getState().drawing).toEqual({
      frame: '4:3',
      show: 'all',
      bundle: true,
      corroboration: false,
    });
    byTest('export-svg').click();
    expect(requests[0]?.kind === 'image' && requests[0].image).toMatchObject({
      format: 'svg',
      frame: '4:3',
      bundle: true,
    });
    expect(labelOf(byTest<HTMLInputElement>('export-bundle'))).toBe('Merge parallel relationships');
  });

  it('draws a choice made elsewhere (the Share dialog)', () => {
    const store = mount();
    store.dispatch(setImageFrame('1:1'));
    expect(byTest<HTMLInputElement>('export-frame-1x1').checked).toBe(true);
    expect(byTest('export-frame-hint').textContent).toBe('1,200 × 1,200 px at 1x, a square.');
  });

  it('offers "Show" only while something is emphasised, and sends "Emphasised only" when chosen', () => {
    const store = mount();
    const show = byTest('export-show');
    expect(show.hidden).toBe(true);
    store.dispatch(focusOn('KOR', 1));
    expect(show.hidden).toBe(false);
    expect(show.querySelector('legend')?.textContent).toBe('Show');
    expect([...show.querySelectorAll<HTMLInputElement>('input')].map(labelOf)).toEqual([
      'Everything (faded context)',
      'Emphasised only',
    ]);
    choose('export-show-emphasis');
    byTest('export-png-4x').click();
    expect(requests[0]?.kind === 'image' && requests[0].image.show).toBe('emphasis');
    store.dispatch(clearFocus());
    expect(show.hidden).toBe(true);
  });

  it('every field of the image section has a name a screen reader reads', () => {
    mount();
    const inputs = [...byTest('export-panel').querySelectorAll<HTMLInputElement>('input')];
    for (const input of inputs) {
      const named = labelOf(input) || document.querySelector(`label[for="${input.id}"]`)?.textContent;
      expect(named, input.outerHTML).toBeTruthy();
    }
  });
});
