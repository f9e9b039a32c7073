/**
 * /briefs/:id/review: the brief text with the drafted quotes marked beside the relationship
 * cards; accept, edit, reject, or select text for a new one; undo; the work kept in local
 * storage until it is saved (PUT …/annotations) or discarded.
 */
import type { Brief } from '@briefgraph/graph/domain/schemas';
import {
  type AnnotationBody,
  type ApiClient,
  ApiError,
  type DraftAnnotation,
  errorMessage,
  type Vocabulary,
} from '../api/api-client.ts';
import { h, isTyping } from '../ui/dom.ts';
import { buildAnnotationBody } from './annotation-body.ts';
import { openEditor } from './card-editor.ts';
import { bindCardKeys, type CardListHandlers, renderCards, typeLabel } from './card-list.ts';
import { knownRelationships } from './known-relationships.ts';
import { reviewLayout } from './review-layout.ts';
import {
  type Card,
  type CardFields,
  createCard,
  editCard,
  initialReview,
  type Review,
  type Span,
  setStatus,
} from './review-model.ts';
import { forgetReview, restoreReview, storageKey, storeReview } from './review-storage.ts';
import { explorerPath } from './route.ts';
import { placeProblems, problemsOf, unsupportedFlagsHint } from './server-problems.ts';
import { selectionToSpan, type TextSelection } from './text-offsets.ts';
import { renderText, revealCard } from './text-pane.ts';
import { emptyUndo, popUndo, pushUndo, type UndoStack } from './undo-stack.ts';
import type { WriteAccess } from './write-access.ts';

type BriefWithStatus = Brief;

export class ReviewPage {
  private brief: BriefWithStatus | null = null;
  private vocabulary: Vocabulary | null = null;
  private review: Review = { actors: {}, cards: [] };
  private undo: UndoStack<Review> = emptyUndo();
  private selectedKey: string | null = null;
  private problems = new Map<string, string[]>();
  private frontMatter: { fromLine: number; toLine: number; note?: string }[] = [];
  private selection: TextSelection | null = null;
  private busy = false;

  private readonly textEl = h('div', {
    class: 'wb-text',
    id: 'wb-text',
    'data-testid': 'review-text',
  });
  private readonly listEl = h('ol', {
    class: 'wb-cards',
    'aria-label': 'Relationships',
    'data-testid': 'review-cards',
  });
  private readonly counts = h('p', { class: 'wb-counts', 'data-testid': 'review-counts' });
  private readonly notices = h('div', { class: 'wb-notices' });
  private readonly problemsEl = h('section', {
    class: 'wb-problems',
    'aria-labelledby': 'wb-problems-title',
    hidden: true,
  });
  private readonly resultEl = h('div', { class: 'wb-result', 'data-testid': 'save-result' });
  private readonly createButton = h(
    'button',
    { class: 'button', type: 'button', disabled: true, 'data-testid': 'create-from-selection' },
    'New relationship from selection',
  );
  private readonly selectionHint = h('p', { class: 'wb-hint wb-selection-hint', 'aria-live': 'polite' });
  private readonly saveButton = h(
    'button',
    { class: 'button primary', type: 'button', 'data-testid': 'save' },
    'Save',
  );
  private readonly undoButton = h(
    'button',
    { class: 'button', type: 'button', 'data-testid': 'undo' },
    'Undo',
  );
  private readonly discardButton = h(
    'button',
    { class: 'button', type: 'button', 'data-testid': 'discard' },
    'Discard my changes',
  );
  private readonly deleteButton = h(
    'button',
    { class: 'button danger', type: 'button', 'data-testid': 'delete-brief' },
    'Delete brief',
  );

  private readonly handlers: CardListHandlers = {
    select: (key) => this.select(key, { reveal: true, focus: true }),
    accept: (key) => this.act('Accepted', (r) => setStatus(r, key, 'accepted'), key),
    reject: (key) => this.act('Rejected', (r) => setStatus(r, key, 'rejected'), key),
    edit: (key) => void this.edit(key),
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly live: HTMLElement,
    private readonly api: ApiClient,
    private readonly access: WriteAccess,
    private readonly briefId: string,
    private readonly storage: Storage = localStorage,
  ) {}

  private get readOnly(): boolean {
    return this.brief?.origin === 'seed';
  }

  private get key(): string {
    return storageKey(this.briefId, this.brief?.sha256 ?? '');
  }

  async start(): Promise<void> {
    this.root.replaceChildren(
      h('p', { class: 'wb-loading', role: 'status' }, 'Loading the brief and drafting its relationships…'),
    );
    try {
      const [brief, vocabulary] = await Promise.all([this.api.brief(this.briefId), this.api.vocabulary()]);
      this.brief = brief;
      this.vocabulary = vocabulary;
      const saved = brief.reviewed ? await this.api.annotations(this.briefId).catch(() => null) : null;
      this.frontMatter = saved?.frontMatter ?? [];
      const restored = restoreReview(this.storage, this.key, brief.text.length);
      let draft: DraftAnnotation | null = null;
      if (!restored) draft = await this.api.draft(this.briefId);
      this.review = restored?.review ?? initialReview(brief.text, draft, saved);
      this.layout(restored?.savedAt ?? null, saved !== null);
      this.draw();
    } catch (error) {
      this.root.replaceChildren(
        h('h1', { class: 'wb-title' }, 'This brief cannot be reviewed'),
        h('p', { role: 'alert' }, errorMessage(error)),
        h(
          'p',
          null,
          h('a', { href: '/briefs/new' }, 'Add a brief'),
          ' · ',
          h('a', { href: '/' }, 'Explorer'),
        ),
      );
    }
  }

  private layout(restoredAt: string | null, fromSaved: boolean): void {
    const brief = this.brief as BriefWithStatus;
    document.title = `Review: ${brief.title} — briefgraph`;
    const authors = brief.authors.map((a) => a.name).join(', ');
    if (this.readOnly) {
      this.notices.append(
        h(
          'p',
          { class: 'wb-notice', 'data-testid': 'seed-notice' },
          'This is a seed brief: its annotation is edited in seeds/ and loaded at start-up, so it cannot be saved from here. You can still look at the draft beside it.',
        ),
      );
    } else if (fromSaved) {
      this.notices.append(
        h(
          'p',
          { class: 'wb-notice' },
          'Saved before: its relationships are accepted below, with the draft’s other proposals.',
        ),
      );
    }
    if (restoredAt) {
      this.notices.append(
        h(
          'p',
          { class: 'wb-notice', 'data-testid': 'restored-notice' },
          `Your unsaved changes from ${new Date(restoredAt).toLocaleString()} are back. “Discard my changes” starts again from the server.`,
        ),
      );
    }
    this.saveButton.disabled = this.readOnly;
    this.deleteButton.hidden = brief.origin !== 'app';
    this.undoButton.hidden = this.readOnly;
    this.createButton.hidden = this.readOnly;
    this.discardButton.hidden = this.readOnly;
    this.saveButton.addEventListener('click', () => void this.save());
    this.undoButton.addEventListener('click', () => this.undoLast());
    this.discardButton.addEventListener('click', () => this.discard());
    this.deleteButton.addEventListener('click', () => void this.deleteBrief());
    this.createButton.addEventListener('click', () => void this.createFromSelection());
    bindCardKeys(this.listEl, this.handlers, () => this.readOnly);
    document.addEventListener('selectionchange', () => this.trackSelection());
    document.addEventListener('keydown', (event) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'z' &&
        !isTyping(event.target)
      ) {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        this.undoLast();
      }
    });

    this.root.replaceChildren(
      reviewLayout({
        title: brief.title,
        meta: [brief.publisher, brief.series, brief.number, brief.publishedOn, authors]
          .filter(Boolean)
          .join(' · '),
        readOnly: this.readOnly,
        notices: this.notices,
        counts: this.counts,
        actions: [this.undoButton, this.discardButton, this.deleteButton, this.saveButton],
        problems: this.problemsEl,
        result: this.resultEl,
        createButton: this.createButton,
        selectionHint: this.selectionHint,
        text: this.textEl,
        cards: this.listEl,
      }),
    );
  }

  private draw(): void {
    const brief = this.brief;
    if (!brief) return;
    const hadFocus = this.listEl.contains(document.activeElement);
    renderText(this.textEl, brief.text, this.review.cards, this.selectedKey, {
      onMarkClick: (keys) => {
        const i = this.selectedKey ? keys.indexOf(this.selectedKey) : -1;
        const next = keys[(i + 1) % keys.length];
        if (next) this.select(next, { reveal: false, focus: true, scrollCard: true });
      },
    });
    renderCards(
      this.listEl,
      {
        review: this.review,
        vocabulary: this.vocabulary,
        selectedKey: this.selectedKey,
        problems: this.problems,
        readOnly: this.readOnly,
      },
      this.handlers,
    );
    const count = (s: Card['status']) => this.review.cards.filter((c) => c.status === s).length;
    this.counts.textContent = `${count('accepted')} accepted · ${count('proposed')} proposed · ${count('rejected')} rejected`;
    this.undoButton.disabled = this.undo.past.length === 0;
    this.saveButton.disabled = this.readOnly || this.busy;
    if (hadFocus) this.focusCard(this.selectedKey);
  }

  private focusCard(key: string | null): void {
    const el = key ? this.listEl.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
    (el ?? this.listEl.querySelector<HTMLElement>('.wb-card'))?.focus({ preventScroll: false });
  }

  private select(key: string, how: { reveal: boolean; focus: boolean; scrollCard?: boolean }): void {
    this.selectedKey = key;
    this.draw();
    if (how.focus) this.focusCard(key);
    if (how.reveal) revealCard(this.textEl, key);
    if (how.scrollCard)
      this.listEl.querySelector(`[data-key="${CSS.escape(key)}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  /** One undoable change: the state before goes on the undo stack, the work into local storage. */
  private act(label: string, change: (r: Review) => Review, key: string | null): void {
    if (this.readOnly) return;
    const next = change(this.review);
    this.undo = pushUndo(this.undo, this.review, label);
    this.review = next;
    if (key) this.selectedKey = key;
    storeReview(this.storage, this.key, this.review);
    this.draw();
    if (key) this.focusCard(key);
    this.say(`${label}: ${this.describe(key)}.`);
  }

  private describe(key: string | null): string {
    const c = this.review.cards.find((x) => x.key === key);
    if (!c) return 'relationship';
    const name = (id: string) => this.review.actors[id]?.name ?? id;
    return `${name(c.source)} ${typeLabel(this.vocabulary, c.type)} ${name(c.target)}`;
  }

  private undoLast(): void {
    const last = popUndo(this.undo);
    if (!last) {
      this.say('Nothing to undo.');
      return;
    }
    this.undo = last.stack;
    this.review = last.state;
    storeReview(this.storage, this.key, this.review);
    this.draw();
    this.focusCard(this.selectedKey);
    this.say(`Undone: ${last.label.toLowerCase()}.`);
  }

  private discard(): void {
    if (
      !confirm('Discard every change made here since the last save, and start again from the server’s draft?')
    )
      return;
    forgetReview(this.storage, this.key);
    location.reload();
  }

  private trackSelection(): void {
    if (!this.brief || this.readOnly) return;
    const span = selectionToSpan(this.textEl, window.getSelection(), this.brief.text);
    if (!span && document.activeElement === this.createButton) return;
    this.selection = span;
    this.createButton.disabled = !span;
    this.selectionHint.textContent = span
      ? `Selected: “${span.quote.length > 80 ? `${span.quote.slice(0, 77)}…` : span.quote}”`
      : '';
  }

  private editorActors() {
    return Object.values(this.review.actors);
  }

  private async createFromSelection(): Promise<void> {
    const span = this.selection;
    if (!span || !this.vocabulary) return;
    const evidence: Span[] = [{ quote: span.quote, start: span.start, end: span.end }];
    const result = await openEditor(
      this.root,
      { title: 'New relationship', fields: { evidence }, actors: this.editorActors() },
      this.vocabulary,
      this.api,
    );
    if (!result) return;
    const before = this.review.cards.length;
    this.act('Created', (r) => createCard(r, result.fields, result.actors), null);
    const made = this.review.cards[before];
    if (made) this.select(made.key, { reveal: true, focus: true });
    window.getSelection()?.removeAllRanges();
  }

  private async edit(key: string): Promise<void> {
    const card = this.review.cards.find((c) => c.key === key);
    if (!card || !this.vocabulary) return;
    const fields: Partial<CardFields> & { evidence: readonly Span[] } = { ...card };
    const result = await openEditor(
      this.root,
      { title: `Edit: ${this.describe(key)}`, fields, actors: this.editorActors() },
      this.vocabulary,
      this.api,
    );
    if (!result) {
      this.focusCard(key);
      return;
    }
    this.act('Edited', (r) => editCard(r, key, result.fields, result.actors), key);
  }

  private async save(): Promise<void> {
    const brief = this.brief;
    if (!brief || this.readOnly || this.busy) return;
    if (!this.review.cards.some((c) => c.status === 'accepted')) {
      this.showResult('error', 'Accept at least one relationship before saving.');
      return;
    }
    this.busy = true;
    this.saveButton.textContent = 'Saving…';
    this.draw();
    const undirected = new Set(
      this.vocabulary?.relationshipTypes.filter((t) => !t.directed).map((t) => t.name as string),
    );
    let sent: { body: AnnotationBody; cardKeys: readonly string[] } | null = null;
    try {
      const known = await knownRelationships(this.api, this.review, this.briefId, undirected);
      sent = buildAnnotationBody(brief, this.review, { frontMatter: this.frontMatter, known, undirected });
      const { body } = sent;
      const saved = await this.access.run((token) => this.api.saveAnnotations(brief.id, body, token));
      forgetReview(this.storage, this.key);
      this.problems = new Map();
      this.problemsEl.hidden = true;
      this.showResult(
        'ok',
        `Saved: ${saved.relationships} relationships and ${saved.actors} actors. The graph now holds ${saved.graph.briefs} briefs, ${saved.graph.actors} actors and ${saved.graph.relationships} relationships.`,
        true,
      );
    } catch (error) {
      this.showProblems(error, sent?.cardKeys ?? [], sent?.body.relationships.map((r) => r.id) ?? []);
    } finally {
      this.busy = false;
      this.saveButton.textContent = 'Save';
      this.draw();
    }
  }

  private showProblems(error: unknown, cardKeys: readonly string[], sentIds: readonly string[]): void {
    const lines = error instanceof ApiError ? problemsOf(error.details) : [];
    const placed = placeProblems(lines, cardKeys, sentIds);
    this.problems = new Map();
    for (const p of placed) {
      if (p.cardKey) this.problems.set(p.cardKey, [...(this.problems.get(p.cardKey) ?? []), p.message]);
    }
    const why = placed.length
      ? `the server refused the annotation (${placed.length} problem${placed.length === 1 ? '' : 's'}, listed above).`
      : errorMessage(error);
    // No answer is not a refusal: the server may still be saving.
    if (error instanceof ApiError && error.status === 0) {
      this.showResult(
        'error',
        `No answer yet: ${errorMessage(error)} The save may still finish; reload the page in a moment to see whether the brief is saved. Your work stays here meanwhile.`,
      );
      return;
    }
    this.showResult('error', `Not saved: ${why} Nothing was changed.`);
    this.problemsEl.replaceChildren(
      h(
        'h2',
        { id: 'wb-problems-title' },
        `${placed.length} problem${placed.length === 1 ? '' : 's'} to fix`,
      ),
      ...[unsupportedFlagsHint(lines)].filter((t) => t !== null).map((t) => h('p', null, t)),
      h(
        'ul',
        null,
        ...placed.map((p) =>
          h(
            'li',
            null,
            p.cardKey
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    onclick: () => this.select(p.cardKey as string, { reveal: true, focus: true }),
                  },
                  p.message,
                )
              : p.message,
          ),
        ),
      ),
    );
    this.problemsEl.hidden = placed.length === 0;
  }

  private showResult(kind: 'ok' | 'error', message: string, withLink = false): void {
    this.resultEl.replaceChildren(
      h(
        'p',
        { class: `wb-result-line is-${kind}` },
        message,
        withLink ? ' ' : null,
        withLink
          ? h('a', { href: explorerPath(), 'data-testid': 'open-explorer' }, 'Open in the explorer')
          : null,
      ),
    );
    this.say(message);
  }

  private async deleteBrief(): Promise<void> {
    const brief = this.brief;
    if (brief?.origin !== 'app') return;
    if (
      !confirm(
        `Delete “${brief.title}” and its evidence? Relationships and actors no other brief supports go with it.`,
      )
    )
      return;
    try {
      await this.access.run((token) => this.api.deleteBrief(brief.id, token));
      forgetReview(this.storage, this.key);
      this.root.replaceChildren(
        h('h1', { class: 'wb-title' }, 'Brief deleted'),
        h('p', { role: 'status' }, `“${brief.title}” is no longer in the graph.`),
        h(
          'p',
          null,
          h('a', { href: '/briefs/new' }, 'Add a brief'),
          ' · ',
          h('a', { href: '/' }, 'Explorer'),
        ),
      );
    } catch (error) {
      this.showResult('error', `Not deleted: ${errorMessage(error)}`);
    }
  }

  private say(message: string): void {
    this.live.textContent = '';
    // A new text node each time, so the same words are announced again.
    requestAnimationFrame(() => {
      this.live.textContent = message;
    });
  }
}
