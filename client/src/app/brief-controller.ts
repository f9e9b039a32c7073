import type { Brief, Evidence } from '@briefgraph/graph/domain/schemas';
import { type ApiClient, errorMessage } from '../api/api-client.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import { select } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { hiddenRelationshipIds, relatedIds, shownPath } from '../state/selectors.ts';
import { shallowEqual } from '../state/store.ts';
import { relationshipSentence, sentenceText, typeDisplayName } from '../text/sentences.ts';
import { type BriefReader, createBriefReader, type ReaderBrief } from '../ui/brief-reader/brief-reader.ts';

/**
 * Keeps the brief reader on the brief that holds the selection's evidence: fetches briefs once,
 * switches brief when the selected relationship is quoted elsewhere, and tells the reader what to
 * emphasise; it scrolls when the user's attention moves, unless it moved in the reader itself.
 */
export class BriefController {
  private readonly reader: BriefReader;
  private readonly cache = new Map<string, Promise<Brief>>();
  private list: readonly ReaderBrief[] = [];
  private state: AppState;
  private related: ReadonlySet<string> = new Set();
  private hidden: ReadonlySet<string> = new Set();
  /** The brief last asked for; a slower answer for an older request is dropped. */
  private wanted: string | null = null;

  constructor(
    private readonly api: Pick<ApiClient, 'brief'>,
    private readonly model: GraphModel,
    private readonly store: AppStore,
    private readonly visibility: (s: AppState) => Visibility,
    container: HTMLElement,
  ) {
    this.state = store.getState();
    this.reader = createBriefReader(container, {
      onSelectRelationship: (id) => store.dispatch(select({ kind: 'relationship', id }, 'reader')),
      onChooseBrief: (id) => void this.show(id, false),
      describe: (id) => {
        const rel = model.relationship(id);
        return rel ? sentenceText(relationshipSentence(rel, model.nameOf)) : typeDisplayName(id);
      },
    });
    this.reader.showEmpty('The brief appears here once the graph has loaded.');
  }

  /** Follows the store from now on: the brief list, the selection, the path, the filters. */
  connect(): () => void {
    const slice = (s: AppState) => ({
      briefs: s.briefs,
      selection: s.selection,
      path: shownPath(s),
      visibility: this.visibility(s),
      graphVersion: s.graphVersion,
      attention: s.attention,
    });
    return this.store.subscribe(
      slice,
      (next, prev, state) => {
        if (next.briefs !== prev?.briefs) this.setBriefList(next.briefs);
        const moved = prev !== undefined && next.attention !== prev.attention;
        void this.select(state, next.visibility, { scroll: moved && next.attention.origin !== 'reader' });
      },
      { equals: shallowEqual, immediate: true },
    );
  }

  async showEvidence(relationshipId: string, evidence: Evidence): Promise<void> {
    if (evidence.briefId !== this.reader.currentBriefId) await this.show(evidence.briefId, false);
    this.reader.scrollToEvidence(relationshipId, evidence.start);
  }

  /** Closes the overlap menu; true when there was one to close. */
  closeMenu(): boolean {
    if (!this.reader.isMenuOpen()) return false;
    this.reader.closeMenu(true);
    return true;
  }

  private setBriefList(list: readonly ReaderBrief[]): void {
    this.list = list;
    if (!this.reader.currentBriefId && !this.wanted && list[0]) void this.show(list[0].id, false);
    else if (!list.length && !this.wanted) this.reader.showEmpty('No brief is loaded.');
  }

  private async select(state: AppState, visibility: Visibility, options: { scroll: boolean }): Promise<void> {
    this.state = state;
    // The actor's relationships, or the path's, are marked less strongly than the selected one.
    this.related = relatedIds(state, this.model);
    this.hidden = hiddenRelationshipIds(this.model, visibility);
    const target = this.briefFor(state);
    if (target && target !== this.reader.currentBriefId) {
      await this.show(target, options.scroll);
      return;
    }
    this.paint(options.scroll);
  }

  private briefFor(state: AppState): string | null {
    const current = this.reader.currentBriefId ?? this.wanted;
    const selection = state.selection;
    const ids = selection?.kind === 'relationship' ? [selection.id] : [...this.related];
    const rels = ids.map((id) => this.model.relationship(id)).filter((r) => r !== undefined);
    const briefIds = rels.flatMap((r) => r.evidence.map((e) => e.briefId));
    if (briefIds.length === 0) return current ?? this.list[0]?.id ?? null;
    return current && briefIds.includes(current) ? current : (briefIds[0] ?? null);
  }

  private paint(scroll: boolean): void {
    const sel = this.state.selection;
    this.reader.setEmphasis(
      { selected: sel?.kind === 'relationship' ? sel.id : null, related: this.related, hidden: this.hidden },
      { scroll },
    );
  }

  private async show(briefId: string, scroll: boolean): Promise<void> {
    this.wanted = briefId;
    const title = this.list.find((b) => b.id === briefId)?.title ?? 'Brief';
    let request = this.cache.get(briefId);
    if (!request) {
      request = this.api.brief(briefId);
      this.cache.set(briefId, request);
      this.reader.showLoading(title);
    }
    try {
      const brief = await request;
      if (this.wanted !== briefId) return;
      this.reader.showBrief(brief, this.list);
      this.paint(scroll);
    } catch (error) {
      this.cache.delete(briefId);
      if (this.wanted !== briefId) return;
      this.reader.showError(errorMessage(error), () => void this.show(briefId, scroll));
    }
  }
}
