import type { Scope } from '@briefgraph/graph/domain/emphasis';
import { DATA_FORMATS, type DataFormat, type ExportRequest, type ImageChoice } from '../export/formats.ts';
import type { ExportScope } from '../export/view-payload.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import { setBundle, setImageFrame, setImageShow } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { isEmphasising } from '../state/selectors.ts';
import { h } from './dom.ts';
import { createFrameField } from './frame-field.ts';

/**
 * "Export ▾": a disclosure button and a panel of choices (not an ARIA menu, since it holds form
 * fields). Esc, a click outside or Tab out of the panel close it and focus returns to the button.
 * How images are drawn (frame, what they show, merged relationships) is the store's `drawing`,
 * shared with the Share dialog; "Show" is offered while something is emphasised. The work is
 * the caller's (onExport); the panel says what runs and what failed.
 */

export interface ExportMenuHandlers {
  /** A title for the image: the path, the selection or the brief. */
  suggestTitle(): string;
  /** Resolves when the file is saved; a rejection's message is shown in the panel. */
  onExport(request: ExportRequest): Promise<void>;
  /** The canvas's size in CSS pixels (the Auto frame), null while there is none. */
  canvasSize(): { width: number; height: number } | null;
}

const IMAGES: ReadonlyArray<{ label: string; name: string; format: 'png' | 'svg'; scale: number }> = [
  { label: 'PNG 1x', name: 'Download PNG at 1x', format: 'png', scale: 1 },
  { label: 'PNG 2x', name: 'Download PNG at 2x', format: 'png', scale: 2 },
  { label: 'PNG 4x', name: 'Download PNG at 4x', format: 'png', scale: 4 },
  { label: 'SVG', name: 'Download SVG', format: 'svg', scale: 1 },
];

const SCOPE_HINTS: Record<ExportScope, string> = {
  graph: 'Every actor and relationship shown now, whatever part of it is on screen.',
  viewport: 'The actors inside the canvas now and the relationships among them.',
};

function radio(name: string, value: string, label: string, checked: boolean): HTMLLabelElement {
  return h(
    'label',
    { class: 'check' },
    h('input', { type: 'radio', name, value, checked, 'data-testid': `${name}-${value}` }),
    label,
  );
}

function checkbox(id: string, label: string): { box: HTMLInputElement; label: HTMLLabelElement } {
  const box = h('input', { type: 'checkbox', id, checked: true });
  return { box, label: h('label', { class: 'check', for: id }, box, label) };
}

const SHOW_CHOICES: ReadonlyArray<{ value: Scope; label: string }> = [
  { value: 'all', label: 'Everything (faded context)' },
  { value: 'emphasis', label: 'Emphasised only' },
];

export function createExportMenu(store: AppStore, handlers: ExportMenuHandlers) {
  let titleEdited = false;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button',
      'aria-expanded': 'false',
      'aria-controls': 'export-panel',
      'data-testid': 'export-button',
    },
    'Export',
    h('span', { class: 'caret', 'aria-hidden': 'true' }, '▾'),
  );
  const title = h('input', {
    id: 'export-title',
    type: 'text',
    class: 'text-input',
    maxlength: 200,
    autocomplete: 'off',
    oninput: () => {
      titleEdited = true;
    },
  });
  const include = {
    title: checkbox('export-include-title', 'Title'),
    legend: checkbox('export-include-legend', 'Legend'),
    source: checkbox('export-include-source', 'Source line'),
  };
  const hint = h('p', { class: 'export-hint' }, SCOPE_HINTS.graph);
  const frame = createFrameField({
    name: 'export-frame',
    initial: store.getState().drawing.frame,
    canvasSize: () => handlers.canvasSize(),
    onChange: (choice) => store.dispatch(setImageFrame(choice)),
  });
  const show = h(
    'fieldset',
    { class: 'export-fieldset', 'data-testid': 'export-show', hidden: true },
    h('legend', null, 'Show'),
    ...SHOW_CHOICES.map((c) =>
      radio('export-show', c.value, c.label, c.value === store.getState().drawing.show),
    ),
  );
  const bundle = h('input', {
    type: 'checkbox',
    id: 'export-bundle',
    checked: store.getState().drawing.bundle,
    'data-testid': 'export-bundle',
    onchange: () => store.dispatch(setBundle(bundle.checked)),
  });
  const status = h('p', { class: 'export-status', role: 'status', 'data-testid': 'export-status' });
  const actions: HTMLButtonElement[] = [];

  const form = h('form', { class: 'export-form', onsubmit: (e: Event) => e.preventDefault() });
  const value = (name: string) => (form.elements.namedItem(name) as RadioNodeList | null)?.value ?? '';
  const scope = (): ExportScope => (value('export-scope') === 'viewport' ? 'viewport' : 'graph');

  const action = (label: string, name: string, testId: string, request: () => ExportRequest) => {
    const el = h(
      'button',
      {
        type: 'button',
        class: 'button export-action',
        'aria-label': name,
        'data-testid': testId,
        onclick: () => void run(label, request()),
      },
      label,
    );
    actions.push(el);
    return el;
  };

  const imageChoice = (format: 'png' | 'svg', scale: number): ImageChoice => ({
    ...store.getState().drawing,
    format,
    scale,
    background: value('export-background') === 'transparent' ? 'transparent' : 'white',
    title: include.title.box.checked,
    legend: include.legend.box.checked,
    source: include.source.box.checked,
  });

  form.append(
    h(
      'fieldset',
      { class: 'export-fieldset export-scope' },
      h('legend', null, 'Export'),
      radio('export-scope', 'graph', 'Whole graph', true),
      radio('export-scope', 'viewport', 'Current view', false),
    ),
    hint,
    h(
      'section',
      { class: 'export-section', 'aria-labelledby': 'export-image-heading' },
      h('h3', { id: 'export-image-heading' }, 'Image'),
      h('label', { class: 'field-label', for: 'export-title' }, 'Title'),
      title,
      frame.element,
      show,
      h(
        'label',
        { class: 'check', for: 'export-bundle', title: 'One line with a count per pair of actors and class' },
        bundle,
        'Merge parallel relationships',
      ),
      h(
        'fieldset',
        { class: 'export-fieldset' },
        h('legend', null, 'Include'),
        include.title.label,
        include.legend.label,
        include.source.label,
      ),
      h(
        'fieldset',
        { class: 'export-fieldset' },
        h('legend', null, 'Background'),
        radio('export-background', 'white', 'White', true),
        radio('export-background', 'transparent', 'Transparent', false),
      ),
      h(
        'div',
        { class: 'export-actions export-images' },
        ...IMAGES.map((img) =>
          action(
            img.label,
            img.name,
            `export-${img.format}${img.format === 'png' ? `-${img.scale}x` : ''}`,
            () => ({
              kind: 'image',
              scope: scope(),
              title: title.value.trim(),
              image: imageChoice(img.format, img.scale),
            }),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'export-section', 'aria-labelledby': 'export-data-heading' },
      h('h3', { id: 'export-data-heading' }, 'Data'),
      h(
        'div',
        { class: 'export-actions export-data' },
        ...(Object.keys(DATA_FORMATS) as DataFormat[]).map((format) =>
          action(
            DATA_FORMATS[format].label,
            `Download ${DATA_FORMATS[format].label}`,
            `export-${format}`,
            () => ({
              kind: 'data',
              scope: scope(),
              title: title.value.trim(),
              format,
            }),
          ),
        ),
      ),
    ),
    status,
  );
  form.addEventListener('change', (e) => {
    hint.textContent = SCOPE_HINTS[scope()];
    const target = e.target as HTMLInputElement;
    if (target.name === 'export-show')
      store.dispatch(setImageShow(target.value === 'emphasis' ? 'emphasis' : 'all'));
  });

  const panel = h(
    'div',
    {
      id: 'export-panel',
      class: 'export-panel',
      role: 'dialog',
      'aria-label': 'Export',
      'data-testid': 'export-panel',
      hidden: true,
    },
    form,
  );
  const element = h('div', { class: 'export-menu' }, button, panel);

  async function run(label: string, request: ExportRequest) {
    for (const a of actions) a.disabled = true;
    status.classList.remove('is-error');
    status.textContent = `Exporting ${label}…`;
    try {
      await handlers.onExport(request);
      status.textContent = '';
      close(true);
    } catch (error) {
      status.classList.add('is-error');
      status.textContent = error instanceof Error ? error.message : String(error);
    } finally {
      for (const a of actions) a.disabled = false;
    }
  }

  const onPointerDown = (e: Event) => {
    if (!element.contains(e.target as Node)) close(false);
  };

  function open() {
    if (!titleEdited || !title.value.trim()) {
      title.value = handlers.suggestTitle();
      titleEdited = false;
    }
    frame.describe();
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', onPointerDown, true);
    form.querySelector<HTMLInputElement>('input[name=export-scope]:checked')?.focus();
  }

  function close(returnFocus: boolean) {
    if (panel.hidden) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', onPointerDown, true);
    if (returnFocus) button.focus();
  }

  button.addEventListener('click', () => (panel.hidden ? open() : close(true)));
  element.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      e.preventDefault();
      close(true);
    }
  });
  panel.addEventListener('focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (next && !element.contains(next)) close(false);
  });

  /** Draws the store's choices from now on, and offers "Show" while something is emphasised. */
  function connect(model: GraphModel): () => void {
    const offDrawing = store.subscribe(
      (s) => s.drawing,
      (drawing) => {
        frame.set(drawing.frame);
        for (const r of show.querySelectorAll<HTMLInputElement>('input'))
          r.checked = r.value === drawing.show;
        bundle.checked = drawing.bundle;
      },
      { immediate: true },
    );
    const offEmphasis = store.subscribe(
      (s) => isEmphasising(s, model),
      (emphasising) => {
        show.hidden = !emphasising;
      },
      { immediate: true },
    );
    return () => {
      offDrawing();
      offEmphasis();
    };
  }

  return { element, connect, close: () => close(false) };
}
