// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bindCardKeys, type CardListHandlers, renderCards } from './card-list.ts';
import type { Card, Review } from './review-model.ts';

const card = (key: string, status: Card['status']): Card => ({
  key,
  source: 'PRK',
  target: 'JPN',
  type: 'PROVOCATION',
  modality: 'fact',
  attributes: {},
  evidence: [{ quote: 'launched a missile toward Japan', start: 0, end: 31 }],
  confidence: 0.75,
  cues: ['launched a missile'],
  inferred: key === 'b',
  negated: false,
  status,
  origin: 'draft',
});

const review: Review = {
  actors: {
    PRK: { id: 'PRK', name: 'North Korea', kind: 'state', aliases: [], isNew: false },
    JPN: { id: 'JPN', name: 'Japan', kind: 'state', aliases: [], isNew: false },
  },
  cards: [card('a', 'proposed'), card('b', 'accepted'), card('c', 'rejected')],
};

function setUp(selectedKey: string | null, readOnly = false) {
  const calls: string[] = [];
  const on: CardListHandlers = {
    select: (k) => calls.push(`select ${k}`),
    accept: (k) => calls.push(`accept ${k}`),
    edit: (k) => calls.push(`edit ${k}`),
    reject: (k) => calls.push(`reject ${k}`),
  };
  const list = document.createElement('ol');
  document.body.replaceChildren(list);
  renderCards(
    list,
    { review, vocabulary: null, selectedKey, problems: new Map([['c', ['quote not found']]]), readOnly },
    on,
  );
  bindCardKeys(list, on, () => readOnly);
  const press = (
    key: string,
    target = list.querySelector<HTMLElement>(`[data-key="${selectedKey ?? 'a'}"]`)!,
  ) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  return { list, calls, press };
}

describe('the relationship cards', () => {
  it('say source → type → target, status, modality, confidence, cues, quote and problems', () => {
    const { list } = setUp('b');
    const b = list.querySelector<HTMLElement>('[data-key=b]')!;
    expect(b.querySelector('.wb-card-title')?.textContent).toBe(
      'North Korea → provocation → Japan, Accepted',
    );
    expect(b.textContent).toContain('confidence 75 %');
    expect(b.textContent).toContain('inferred');
    expect(b.querySelector('.wb-quote')?.textContent).toBe('“launched a missile toward Japan”');
    expect(b.querySelector<HTMLButtonElement>('[data-action=accept]')?.disabled).toBe(true);
    const c = list.querySelector<HTMLElement>('[data-key=c]')!;
    expect(c.getAttribute('aria-describedby')).toBe('card-c-problems');
    expect(c.querySelector('#card-c-problems')?.textContent).toBe('quote not found');
  });

  it('are one Tab stop, the selected card', () => {
    const { list } = setUp('b');
    expect([...list.querySelectorAll('.wb-card')].map((el) => el.getAttribute('tabindex'))).toEqual([
      '-1',
      '0',
      '-1',
    ]);
  });

  it('move with arrows and j/k, and act with a, Enter, e, r and Delete', () => {
    const { calls, press } = setUp('b');
    for (const key of [
      'ArrowDown',
      'j',
      'ArrowUp',
      'k',
      'Home',
      'End',
      'a',
      'Enter',
      'e',
      'r',
      'Delete',
      'x',
    ])
      press(key);
    expect(calls).toEqual([
      'select c',
      'select c',
      'select a',
      'select a',
      'select a',
      'select c',
      'accept b',
      'accept b',
      'edit b',
      'reject b',
      'reject b',
    ]);
  });

  it('only move when read-only (a seed brief), and ignore keys typed in a button', () => {
    const ro = setUp('a', true);
    ro.press('a');
    ro.press('j');
    expect(ro.calls).toEqual(['select b']);
    const rw = setUp('a');
    rw.press('a', rw.list.querySelector<HTMLElement>('[data-key=a] [data-action=edit]')!);
    expect(rw.calls).toEqual([]);
  });
});
