/** /briefs/new: metadata and the text (pasted or uploaded) → POST /api/briefs → the review page. */
import { type ApiClient, ApiError, errorMessage } from '../api/api-client.ts';
import { h } from '../ui/dom.ts';
import { fieldOfProblem, INTAKE_FIELDS, type IntakeField, intakeRequest } from './intake-form.ts';
import { reviewPath } from './route.ts';
import type { WriteAccess } from './write-access.ts';

const LABELS: Record<(typeof INTAKE_FIELDS)[number], string> = {
  title: 'Title',
  publisher: 'Publisher',
  published: 'Published',
  author: 'Author',
  series: 'Series',
  url: 'URL',
};
const REQUIRED = new Set(['title', 'publisher', 'published']);
const OPTIONAL = new Set(['author', 'series', 'url']);

export class IntakePage {
  private readonly inputs = new Map<IntakeField, HTMLInputElement | HTMLTextAreaElement>();
  private readonly errors = new Map<IntakeField, HTMLElement>();
  private readonly formError = h('p', { class: 'wb-form-error', role: 'alert', hidden: true });
  private readonly submit = h('button', { class: 'button primary', type: 'submit' }, 'Add and draft');

  constructor(
    private readonly root: HTMLElement,
    private readonly api: ApiClient,
    private readonly access: WriteAccess,
  ) {}

  start(): void {
    document.title = 'Add a brief — briefgraph';
    const field = (
      name: IntakeField,
      label: string,
      control: HTMLInputElement | HTMLTextAreaElement,
      hint?: string,
    ) => {
      control.id = `brief-${name}`;
      control.name = name;
      const error = h('p', { id: `brief-${name}-error`, class: 'wb-field-error', hidden: true });
      const hintEl = hint ? h('p', { id: `brief-${name}-hint`, class: 'wb-hint' }, hint) : null;
      control.setAttribute('aria-describedby', [hintEl?.id, error.id].filter(Boolean).join(' '));
      this.inputs.set(name, control);
      this.errors.set(name, error);
      return h(
        'div',
        { class: `wb-field wb-field-${name}` },
        h(
          'label',
          { for: control.id },
          label,
          OPTIONAL.has(name) ? h('span', { class: 'wb-optional' }, ' (optional)') : null,
        ),
        control,
        hintEl,
        error,
      );
    };
    const metadata = INTAKE_FIELDS.map((name) =>
      field(
        name,
        LABELS[name],
        h('input', {
          type: name === 'published' ? 'date' : name === 'url' ? 'url' : 'text',
          required: REQUIRED.has(name),
          autocomplete: 'off',
        }),
        name === 'series' ? 'With its number, as the publisher gives it (Sejong Focus No.25).' : undefined,
      ),
    );
    const paste = h('input', {
      type: 'radio',
      name: 'source',
      id: 'source-paste',
      value: 'paste',
      checked: true,
    });
    const upload = h('input', { type: 'radio', name: 'source', id: 'source-upload', value: 'upload' });
    const textField = field(
      'text',
      'Text of the brief',
      h('textarea', { rows: 14, spellcheck: false }),
      'Plain text; paragraphs separated by blank lines. Every quote refers to this text as it is.',
    );
    const fileField = field(
      'file',
      'File',
      h('input', { type: 'file', accept: '.pdf,.html,.htm,.txt,application/pdf,text/html,text/plain' }),
      'A PDF, HTML or .txt file; its text is extracted on the server, paragraph breaks kept.',
    );
    fileField.hidden = true;
    const sync = () => {
      textField.hidden = !paste.checked;
      fileField.hidden = paste.checked;
    };
    paste.addEventListener('change', sync);
    upload.addEventListener('change', sync);

    const form = h(
      'form',
      { class: 'wb-intake', novalidate: true, 'aria-labelledby': 'intake-title' },
      h('fieldset', { class: 'wb-fieldset wb-metadata' }, h('legend', null, 'About the brief'), ...metadata),
      h(
        'fieldset',
        { class: 'wb-fieldset' },
        h('legend', null, 'The text'),
        h(
          'div',
          { class: 'wb-choice', role: 'radiogroup', 'aria-label': 'Where the text comes from' },
          h('label', { for: 'source-paste' }, paste, ' Paste the text'),
          h('label', { for: 'source-upload' }, upload, ' Upload a file'),
        ),
        textField,
        fileField,
      ),
      this.formError,
      h('p', { class: 'wb-actions' }, this.submit),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send(paste.checked);
    });
    this.root.replaceChildren(
      h(
        'div',
        { class: 'wb-page wb-page-narrow' },
        h('h1', { id: 'intake-title', class: 'wb-title' }, 'Add a brief'),
        h(
          'p',
          { class: 'wb-lede' },
          'The server drafts its actors and relationships with exact quotes in seconds; you review them next, and nothing enters the graph until you save.',
        ),
        form,
      ),
    );
  }

  private value(name: IntakeField): string {
    return this.inputs.get(name)?.value ?? '';
  }

  private showError(name: IntakeField | null, message: string): void {
    const error = name ? this.errors.get(name) : undefined;
    const input = name ? this.inputs.get(name) : undefined;
    if (!error || !input) {
      this.formError.textContent = message;
      this.formError.hidden = false;
      return;
    }
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
  }

  private clearErrors(): void {
    for (const [name, error] of this.errors) {
      error.hidden = true;
      error.textContent = '';
      this.inputs.get(name)?.removeAttribute('aria-invalid');
    }
    this.formError.hidden = true;
  }

  private async send(pasted: boolean): Promise<void> {
    this.clearErrors();
    const missing = INTAKE_FIELDS.filter((n) => REQUIRED.has(n) && !this.value(n).trim());
    for (const name of missing) this.showError(name, `${LABELS[name]} is required.`);
    const fileInput = this.inputs.get('file') as HTMLInputElement;
    const request = intakeRequest({
      fields: Object.fromEntries(INTAKE_FIELDS.map((n) => [n, this.value(n)])) as Record<
        (typeof INTAKE_FIELDS)[number],
        string
      >,
      source: pasted
        ? { kind: 'paste', text: this.value('text') }
        : { kind: 'upload', file: fileInput.files?.[0] ?? null },
    });
    if ('error' in request) this.showError(request.error, request.message);
    if (missing.length || 'error' in request) {
      this.root.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    this.submit.disabled = true;
    this.submit.textContent = 'Adding…';
    try {
      const created = await this.access.run((token) => this.api.createBrief(request, token));
      location.assign(reviewPath(created.id));
    } catch (error) {
      this.placeServerError(error);
      this.root.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
    } finally {
      this.submit.disabled = false;
      this.submit.textContent = 'Add and draft';
    }
  }

  /** The server's 4xx beside the field it names (details: [{ field, message }]), else above the button. */
  private placeServerError(error: unknown): void {
    const details = error instanceof ApiError && Array.isArray(error.details) ? error.details : [];
    let placed = false;
    for (const d of details as Array<{ field?: unknown; message?: unknown }>) {
      const name = typeof d.field === 'string' ? fieldOfProblem(d.field) : null;
      if (name && typeof d.message === 'string') {
        this.showError(name, d.message);
        placed = true;
      }
    }
    if (!placed) {
      const named = /^(?:Invalid [^:]+: )?(\w+): /.exec(errorMessage(error))?.[1];
      const name = named ? fieldOfProblem(named) : null;
      this.showError(name, errorMessage(error));
    }
  }
}
