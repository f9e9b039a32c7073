/**
 * The relationship editor, a modal dialog: source and target (alias search, the review's actors,
 * or a new actor), direction (swap), type, modality, attributes, and the optional inferred (with
 * its note), negated, addressee and note. Resolves with the fields, or null when cancelled.
 */
import type { ApiClient, Vocabulary } from '../api/api-client.ts';
import { h } from '../ui/dom.ts';
import { ActorPicker } from './actor-picker.ts';
import { actorIdFromName } from './annotation-body.ts';
import type {
  AttributeValue,
  CardFields,
  Modality,
  RelationshipType,
  Span,
  WorkActor,
} from './review-model.ts';

export interface EditorInput {
  readonly title: string;
  readonly fields: Partial<CardFields> & { evidence: readonly Span[] };
  readonly actors: readonly WorkActor[];
}

export interface EditorResult {
  readonly fields: CardFields;
  /** Actors made in the editor (and the chosen ones), to add to the review. */
  readonly actors: readonly WorkActor[];
}

const MODALITIES: readonly Modality[] = ['fact', 'assessment', 'recommendation'];

/** "116" → 116, "true" → true, "a; b" stays a list when it was one. */
export function parseAttribute(raw: string, before?: AttributeValue): AttributeValue {
  const value = raw.trim();
  if (Array.isArray(before))
    return value
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

const showAttribute = (v: AttributeValue) => (Array.isArray(v) ? v.join('; ') : String(v));

let editorCount = 0;

export function openEditor(
  host: HTMLElement,
  input: EditorInput,
  vocabulary: Vocabulary,
  api: Pick<ApiClient, 'search'>,
): Promise<EditorResult | null> {
  const n = ++editorCount;
  const id = (s: string) => `wb-ed${n}-${s}`;
  const made: WorkActor[] = [];
  const known = () => [...input.actors.filter((a) => !made.some((m) => m.id === a.id)), ...made];
  const f = input.fields;
  const find = (actorId?: string) => (actorId ? (known().find((a) => a.id === actorId) ?? null) : null);
  const error = h('p', { class: 'wb-form-error', role: 'alert', hidden: true });

  const refreshAddressee = () => drawAddressee();
  const source = new ActorPicker('source', known, api, find(f.source), refreshAddressee);
  const target = new ActorPicker('target', known, api, find(f.target), refreshAddressee);
  const swap = h('button', { type: 'button', class: 'button wb-swap' }, '⇄ Swap direction');
  swap.addEventListener('click', () => {
    const s = source.value;
    source.value = target.value;
    target.value = s;
    drawAddressee();
  });

  const type = h(
    'select',
    { id: id('type') },
    ...vocabulary.relationshipTypes.map((t) =>
      h(
        'option',
        { value: t.name, selected: t.name === f.type },
        `${t.label}${t.directed ? '' : ' (undirected)'}`,
      ),
    ),
  );
  const modality = h(
    'select',
    { id: id('modality') },
    ...MODALITIES.map((m) => h('option', { value: m, selected: m === (f.modality ?? 'fact') }, m)),
  );

  // Attributes: key / value rows.
  const attrRows = h('div', { class: 'wb-attributes' });
  const before = f.attributes ?? {};
  const addRow = (key = '', value = '') => {
    const k = attrRows.children.length + 1;
    const keyInput = h('input', {
      type: 'text',
      value: key,
      'aria-label': `Attribute ${k} name`,
      class: 'wb-attr-key',
    });
    const valueInput = h('input', {
      type: 'text',
      value,
      'aria-label': `Attribute ${k} value`,
      class: 'wb-attr-value',
    });
    const row = h(
      'div',
      { class: 'wb-attr-row' },
      keyInput,
      valueInput,
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: () => row.remove(),
          'aria-label': `Remove attribute ${k}`,
        },
        'Remove',
      ),
    );
    attrRows.append(row);
  };
  for (const [k, v] of Object.entries(before)) addRow(k, showAttribute(v));

  const inferred = h('input', { type: 'checkbox', id: id('inferred'), checked: f.inferred ?? false });
  const negated = h('input', { type: 'checkbox', id: id('negated'), checked: f.negated ?? false });
  const note = h('textarea', { id: id('note'), rows: 2 });
  note.value = f.note ?? '';
  const addressee = h('select', { id: id('addressee') });
  const addresseeField = h(
    'div',
    { class: 'wb-field' },
    h('label', { for: addressee.id }, 'Addressee (who should act)'),
    addressee,
  );
  let addresseeValue = f.addressee ?? '';
  function drawAddressee() {
    addresseeValue = addressee.value || addresseeValue;
    const ends = [source.value, target.value].filter((a): a is WorkActor => a !== null);
    addressee.replaceChildren(
      h('option', { value: '' }, 'Not given'),
      ...ends.map((a) => h('option', { value: a.id, selected: a.id === addresseeValue }, a.name)),
    );
    addresseeField.hidden = modality.value !== 'recommendation';
  }
  modality.addEventListener('change', drawAddressee);
  addressee.addEventListener('change', () => {
    addresseeValue = addressee.value;
  });

  // A new actor: name, id (from the name until edited), kind, aliases, ISO3; then set as an end.
  const newName = h('input', { type: 'text', id: id('new-name'), autocomplete: 'off' });
  const newId = h('input', {
    type: 'text',
    id: id('new-id'),
    autocomplete: 'off',
    pattern: '[A-Z][A-Z0-9_]{1,63}',
  });
  let idEdited = false;
  newName.addEventListener('input', () => {
    if (!idEdited) newId.value = newName.value.trim() ? actorIdFromName(newName.value) : '';
  });
  newId.addEventListener('input', () => {
    idEdited = true;
  });
  const newKind = h(
    'select',
    { id: id('new-kind') },
    ...vocabulary.actorKinds.map((k) => h('option', { value: k }, k)),
  );
  const newAliases = h('input', { type: 'text', id: id('new-aliases'), autocomplete: 'off' });
  const newIso = h('input', { type: 'text', id: id('new-iso3'), autocomplete: 'off', maxlength: 3, size: 4 });
  const newError = h('p', { class: 'wb-field-error', role: 'alert', hidden: true });
  const makeActor = (end: 'source' | 'target') => {
    const name = newName.value.trim();
    const actorId = newId.value.trim();
    const iso3 = newIso.value.trim().toUpperCase();
    const problem = !name
      ? 'Give the new actor a name.'
      : !/^[A-Z][A-Z0-9_]{1,63}$/.test(actorId)
        ? 'The id is upper-snake case, 2 to 64 characters (XI_JINPING).'
        : iso3 && !/^[A-Z]{3}$/.test(iso3)
          ? 'ISO3 is three letters (KOR).'
          : known().some((a) => a.id === actorId && !a.isNew)
            ? `${actorId} is already an actor: pick it above.`
            : '';
    newError.textContent = problem;
    newError.hidden = !problem;
    if (problem) return;
    const actor: WorkActor = {
      id: actorId,
      name,
      kind: newKind.value,
      ...(iso3 ? { iso3 } : {}),
      aliases: newAliases.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      isNew: true,
    };
    made.push(actor);
    (end === 'source' ? source : target).value = actor;
    drawAddressee();
    newName.value = '';
    newId.value = '';
    newAliases.value = '';
    newIso.value = '';
    idEdited = false;
    newActor.open = false;
  };
  const newActor = h(
    'details',
    { class: 'wb-new-actor' },
    h('summary', null, 'New actor…'),
    h('div', { class: 'wb-field' }, h('label', { for: newName.id }, 'Name'), newName),
    h('div', { class: 'wb-field' }, h('label', { for: newId.id }, 'Id'), newId),
    h('div', { class: 'wb-field' }, h('label', { for: newKind.id }, 'Kind'), newKind),
    h(
      'div',
      { class: 'wb-field' },
      h('label', { for: newAliases.id }, 'Aliases, comma-separated'),
      newAliases,
    ),
    h('div', { class: 'wb-field' }, h('label', { for: newIso.id }, 'ISO3 (states)'), newIso),
    newError,
    h(
      'p',
      { class: 'wb-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => makeActor('source') }, 'Use as source'),
      h('button', { type: 'button', class: 'button', onclick: () => makeActor('target') }, 'Use as target'),
    ),
  );

  const quotes = input.fields.evidence;
  const form = h(
    'form',
    { method: 'dialog', class: 'wb-editor', novalidate: true },
    h('h2', { id: id('title') }, input.title),
    h(
      'div',
      { class: 'wb-editor-quotes' },
      ...quotes.map((q) => h('blockquote', { class: 'wb-quote' }, `“${q.quote}”`)),
    ),
    h('div', { class: 'wb-ends' }, source.element, swap, target.element),
    newActor,
    h(
      'div',
      { class: 'wb-editor-grid' },
      h('div', { class: 'wb-field' }, h('label', { for: type.id }, 'Type'), type),
      h('div', { class: 'wb-field' }, h('label', { for: modality.id }, 'Modality'), modality),
      addresseeField,
    ),
    h(
      'fieldset',
      { class: 'wb-fieldset' },
      h('legend', null, 'Attributes'),
      attrRows,
      h('button', { type: 'button', class: 'button', onclick: () => addRow() }, 'Add attribute'),
    ),
    h(
      'div',
      { class: 'wb-flags' },
      h(
        'label',
        { for: inferred.id },
        inferred,
        ' Inferred: an end the text does not name here (say why in the note)',
      ),
      h('label', { for: negated.id }, negated, ' Negative finding: the brief says this is not so'),
    ),
    h('div', { class: 'wb-field' }, h('label', { for: note.id }, 'Note'), note),
    error,
    h(
      'p',
      { class: 'wb-dialog-actions' },
      h(
        'button',
        // type=button: Enter in a field submits with the first submit button, which must be Accept.
        {
          class: 'button',
          type: 'button',
          'data-testid': 'editor-cancel',
          onclick: () => dialog.close('cancel'),
        },
        'Cancel',
      ),
      h(
        'button',
        { class: 'button primary', value: 'ok', 'data-testid': 'editor-save' },
        'Accept these values',
      ),
    ),
  );
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'wb-dialog wb-dialog-wide', 'aria-labelledby': id('title') },
    form,
  );
  // Enter in an actor search picks nothing, and must not accept the dialog half filled.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).matches('input[type=search]'))
      event.preventDefault();
  });
  drawAddressee();

  const collect = (): EditorResult | string => {
    const s = source.value;
    const t = target.value;
    if (!s || !t) return 'Choose a source and a target actor.';
    if (s.id === t.id) return 'Source and target are the same actor.';
    if (inferred.checked && !note.value.trim()) return 'An inferred relationship needs a note saying why.';
    const attributes: Record<string, AttributeValue> = {};
    for (const row of attrRows.querySelectorAll('.wb-attr-row')) {
      const key = row.querySelector<HTMLInputElement>('.wb-attr-key')?.value.trim() ?? '';
      const raw = row.querySelector<HTMLInputElement>('.wb-attr-value')?.value ?? '';
      if (!key && !raw.trim()) continue;
      if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(key))
        return `Attribute names are letters and digits (${key || 'empty'}).`;
      attributes[key] = parseAttribute(raw, before[key]);
    }
    const chosenAddressee = modality.value === 'recommendation' ? addressee.value : '';
    const fields: CardFields = {
      source: s.id,
      target: t.id,
      type: type.value as RelationshipType,
      modality: modality.value as Modality,
      attributes,
      evidence: quotes,
      inferred: inferred.checked,
      negated: negated.checked,
      ...(chosenAddressee ? { addressee: chosenAddressee } : {}),
      ...(note.value.trim() ? { note: note.value.trim() } : {}),
    };
    return { fields, actors: [s, t] };
  };

  host.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      if (submitter?.value !== 'ok') return;
      const result = collect();
      if (typeof result === 'string') {
        event.preventDefault();
        error.textContent = result;
        error.hidden = false;
        return;
      }
      dialog.addEventListener('close', () => resolve(result), { once: true });
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (dialog.returnValue !== 'ok') resolve(null);
    });
  });
}
