// The Export panel's form: scope, the image's choices and buttons, the data files; each ask goes to onAction.
import type { Scope } from '@briefgraph/graph/domain/emphasis';
import { DATA_FORMATS, type DataFormat, type ExportRequest, type ImageChoice } from '../export/formats.ts';
import type { ExportScope } from '../export/view-payload.ts';
import { setBundle, setImageFrame, setImageShow } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { h } from './dom.ts';
import { createFrameField } from './frame-field.ts';

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

export interface ExportFormOptions {
  /** The canvas's size in CSS pixels (the Auto frame), null while there is none. */
  canvasSize(): { width: number; height: number } | null;
  /** The user typed in the title. */
  onTitleInput(): void;
  /** A button asked for this export (its label says what runs). */
  onAction(label: string, request: ExportRequest): Promise<void>;
}

export interface ExportForm {
  readonly form: HTMLFormElement;
  readonly title: HTMLInputElement;
  readonly frame: ReturnType<typeof createFrameField>;
  /** "Show": offered while something is emphasised. */
  readonly show: HTMLFieldSetElement;
  readonly bundle: HTMLInputElement;
  readonly status: HTMLParagraphElement;
  /** Every export button, disabled while one runs. */
  readonly actions: readonly HTMLButtonElement[];
}

export function createExportForm(store: AppStore, options: ExportFormOptions): ExportForm {
  const title = h('input', {
    id: 'export-title',
    type: 'text',
    class: 'text-input',
    maxlength: 200,
    autocomplete: 'off',
    oninput: () => options.onTitleInput(),
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
    canvasSize: () => options.canvasSize(),
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
        onclick: () => void options.onAction(label, request()),
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
  return { form, title, frame, show, bundle, status, actions };
}
