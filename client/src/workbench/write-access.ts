/**
 * The write token, when the server has WRITE_TOKEN set: asked for once (on the first 401) in a
 * dialog, kept for the tab in sessionStorage, sent as a Bearer token on POST, PUT and DELETE.
 */
import { ApiError } from '../api/api-client.ts';
import { h } from '../ui/dom.ts';

const KEY = 'briefgraph.writeToken';

export class WriteAccess {
  constructor(
    private readonly storage: Storage,
    private readonly host: HTMLElement,
  ) {}

  get token(): string | null {
    return this.storage.getItem(KEY);
  }

  /** Runs a write; on a 401 asks for the token (again) and tries once more with it. */
  async run<T>(write: (token: string | null) => Promise<T>): Promise<T> {
    try {
      return await write(this.token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      const token = await this.ask(this.token !== null);
      if (token === null) throw error;
      this.storage.setItem(KEY, token);
      return write(token);
    }
  }

  private ask(wrongBefore: boolean): Promise<string | null> {
    const input = h('input', {
      id: 'wb-token',
      type: 'password',
      autocomplete: 'off',
      required: true,
      'aria-describedby': 'wb-token-help',
    });
    const dialog: HTMLDialogElement = h(
      'dialog',
      { class: 'wb-dialog', 'aria-labelledby': 'wb-token-title' },
      h(
        'form',
        { method: 'dialog', class: 'wb-dialog-form' },
        h('h2', { id: 'wb-token-title' }, 'Write token'),
        h(
          'p',
          { id: 'wb-token-help' },
          wrongBefore
            ? 'The server did not accept that token. Enter the write token again.'
            : 'This server asks for a write token (WRITE_TOKEN) to change briefs. It is kept for this tab only.',
        ),
        h('label', { for: 'wb-token' }, 'Token'),
        input,
        h(
          'p',
          { class: 'wb-dialog-actions' },
          // type=button: Enter in the field submits with the first submit button, which must be Send.
          h('button', { class: 'button', type: 'button', onclick: () => dialog.close('cancel') }, 'Cancel'),
          h('button', { class: 'button primary', value: 'ok' }, 'Send'),
        ),
      ),
    );
    this.host.append(dialog);
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => {
        const token = dialog.returnValue === 'ok' ? input.value.trim() : '';
        dialog.remove();
        resolve(token || null);
      });
    });
  }
}
