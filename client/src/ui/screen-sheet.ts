import type { AppStore, SheetTab } from '../state/app-state.ts';
import { setSheetOpen, setSheetSnap, showSheet } from '../state/screen-actions.ts';
import { shallowEqual } from '../state/store.ts';
import { h } from './dom.ts';
import { type ScreenMode, watchScreenMode } from './screen-mode.ts';
import { dragHeight, releaseVelocity, type SnapHeights, snapFor, stepSnap } from './sheet-snap.ts';

/**
 * Below 1280 px the two side columns become one sheet with two tabs (paths and legend; the
 * selection and the brief): beside the graph on a tablet, which the user may close, and under
 * it on a phone, dragged (or stepped with buttons and arrow keys) between peek, half and full.
 * The columns stay where they are in the page; this adds the bar with the tabs and writes the
 * sheet's state on the workspace (data-sheet-*), which styles/screens.css draws from.
 */

export interface SheetPanels {
  readonly paths: HTMLElement;
  readonly details: HTMLElement;
}

const TAB_LABELS: Record<SheetTab, string> = { paths: 'Paths & legend', details: 'Details' };

export function createScreenSheet(workspace: HTMLElement, panels: SheetPanels, store: AppStore) {
  const dispatch = store.dispatch;
  const tabs = (['paths', 'details'] as const).map((tab) => {
    panels[tab].id ||= `sheet-panel-${tab}`;
    return h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `sheet-tab-${tab}`,
        class: 'sheet-tab',
        'data-testid': `sheet-tab-${tab}`,
        'aria-controls': panels[tab].id,
        onclick: () => dispatch(showSheet(tab)),
        onkeydown: (e: Event) => {
          const key = (e as KeyboardEvent).key;
          if (key !== 'ArrowLeft' && key !== 'ArrowRight') return;
          e.preventDefault();
          const other = tab === 'paths' ? 'details' : 'paths';
          dispatch(showSheet(other));
          document.getElementById(`sheet-tab-${other}`)?.focus();
        },
      },
      TAB_LABELS[tab],
    );
  });
  const step = (delta: number) => dispatch(setSheetSnap(stepSnap(store.getState().sheet.snap, delta)));
  const handle = h(
    'button',
    {
      type: 'button',
      class: 'sheet-handle',
      'data-testid': 'sheet-handle',
      'aria-label': 'Panel height: drag, or press the up and down arrow keys',
      onkeydown: (e: Event) => {
        const key = (e as KeyboardEvent).key;
        if (key === 'ArrowUp' || key === 'ArrowDown') {
          e.preventDefault();
          step(key === 'ArrowUp' ? 1 : -1);
        }
      },
    },
    h('span', { class: 'sheet-grip', 'aria-hidden': 'true' }),
  );
  const raise = h(
    'button',
    {
      type: 'button',
      class: 'icon-button sheet-raise',
      'data-testid': 'sheet-raise',
      'aria-label': 'Raise the panel',
      title: 'Raise the panel',
      onclick: () => step(1),
    },
    '▴',
  );
  const lower = h(
    'button',
    {
      type: 'button',
      class: 'icon-button sheet-lower',
      'data-testid': 'sheet-lower',
      'aria-label': 'Lower the panel',
      title: 'Lower the panel',
      onclick: () => step(-1),
    },
    '▾',
  );
  const toggle = h('button', {
    type: 'button',
    class: 'button sheet-toggle',
    'data-testid': 'sheet-toggle',
    onclick: () => dispatch(setSheetOpen(!store.getState().sheet.open)),
  });
  const tablist = h('div', { class: 'sheet-tabs', role: 'tablist', 'aria-label': 'Panels' }, ...tabs);
  const bar = h(
    'div',
    { class: 'sheet-bar', 'data-testid': 'sheet-bar' },
    handle,
    tablist,
    h('div', { class: 'sheet-actions' }, lower, raise, toggle),
  );
  workspace.prepend(bar);

  let mode: ScreenMode = 'wide';

  /** The three heights of the phone's sheet, in px, as styles/screens.css sets them. */
  function heights(): SnapHeights {
    const total = workspace.clientHeight;
    const peek = Number.parseFloat(getComputedStyle(workspace).getPropertyValue('--sheet-peek')) || 104;
    return { peek, half: Math.round(total / 2), full: total };
  }

  // Dragging the bar (not its buttons) on a phone: the sheet follows the finger, then snaps.
  let drag: {
    id: number;
    onHandle: boolean;
    startY: number;
    startHeight: number;
    lastY: number;
    lastT: number;
    v: number;
  } | null = null;
  bar.addEventListener('pointerdown', (e) => {
    if (mode !== 'phone' || (e.target as Element).closest('[role=tab], .sheet-actions')) return;
    const rect = bar.getBoundingClientRect();
    const startHeight = workspace.getBoundingClientRect().bottom - rect.top;
    const onHandle = !!(e.target as Element).closest('.sheet-handle');
    drag = {
      id: e.pointerId,
      onHandle,
      startY: e.clientY,
      startHeight,
      lastY: e.clientY,
      lastT: e.timeStamp,
      v: 0,
    };
    bar.setPointerCapture(e.pointerId);
    workspace.classList.add('sheet-dragging');
  });
  bar.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dt = Math.max(1, e.timeStamp - drag.lastT);
    drag.v = (drag.lastY - e.clientY) / dt;
    drag.lastY = e.clientY;
    drag.lastT = e.timeStamp;
    const height = dragHeight(drag.startHeight, drag.startY, e.clientY, heights());
    workspace.style.setProperty('--sheet-h', `${height}px`);
  });
  const endDrag = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const moved = Math.abs(e.clientY - drag.startY);
    const height = dragHeight(drag.startHeight, drag.startY, e.clientY, heights());
    const { onHandle } = drag;
    const velocity = releaseVelocity(drag.v, e.timeStamp - drag.lastT);
    drag = null;
    workspace.classList.remove('sheet-dragging');
    workspace.style.removeProperty('--sheet-h');
    // A press without a drag on the handle steps the sheet up (and from full, back to peek).
    if (moved < 6) {
      const { snap } = store.getState().sheet;
      if (onHandle) dispatch(setSheetSnap(snap === 'full' ? 'peek' : stepSnap(snap, 1)));
      return;
    }
    dispatch(setSheetSnap(snapFor(height, velocity, heights())));
  };
  bar.addEventListener('pointerup', endDrag);
  bar.addEventListener('pointercancel', endDrag);
  // A keyboard press on the handle (Enter, Space) steps it as a tap does; a pointer's is handled above.
  handle.addEventListener('click', (e) => {
    if (e.detail !== 0) return;
    const { snap } = store.getState().sheet;
    dispatch(setSheetSnap(snap === 'full' ? 'peek' : stepSnap(snap, 1)));
  });

  function applyRoles() {
    for (const tab of ['paths', 'details'] as const) {
      const panel = panels[tab];
      if (mode === 'wide') {
        panel.removeAttribute('role');
        panel.removeAttribute('aria-labelledby');
      } else {
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', `sheet-tab-${tab}`);
      }
    }
    workspace.dataset.screen = mode;
  }

  return {
    connect() {
      const offMode = watchScreenMode((next) => {
        mode = next;
        applyRoles();
      });
      const offSheet = store.subscribe(
        (s) => s.sheet,
        (sheet) => {
          workspace.dataset.sheetTab = sheet.tab;
          workspace.dataset.sheetSnap = sheet.snap;
          workspace.dataset.sheetOpen = String(sheet.open);
          tabs.forEach((tab, i) => {
            const selected = (i === 0 ? 'paths' : 'details') === sheet.tab;
            tab.setAttribute('aria-selected', String(selected));
            tab.tabIndex = selected ? 0 : -1;
          });
          toggle.textContent = sheet.open ? 'Hide panel' : 'Show panel';
          toggle.setAttribute('aria-expanded', String(sheet.open));
          raise.disabled = sheet.snap === 'full';
          lower.disabled = sheet.snap === 'peek';
        },
        { equals: shallowEqual, immediate: true },
      );
      // What the user picks is what they want to read: a selection shows its details.
      const offSelection = store.subscribe(
        (s) => s.selection,
        (selection) => {
          if (selection && mode !== 'wide') dispatch(showSheet('details'));
        },
      );
      return () => {
        offMode();
        offSheet();
        offSelection();
      };
    },
  };
}
