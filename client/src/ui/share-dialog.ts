import type { Frame } from '@briefgraph/graph/domain/frame';
import type { SnapshotLinks } from '@briefgraph/graph/domain/schemas';
import { ApiError, errorMessage } from '../api/api-client.ts';
import type { FrameChoice } from '../export/formats.ts';
import { imageUrl, type ShareItem, shareItems } from '../export/share-links.ts';
import { h } from './dom.ts';
import { createFrameField } from './frame-field.ts';

/**
 * Share: a modal <dialog> that asks for a title (and a caption) and the frame of its images,
 * stores the view as a snapshot, and then offers its permalink, iframe snippet and image URLs
 * to copy, with a preview of the image. Every failure is said in the dialog; it never goes blank.
 */

export interface ShareDialogOptions {
  readonly suggestedTitle: string;
  /** "9 actors and 12 relationships, where they are drawn, and the highlighted path." */
  readonly summary: string;
  /** The frame chosen last (the Export menu's too). */
  readonly frame: FrameChoice;
  /** The canvas's size in CSS pixels (the Auto frame), null while there is none. */
  canvasSize(): { width: number; height: number } | null;
  /** The frame the server is asked for. */
  frameOf(choice: FrameChoice): Frame;
  onFrameChange(choice: FrameChoice): void;
  /** Stores the snapshot; rejects with the reason (an ApiError from the server). */
  create(title: string, caption: string, frame: Frame): Promise<SnapshotLinks>;
}

const TITLE_MAX = 200;
const CAPTION_MAX = 1_000;

function explain(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) {
    return 'This server requires a write token to share: snapshots are created on it by its owners only. Ask whoever runs it for a link, or export an image instead.';
  }
  return `The snapshot was not created. ${errorMessage(error)}`;
}

async function copy(field: HTMLInputElement | HTMLTextAreaElement, button: HTMLButtonElement) {
  let copied = false;
  try {
    await navigator.clipboard.writeText(field.value);
    copied = true;
  } catch {
    // No clipboard permission (an insecure origin, an iframe): select the text for Ctrl+C.
    field.focus();
    field.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  button.textContent = copied ? 'Copied' : 'Press Ctrl+C';
  setTimeout(() => {
    button.textContent = 'Copy';
  }, 2000);
}

function copyRow(item: ShareItem): HTMLElement {
  const attrs = { id: item.id, class: 'text-input', readonly: true, 'data-testid': item.id };
  const field = item.long
    ? h('textarea', { ...attrs, rows: 4 }, item.value)
    : h('input', { ...attrs, type: 'text', value: item.value });
  field.addEventListener('focus', () => field.select());
  const button = h(
    'button',
    { type: 'button', class: 'button', 'aria-label': `Copy ${item.label}`, 'data-testid': `${item.id}-copy` },
    'Copy',
  );
  button.addEventListener('click', () => void copy(field, button));
  return h(
    'div',
    { class: 'share-row' },
    h('label', { class: 'field-label', for: item.id }, item.label),
    h('div', { class: 'share-copy' }, field, button),
  );
}

export function openShareDialog(options: ShareDialogOptions): HTMLDialogElement {
  const dialog = h('dialog', {
    class: 'share-dialog',
    'aria-labelledby': 'share-heading',
    'data-testid': 'share-dialog',
  });
  const close = () => dialog.close();
  const header = (title: string) =>
    h(
      'header',
      { class: 'share-header' },
      h('h2', { id: 'share-heading' }, title),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close', onclick: close }, '×'),
    );

  const title = h('input', {
    id: 'share-title',
    type: 'text',
    class: 'text-input',
    required: true,
    maxlength: TITLE_MAX,
    value: options.suggestedTitle,
    autocomplete: 'off',
    'data-testid': 'share-title',
  });
  const caption = h('textarea', {
    id: 'share-caption',
    class: 'text-input',
    rows: 3,
    maxlength: CAPTION_MAX,
    'data-testid': 'share-caption',
  });
  const frame = createFrameField({
    name: 'share-frame',
    initial: options.frame,
    canvasSize: () => options.canvasSize(),
    onChange: (choice) => options.onFrameChange(choice),
  });
  const message = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'share-error' });
  const submit = h(
    'button',
    { type: 'submit', class: 'button primary', 'data-testid': 'share-submit' },
    'Create link',
  );
  const form = h(
    'form',
    { class: 'share-form', novalidate: true },
    header('Share this view'),
    h('p', { class: 'muted' }, options.summary, ' It never changes, even when the graph does.'),
    h('label', { class: 'field-label', for: 'share-title' }, 'Title (required)'),
    title,
    h('label', { class: 'field-label', for: 'share-caption' }, 'Caption (optional)'),
    caption,
    frame.element,
    message,
    h(
      'div',
      { class: 'share-buttons' },
      h('button', { type: 'button', class: 'button', onclick: close }, 'Cancel'),
      submit,
    ),
  );

  function showResult(links: SnapshotLinks, name: string, drawnIn: Frame) {
    const preview = h('img', {
      class: 'share-preview-image',
      src: imageUrl(links.pngUrl, drawnIn, { scale: 1 }),
      alt: `The snapshot image: ${name}`,
      'data-testid': 'share-preview',
    });
    const previewNote = h('p', { class: 'muted small' });
    preview.addEventListener('error', () => {
      previewNote.textContent = 'The preview could not be loaded; the links above still work.';
    });
    dialog.replaceChildren(
      h(
        'div',
        { class: 'share-result', 'data-testid': 'share-result' },
        header('Snapshot created'),
        h('p', { class: 'muted' }, 'Anyone with the link sees exactly this view.'),
        ...shareItems(links, name, drawnIn).map(copyRow),
        h('figure', { class: 'share-preview' }, preview, previewNote),
        h(
          'div',
          { class: 'share-buttons' },
          h(
            'a',
            { class: 'button', href: links.url, target: '_blank', rel: 'noopener' },
            'Open the permalink',
          ),
          h('button', { type: 'button', class: 'button primary', onclick: close }, 'Done'),
        ),
      ),
    );
    dialog.querySelector<HTMLInputElement>('#share-url')?.focus();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = title.value.trim();
    if (!name) {
      message.textContent = 'Give the snapshot a title: it is shown above the graph and in the link preview.';
      title.focus();
      return;
    }
    message.textContent = '';
    submit.disabled = true;
    submit.textContent = 'Creating…';
    try {
      const drawnIn = options.frameOf(frame.value());
      showResult(await options.create(name, caption.value.trim(), drawnIn), name, drawnIn);
    } catch (error) {
      message.textContent = explain(error);
      submit.disabled = false;
      submit.textContent = 'Create link';
    }
  });

  dialog.append(form);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  title.select();
  return dialog;
}
