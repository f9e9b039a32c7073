/** The last actions, undone one at a time: each entry is the whole state before an action. */
export interface UndoStack<T> {
  readonly past: readonly { readonly state: T; readonly label: string }[];
}

const LIMIT = 100;

export const emptyUndo = <T>(): UndoStack<T> => ({ past: [] });

export function pushUndo<T>(stack: UndoStack<T>, state: T, label: string): UndoStack<T> {
  return { past: [...stack.past.slice(-(LIMIT - 1)), { state, label }] };
}

/** The state to go back to and what was undone, or null when there is nothing to undo. */
export function popUndo<T>(stack: UndoStack<T>): { state: T; label: string; stack: UndoStack<T> } | null {
  const last = stack.past.at(-1);
  if (!last) return null;
  return { ...last, stack: { past: stack.past.slice(0, -1) } };
}
