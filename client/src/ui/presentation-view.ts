import { FIT_ZOOMS } from '../graph/cy-viewport.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import type { GraphView } from '../graph/graph-view-types.ts';
import { select } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import {
  hopCounter,
  type PresentationSteps,
  presentationSteps,
  presentedIndex,
} from '../state/presentation.ts';
import { setPresenting, stepHop } from '../state/screen-actions.ts';
import { emphasisIds } from '../state/selectors.ts';
import { typeDisplayName } from '../text/sentences.ts';
import { briefCitation } from './details/parts.ts';
import { h, isTyping } from './dom.ts';
import { typeSwatch } from './swatches.ts';

/**
 * Presentation mode (`p`, the toolbar's Present, `present=1`): the panels hidden and the graph
 * full screen with larger names; the path drawn (or the focus) stepped hop by hop with ← and →,
 * each hop fitted and selected, its sentence and the brief's quote as a caption with "Hop 2 of
 * 4"; a compact legend of the types on screen in a corner. Esc leaves.
 */

/** Names at 13–26 px on screen (a hop's two actors at the most): read from the back of a room. */
export const PRESENTATION_ZOOMS = { min: 1.1, max: 2.2 } as const;

export function createPresentationView(
  stage: HTMLElement,
  store: AppStore,
  model: GraphModel,
  visibility: (s: AppState) => Visibility,
) {
  const dispatch = store.dispatch;
  const counter = h('p', { class: 'present-counter', 'data-testid': 'present-counter' });
  const title = h('p', { class: 'present-title', 'data-testid': 'present-title' });
  const sentence = h('p', { class: 'present-sentence', 'data-testid': 'present-sentence' });
  const quote = h('blockquote', { class: 'present-quote', 'data-testid': 'present-quote' });
  // The audience quotes what it reads: the brief it comes from, under the quote.
  const source = h('p', { class: 'present-source', 'data-testid': 'present-source' });
  const step = (delta: number) => {
    const s = store.getState();
    const steps = presentationSteps(s, model, visibility(s));
    dispatch(stepHop(steps.key, delta, steps.hops.length));
  };
  const previous = h(
    'button',
    { type: 'button', class: 'button', 'data-testid': 'present-previous', onclick: () => step(-1) },
    '← Previous',
  );
  const next = h(
    'button',
    { type: 'button', class: 'button', 'data-testid': 'present-next', onclick: () => step(1) },
    'Next →',
  );
  const exit = h(
    'button',
    {
      type: 'button',
      class: 'button',
      'data-testid': 'present-exit',
      onclick: () => dispatch(setPresenting(false)),
    },
    'Exit (Esc)',
  );
  const legend = h('ul', {
    class: 'present-legend',
    'aria-label': 'Legend',
    'data-testid': 'present-legend',
  });
  const caption = h(
    'section',
    {
      class: 'present-caption',
      'aria-label': 'Presentation',
      'aria-live': 'polite',
      'data-testid': 'present-caption',
    },
    h('div', { class: 'present-head' }, counter, title),
    sentence,
    quote,
    h('div', { class: 'present-controls' }, source, previous, next, exit),
  );
  const overlay = h(
    'div',
    { class: 'presentation', 'data-testid': 'presentation', hidden: true },
    legend,
    caption,
  );
  stage.append(overlay);

  function drawLegend(types: readonly string[]) {
    legend.replaceChildren(
      ...types.map((type) => h('li', null, typeSwatch(type), h('span', null, typeDisplayName(type)))),
    );
  }

  function drawCaption(steps: PresentationSteps, index: number, s: AppState) {
    const hop = index >= 0 ? steps.hops[index] : undefined;
    counter.textContent = hopCounter(index, steps.hops.length);
    title.textContent = hop
      ? `${model.nameOf(hop.fromId)} → ${model.nameOf(hop.toId)}`
      : (steps.title ??
        (s.paths.status === 'loading' && s.pathIndex !== null
          ? 'Finding the path…'
          : 'Find a path or focus on an actor to step through it'));
    sentence.textContent = hop?.sentence ?? '';
    // A quote the whole graph came without is on its way (app/quote-loader.ts).
    quote.textContent = hop ? (hop.quote ? `“${hop.quote}”` : 'Loading the quote…') : '';
    source.textContent = hop
      ? briefCitation(
          s.briefs.find((b) => b.id === hop.briefId),
          hop.briefId,
        )
      : '';
    sentence.hidden = !hop;
    quote.hidden = !hop;
    previous.disabled = index < 0;
    next.disabled = index >= steps.hops.length - 1;
  }

  return {
    connect(view: GraphView) {
      const keys = (e: KeyboardEvent) => {
        if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
        const present = store.getState().present;
        if (e.key === 'p' || e.key === 'P') {
          e.preventDefault();
          dispatch(setPresenting(!present));
        } else if (present && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
          // Before the canvas's own keys, which would pan.
          e.preventDefault();
          e.stopPropagation();
          step(e.key === 'ArrowRight' ? 1 : -1);
        } else if (present && e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          dispatch(setPresenting(false));
        }
      };
      document.addEventListener('keydown', keys, { capture: true });

      const offMode = store.subscribe(
        (s) => s.present,
        (present) => {
          document.body.classList.toggle('presenting', present);
          overlay.hidden = !present;
          view.setFitZooms(present ? PRESENTATION_ZOOMS : FIT_ZOOMS);
        },
        { immediate: true },
      );
      const offSteps = store.subscribe(
        (s) => {
          const steps = presentationSteps(s, model, visibility(s));
          return {
            present: s.present,
            steps,
            index: presentedIndex(s, steps),
            key: steps.key,
            n: steps.hops.length,
            // A search that ends (or fails) changes what the caption says, even with nothing to step.
            search: s.paths.status,
          };
        },
        ({ present, steps, index }, _, s) => {
          if (!present) return;
          drawCaption(steps, index, s);
          const hop = index >= 0 ? steps.hops[index] : undefined;
          const types = hop
            ? [model.relationship(hop.relationshipId)?.type ?? '']
            : [...new Set(steps.hops.map((x) => model.relationship(x.relationshipId)?.type ?? ''))];
          drawLegend(types.filter(Boolean));
          // The graph ends above the caption, so a fitted hop is never under it.
          stage.style.setProperty('--present-caption', `${caption.offsetHeight + 32}px`);
          // After the canvas has its full-screen size (the panels have just gone).
          requestAnimationFrame(() => {
            view.resize();
            if (hop) {
              dispatch(select({ kind: 'relationship', id: hop.relationshipId }, 'graph'));
              view.fit([hop.fromId, hop.relationshipId, hop.toId]);
            } else {
              const emphasis = emphasisIds(s, model, visibility(s));
              view.fit(emphasis ? emphasis.keep : undefined);
            }
          });
        },
        // `steps` is new each time: compare what it stands for.
        {
          equals: (a, b) =>
            a.present === b.present &&
            a.key === b.key &&
            a.index === b.index &&
            a.n === b.n &&
            a.search === b.search,
          immediate: true,
        },
      );
      // Quotes that arrive redraw the caption only: nothing is selected or fitted again.
      const offQuotes = store.subscribe(
        (s) => s.quotesVersion,
        (_, __, s) => {
          if (!s.present) return;
          const steps = presentationSteps(s, model, visibility(s));
          drawCaption(steps, presentedIndex(s, steps), s);
        },
      );
      return () => {
        document.removeEventListener('keydown', keys, { capture: true });
        offMode();
        offSteps();
        offQuotes();
      };
    },
  };
}
