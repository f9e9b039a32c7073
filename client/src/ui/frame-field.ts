import { FRAME_CHOICES, type FrameChoice, frameFor, frameSizeText } from '../export/formats.ts';
import { h } from './dom.ts';

/**
 * The frame choice of the Export menu and the Share dialog: a labelled group of radios (arrow
 * keys move between them) and a line saying the size it makes.
 */

export interface FrameField {
  readonly element: HTMLFieldSetElement;
  value(): FrameChoice;
  set(choice: FrameChoice): void;
  /** Says the size again, for a canvas that may have changed size. */
  describe(): void;
}

export function frameHint(choice: FrameChoice, canvas: { width: number; height: number } | null): string {
  const size = frameSizeText(frameFor(choice, canvas ?? undefined));
  if (choice === 'window') {
    return size ? `The canvas's own shape: ${size} at 1x.` : 'The shape of what is shown.';
  }
  return `${size} at 1x, ${choice === '16:9' ? 'a widescreen slide' : choice === '4:3' ? 'a classic slide' : 'a square'}.`;
}

export function createFrameField(options: {
  /** Unique per page: names the radios and their ids. */
  readonly name: string;
  readonly initial: FrameChoice;
  /** The canvas's size now, for Auto; null when hidden. */
  canvasSize(): { width: number; height: number } | null;
  onChange(choice: FrameChoice): void;
}): FrameField {
  const { name } = options;
  const hint = h('p', { class: 'frame-hint', id: `${name}-hint`, 'data-testid': `${name}-hint` });
  const radios = FRAME_CHOICES.map((choice) =>
    h('input', {
      type: 'radio',
      name,
      value: choice.value,
      checked: choice.value === options.initial,
      'data-testid': `${name}-${choice.value.replace(':', 'x')}`,
    }),
  );
  const value = () => (radios.find((r) => r.checked)?.value ?? options.initial) as FrameChoice;
  const describe = () => {
    hint.textContent = frameHint(value(), options.canvasSize());
  };
  const element = h(
    'fieldset',
    { class: 'export-fieldset frame-field', 'aria-describedby': `${name}-hint` },
    h('legend', null, 'Frame'),
    ...FRAME_CHOICES.map((choice, i) => h('label', { class: 'check' }, radios[i]!, choice.label)),
    hint,
  );
  element.addEventListener('change', (e) => {
    if (!radios.includes(e.target as HTMLInputElement)) return;
    describe();
    options.onChange(value());
  });
  describe();
  return {
    element,
    value,
    set(choice) {
      for (const r of radios) r.checked = r.value === choice;
      describe();
    },
    describe,
  };
}
