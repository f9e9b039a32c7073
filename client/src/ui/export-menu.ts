import type { ExportRequest } from '../export/formats.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import type { AppStore } from '../state/app-state.ts';
import { isEmphasising } from '../state/selectors.ts';
import { h } from './dom.ts';
import { createExportForm } from './export-menu-form.ts';

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
  const { form, title, frame, show, bundle, status, actions } = createExportForm(store, {
    canvasSize: () => handlers.canvasSize(),
    onTitleInput: () => {
      titleEdited = true;
    },
    onAction: (label, request) => run(label, request),
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
