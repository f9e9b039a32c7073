import type { Snapshot } from '@briefgraph/graph/domain/schemas';
import { bannerParts } from '../app/snapshot-view.ts';
import { h } from './dom.ts';

/** The read-only strip over a permalink: what the snapshot is, and the way back to the live graph. */
export function showSnapshotBanner(container: HTMLElement, snapshot: Snapshot): void {
  const [kicker, ...rest] = bannerParts(snapshot);
  container.replaceChildren(
    h(
      'p',
      { class: 'snapshot-text' },
      h('strong', { class: 'snapshot-kicker' }, kicker ?? 'Snapshot'),
      ...rest.flatMap((part, i) => [
        h('span', { class: 'snapshot-sep', 'aria-hidden': 'true' }, ' · '),
        h('span', { class: i === 0 ? 'snapshot-title' : 'snapshot-meta' }, part),
      ]),
    ),
    h('a', { class: 'button', href: '/', 'data-testid': 'open-live-graph' }, 'Open the live graph'),
  );
  container.hidden = false;
}
