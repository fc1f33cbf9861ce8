// Small builders for replies and buttons, so commands read as what they say.
import { encodeButton, type ButtonAction } from './buttons.js';
import type { Button, Reply } from './messages.js';

export function reply(text: string, buttons?: Button[][]): Reply {
  return buttons && buttons.length > 0 ? { text, buttons } : { text };
}

export function button(label: string, action: ButtonAction): Button {
  return { label, data: encodeButton(action) };
}

/** A choice inside the active flow. `value` is namespaced by step ("fq.daily"). */
export function choice(label: string, value: string): Button {
  return button(label, { action: 'choose', value });
}

export function confirmButtons(yesLabel: string, noLabel: string): Button[][] {
  return [[button(yesLabel, { action: 'confirm', answer: 'yes' }), button(noLabel, { action: 'confirm', answer: 'no' })]];
}

/** Lays buttons out in rows of `perRow`. */
export function rows(buttons: Button[], perRow = 3): Button[][] {
  const result: Button[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) result.push(buttons.slice(i, i + perRow));
  return result;
}

/** Lower-case, accents and surrounding punctuation removed: for matching typed answers. */
export function normalizeAnswer(text: string): string {
  return text.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/^[\s.!?]+|[\s.!?]+$/g, '');
}
