import { h } from './dom.ts';

/**
 * Honest failure: the graph area says what is happening (loading, slow, failed with a retry)
 * instead of staying blank, and passing problems show as toasts.
 */

export function createStatus(overlay: HTMLElement, toasts: HTMLElement) {
  function show(...children: Node[]) {
    overlay.replaceChildren(h('div', { class: 'status-card' }, ...children));
    overlay.hidden = false;
  }

  return {
    loading(message: string) {
      show(h('div', { class: 'spinner', 'aria-hidden': 'true' }), h('p', { role: 'status' }, message));
    },

    error(title: string, message: string, retry: () => void) {
      const button = h('button', { type: 'button', class: 'button primary', onclick: retry }, 'Try again');
      show(h('h2', null, title), h('p', { role: 'alert' }, message), button);
      button.focus();
    },

    /** A dead end with a way out: an unknown permalink. */
    notice(title: string, message: string, link: { href: string; label: string }) {
      const a = h('a', { class: 'button primary', href: link.href }, link.label);
      show(h('h2', null, title), h('p', { role: 'alert' }, message), a);
      a.focus();
    },

    empty(message: string) {
      show(h('p', null, message));
    },

    hide() {
      overlay.hidden = true;
      overlay.replaceChildren();
    },

    toast(message: string, options: { action?: { label: string; run: () => void }; error?: boolean } = {}) {
      const toast = h('div', {
        class: `toast${options.error ? ' toast-error' : ''}`,
        role: options.error ? 'alert' : 'status',
      });
      const dismiss = () => toast.remove();
      toast.append(
        h('p', null, message),
        options.action
          ? h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                onclick: () => {
                  dismiss();
                  options.action?.run();
                },
              },
              options.action.label,
            )
          : '',
        h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Dismiss', onclick: dismiss }, '×'),
      );
      toasts.append(toast);
      setTimeout(dismiss, options.error ? 10_000 : 5_000);
    },
  };
}

export type Status = ReturnType<typeof createStatus>;
