import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import { showBriefs, toggleBrief } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import {
  briefsInRange,
  dayDate,
  dayFraction,
  rangeOf,
  type Timeline,
  timeline,
} from '../state/brief-timeline.ts';
import { shallowEqual } from '../state/store.ts';
import { formatDate } from '../text/sentences.ts';
import { h } from './dom.ts';

/**
 * The briefs as a filter: a time bar over their publication dates (a mark per brief and a range
 * of two handles, which shows the briefs published in it) and a checkbox per brief (title,
 * publisher, date). Both dispatch the `briefs` filter (state/actions.ts showBriefs, toggleBrief).
 * With one brief there is nothing to choose: the section stays hidden. A brief not reviewed yet
 * supports no relationship; it is listed greyed, "awaiting review", and left off the time bar.
 */

type Range = { from: number; to: number };

export function createBriefFilter(container: HTMLElement, store: AppStore) {
  let signature = '';
  let line: Timeline | null = null;
  /** The handles' days: kept while they still select the briefs shown, so a drag is not snapped. */
  let range: Range | null = null;
  const dispatch = store.dispatch;

  const byId = (id: string) => store.getState().briefs.find((b) => b.id === id);
  const shownIds = (briefs: readonly BriefListItem[], shown: ReadonlySet<string> | null) =>
    new Set(shown ?? briefs.map((b) => b.id));
  const sameSet = (a: ReadonlySet<string>, b: readonly string[]) =>
    a.size === b.length && b.every((id) => a.has(id));

  function onRange(which: 'from' | 'to', input: HTMLInputElement) {
    if (!line || !range) return;
    const day = Number(input.value);
    range =
      which === 'from'
        ? { from: Math.min(day, range.to), to: range.to }
        : { from: range.from, to: Math.max(day, range.from) };
    input.value = String(which === 'from' ? range.from : range.to);
    const ids = briefsInRange(line, range.from, range.to);
    const all = ids.length === line.marks.length;
    dispatch(showBriefs(all ? null : ids));
    drawRange();
  }

  function slider(which: 'from' | 'to', t: Timeline) {
    return h('input', {
      type: 'range',
      class: `timebar-handle timebar-${which}`,
      min: t.first,
      max: t.last,
      step: 1,
      value: which === 'from' ? t.first : t.last,
      'aria-label': which === 'from' ? 'Published from' : 'Published until',
      'data-testid': `timebar-${which}`,
      oninput: (e: Event) => onRange(which, e.target as HTMLInputElement),
    });
  }

  function build(briefs: readonly BriefListItem[]) {
    // A brief awaiting review has nothing to show: it takes no place on the bar.
    line = timeline(briefs.filter((b) => b.reviewed));
    range = line ? { from: line.first, to: line.last } : null;
    const bar = line
      ? h(
          'div',
          { class: 'timebar', role: 'group', 'aria-labelledby': 'timebar-title', 'data-testid': 'timebar' },
          h(
            'div',
            { class: 'legend-heading' },
            h('h3', { id: 'timebar-title' }, 'Published'),
            h('output', { class: 'timebar-range', 'data-testid': 'timebar-range', 'aria-live': 'off' }),
          ),
          h(
            'div',
            { class: 'timebar-track' },
            h('div', { class: 'timebar-selected', 'aria-hidden': 'true' }),
            ...line.marks.map((m) => {
              const b = briefs.find((x) => x.id === m.id);
              return h('span', {
                class: 'timebar-mark',
                'data-brief': m.id,
                'aria-hidden': 'true',
                title: `${b?.title ?? m.id}, ${formatDate(dayDate(m.day))}`,
                style: `left:${(dayFraction(line as Timeline, m.day) * 100).toFixed(2)}%`,
              });
            }),
            slider('from', line),
            slider('to', line),
          ),
          h(
            'div',
            { class: 'timebar-ends', 'aria-hidden': 'true' },
            h('span', null, dayDate(line.first).slice(0, 7)),
            h('span', null, dayDate(line.last).slice(0, 7)),
          ),
        )
      : null;
    container.replaceChildren(
      h(
        'div',
        { class: 'legend-heading' },
        h('h2', { class: 'section-title', id: 'brief-filter-title' }, 'Briefs'),
        h(
          'div',
          { class: 'legend-actions' },
          h(
            'button',
            { type: 'button', class: 'link-button', onclick: () => dispatch(showBriefs(null)) },
            'All',
          ),
        ),
      ),
      bar ?? '',
      h(
        'ul',
        { class: 'brief-list', 'aria-label': 'Briefs shown' },
        ...briefs.map((b) =>
          h(
            'li',
            { class: b.reviewed ? 'brief-option' : 'brief-option is-awaiting' },
            h(
              'label',
              null,
              h('input', {
                type: 'checkbox',
                'data-key': `brief-${b.id}`,
                'data-testid': `brief-option-${b.id}`,
                disabled: !b.reviewed,
                onchange: () => dispatch(toggleBrief(b.id)),
              }),
              h(
                'span',
                { class: 'brief-option-text' },
                h('span', { class: 'brief-option-title' }, b.title),
                h(
                  'span',
                  { class: 'brief-option-meta' },
                  `${b.publisher} · ${formatDate(b.publishedOn)}${b.reviewed ? '' : ' · awaiting review'}`,
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function drawRange() {
    if (!line || !range) return;
    const from = dayFraction(line, range.from) * 100;
    const to = dayFraction(line, range.to) * 100;
    const selected = container.querySelector<HTMLElement>('.timebar-selected');
    if (selected)
      selected.style.cssText = `left:${from.toFixed(2)}%;width:${Math.max(0, to - from).toFixed(2)}%`;
    const text = `${formatDate(dayDate(range.from))} – ${formatDate(dayDate(range.to))}`;
    const output = container.querySelector('.timebar-range');
    if (output) output.textContent = text;
    for (const [which, day] of [
      ['from', range.from],
      ['to', range.to],
    ] as const) {
      const input = container.querySelector<HTMLInputElement>(`.timebar-${which}`);
      if (!input) continue;
      if (Number(input.value) !== day) input.value = String(day);
      input.setAttribute('aria-valuetext', formatDate(dayDate(day)));
    }
    // The two inputs lie on one track, the later one on top: with both handles in the right
    // half the "from" handle must be the one on top, or a pointer could not take it back left.
    const fromInput = container.querySelector<HTMLInputElement>('.timebar-from');
    if (fromInput) fromInput.classList.toggle('is-on-top', range.from > (line.first + line.last) / 2);
    for (const mark of container.querySelectorAll<HTMLElement>('.timebar-mark')) {
      const day = line.marks.find((m) => m.id === mark.dataset.brief)?.day ?? Number.NaN;
      mark.classList.toggle('is-in', day >= range.from && day <= range.to);
    }
  }

  function update(briefs: readonly BriefListItem[], shown: ReadonlySet<string> | null) {
    const ids = shownIds(briefs, shown);
    for (const box of container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const id = (box.dataset.key ?? '').slice('brief-'.length);
      box.checked = ids.has(id) && byId(id)?.reviewed !== false;
    }
    if (line && range && !sameSet(ids, briefsInRange(line, range.from, range.to))) {
      range = rangeOf(line, shown);
    }
    drawRange();
  }

  function render(briefs: readonly BriefListItem[], shown: ReadonlySet<string> | null) {
    // One brief (or none) leaves nothing to choose between; an open link's filter still applies.
    container.hidden = briefs.length < 2;
    if (container.hidden) return;
    const next = JSON.stringify(briefs.map((b) => [b.id, b.title, b.publishedOn, b.reviewed]));
    if (next !== signature) {
      const focusedKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
      signature = next;
      build(briefs);
      if (focusedKey) container.querySelector<HTMLElement>(`[data-key="${focusedKey}"]`)?.focus();
    }
    update(briefs, shown);
  }

  return {
    connect: () =>
      store.subscribe(
        (s) => ({ briefs: s.briefs, shown: s.filters.briefs }),
        ({ briefs, shown }) => render(briefs, shown),
        { equals: shallowEqual, immediate: true },
      ),
  };
}
