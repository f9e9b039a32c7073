// @vitest-environment happy-dom
import type { Brief, EvidenceSpan } from '@briefgraph/graph/domain/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBriefReader } from './brief-reader.ts';

const text = 'North Korea provokes the South. China and Russia support the North.\n\nLast line.';

function span(relationshipId: string, quote: string, type: EvidenceSpan['type']): EvidenceSpan {
  const start = text.indexOf(quote);
  return { briefId: 'b', quote, start, end: start + quote.length, relationshipId, type, modality: 'fact' };
}

const brief: Brief = {
  id: 'b',
  title: 'A brief',
  series: 'Focus',
  number: 'No. 1',
  publisher: 'An institute',
  authors: [{ name: 'A. Author' }],
  publishedOn: '2023-04-03',
  language: 'en',
  sha256: '0'.repeat(64),
  origin: 'seed',
  reviewed: true,
  text,
  spans: [
    span('prk-provocation-kor', 'North Korea provokes the South', 'PROVOCATION'),
    span('chn-support-prk', 'China and Russia support the North', 'SUPPORT'),
    span('rus-support-prk', 'Russia support the North', 'SUPPORT'),
  ],
  frontMatter: [],
};

let container: HTMLElement;
let chosen: string[];

function reader() {
  const r = createBriefReader(container, {
    onSelectRelationship: (id) => chosen.push(id),
    onChooseBrief: () => {},
    describe: (id) => `sentence of ${id}`,
  });
  r.showBrief(brief, []);
  return r;
}

const marks = () => [...container.querySelectorAll<HTMLElement>('mark')];
const classesOf = (cls: string) =>
  marks()
    .filter((m) => m.classList.contains(cls))
    .map((m) => m.textContent);

beforeEach(() => {
  container = document.createElement('section');
  document.body.replaceChildren(container);
  chosen = [];
});

describe('the brief reader', () => {
  it('heads the brief with its series, title and how many relationships it quotes', () => {
    reader();
    expect(container.querySelector('.kicker')?.textContent).toBe('Focus · No. 1');
    expect(container.querySelector('#reader-title')?.textContent).toBe('A brief');
    expect(container.querySelector('.reader-meta')?.textContent).toBe(
      'A. Author · An institute · 3 April 2023 · 3 relationships quoted',
    );
  });

  it('marks each quoted piece once, overlapping quotes cut where they overlap', () => {
    reader();
    expect(marks().map((m) => [m.textContent, m.dataset.relationshipIds])).toEqual([
      ['North Korea provokes the South', 'prk-provocation-kor'],
      ['China and ', 'chn-support-prk'],
      ['Russia support the North', 'rus-support-prk chn-support-prk'],
    ]);
  });

  it('lights the selected relationship, marks the related less strongly, and mutes the hidden', () => {
    const r = reader();
    r.setEmphasis(
      {
        selected: 'rus-support-prk',
        related: new Set(['chn-support-prk']),
        hidden: new Set(['prk-provocation-kor']),
      },
      { scroll: false },
    );
    expect(classesOf('is-selected')).toEqual(['Russia support the North']);
    expect(classesOf('is-related')).toEqual(['China and ']);
    expect(classesOf('is-muted')).toEqual(['North Korea provokes the South']);
    expect(marks().map((m) => m.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
  });

  it('clicking a passage of one relationship selects it', () => {
    reader();
    marks()[0]?.click();
    expect(chosen).toEqual(['prk-provocation-kor']);
  });

  it('a passage of several relationships offers them; choosing one selects it and closes the menu', () => {
    const r = reader();
    marks()[2]?.click();
    const items = [
      ...container.querySelectorAll<HTMLButtonElement>('[data-testid=span-menu] [role=menuitem]'),
    ];
    expect(items.map((b) => b.textContent)).toEqual([
      'sentence of rus-support-prk',
      'sentence of chn-support-prk',
    ]);
    expect(r.isMenuOpen()).toBe(true);
    items[1]?.click();
    expect(chosen).toEqual(['chn-support-prk']);
    expect(container.querySelector('[data-testid=span-menu]')).toBeNull();
  });

  it('Escape closes the menu and returns to its passage', () => {
    reader();
    marks()[2]?.click();
    container
      .querySelector('[data-testid=span-menu]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(container.querySelector('[data-testid=span-menu]')).toBeNull();
    expect(document.activeElement).toBe(marks()[2]);
  });

  it('with more than one brief, offers to choose another', () => {
    const picked: string[] = [];
    const r = createBriefReader(container, {
      onSelectRelationship: () => {},
      onChooseBrief: (id) => picked.push(id),
      describe: (id) => id,
    });
    r.showBrief(brief, [
      brief,
      { ...brief, id: 'other', title: 'Another brief', publishedOn: '2024-01-15' },
      { ...brief, id: 'draft', title: 'A draft', reviewed: false },
    ]);
    const chooser = container.querySelector<HTMLSelectElement>('.reader-chooser')!;
    expect([...chooser.options].map((o) => [o.value, o.selected])).toEqual([
      ['b', true],
      ['other', false],
      ['draft', false],
    ]);
    expect(chooser.options[1]?.textContent).toBe('Another brief · 15 January 2024');
    expect(chooser.options[2]?.textContent).toMatch(/· awaiting review$/);
    expect(chooser.closest('label')?.textContent).toContain('Read another brief');
    chooser.value = 'other';
    chooser.dispatchEvent(new Event('change'));
    expect(picked).toEqual(['other']);
  });
});

describe('the passages are one Tab stop', () => {
  const key = (el: HTMLElement, k: string) =>
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const stops = () => marks().filter((m) => m.tabIndex === 0);
  const focusable = () => marks().filter((m) => m.getAttribute('role') === 'button');

  it('only one passage is in the Tab order at a time: the first, at first', () => {
    reader();
    expect(focusable().length).toBeGreaterThan(2);
    expect(stops()).toEqual([focusable()[0]]);
  });

  it('arrow keys move to the next and previous passage, Home and End to the ends, and the stop follows', () => {
    reader();
    const all = focusable();
    all[0]?.focus();
    key(all[0] as HTMLElement, 'ArrowRight');
    expect(document.activeElement).toBe(all[1]);
    key(all[1] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(all[2]);
    key(all[2] as HTMLElement, 'ArrowLeft');
    expect(document.activeElement).toBe(all[1]);
    key(all[1] as HTMLElement, 'End');
    expect(document.activeElement).toBe(all[all.length - 1]);
    key(all[all.length - 1] as HTMLElement, 'ArrowRight');
    expect(document.activeElement).toBe(all[all.length - 1]);
    key(all[all.length - 1] as HTMLElement, 'Home');
    expect(document.activeElement).toBe(all[0]);
    expect(stops()).toEqual([all[0]]);
  });

  it('selecting a relationship elsewhere makes its passage the Tab stop', () => {
    const r = reader();
    r.setEmphasis({ selected: 'chn-support-prk', related: new Set(), hidden: new Set() }, { scroll: false });
    expect(stops().map((m) => m.dataset.relationshipIds)).toEqual([
      expect.stringContaining('chn-support-prk'),
    ]);
  });
});

describe('front matter', () => {
  const withFront = (): Brief => {
    const pageText = 'Site masthead\n\nView 2,417 · me@example.org\n\nNorth Korea provokes the South.';
    const quote = 'North Korea provokes the South';
    const start = pageText.indexOf(quote);
    return {
      ...brief,
      text: pageText,
      spans: [
        {
          briefId: 'b',
          quote,
          start,
          end: start + quote.length,
          relationshipId: 'prk-provocation-kor',
          type: 'PROVOCATION',
          modality: 'fact',
        },
      ],
      frontMatter: [
        { start: 0, end: 13 },
        { start: 15, end: pageText.indexOf('\n\nNorth') },
      ],
    };
  };

  it('is shown apart, collapsed, under "Source page details", not among the paragraphs', () => {
    const r = createBriefReader(container, {
      onSelectRelationship: () => {},
      onChooseBrief: () => {},
      describe: (id) => id,
    });
    r.showBrief(withFront(), []);
    const block = container.querySelector<HTMLDetailsElement>('[data-testid=front-matter]');
    expect(block?.open).toBe(false);
    expect(block?.querySelector('summary')?.textContent).toBe('Source page details');
    expect([...(block?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual([
      'Site masthead',
      'View 2,417 · me@example.org',
    ]);
    const own = [...container.querySelectorAll('[data-testid=brief-text] > p')].map((p) => p.textContent);
    expect(own).toEqual(['North Korea provokes the South.']);
    expect(marks().map((m) => m.textContent)).toEqual(['North Korea provokes the South']);
  });

  it('without front matter there is no block', () => {
    reader();
    expect(container.querySelector('[data-testid=front-matter]')).toBeNull();
  });
});
