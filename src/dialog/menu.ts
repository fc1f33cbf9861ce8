// Buttons typed as choices. The console shows buttons as numbered choices (or as letters when
// the labels are numbers themselves, so "2" at "Every how many days?" means 2 days, not the
// second option). The dialog keeps the last menu with the flow state, so after a restart a
// typed choice still presses the option it named, and a number that names no option is
// refused instead of being read as an answer nobody offered.
import { z } from 'zod';
import type { Platform } from '../core/types.js';
import type { Button, Reply } from './messages.js';
import type { Turn } from './turn.js';

/** Platforms whose adapter shows buttons as typed choices (numbers or letters). */
const TYPED_CHOICE_PLATFORMS: ReadonlySet<Platform> = new Set<Platform>(['console']);

export type MenuOption = Pick<Button, 'label' | 'data'>;
const menuSchema = z.array(z.object({ label: z.string(), data: z.string() }));
export type MenuPick = { option: MenuOption } | { noSuchOption: string } | null;

function normalize(text: string): string {
  return text.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/** A label without its leading emoji ("✅ Done" -> "Done"). */
function bareLabel(label: string): string {
  return label.replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, '');
}

/** True when some option's label is itself a number: the choices are then shown as letters. */
export function labelsAreNumbers(options: MenuOption[]): boolean {
  return options.some((option) => /^\d+(?:[.,]\d+)?$/.test(bareLabel(option.label).trim()));
}

/** The key that chooses the option at `index` (0-based): 1, 2, ... or a, b, ... */
export function choiceKey(index: number, letters: boolean): string {
  return letters ? String.fromCharCode(97 + (index % 26)) : String(index + 1);
}

/**
 * What a typed line chooses: an option by its label (always first), by its key, or a key-like
 * line that names no option (`noSuchOption`: the valid keys, "1–4"); null when it is not a choice.
 */
export function pickOption(line: string, options: MenuOption[]): MenuPick {
  const wanted = normalize(line);
  if (wanted === '' || options.length === 0) return null;
  const byLabel = options.find((option) => normalize(option.label) === wanted || normalize(bareLabel(option.label)) === wanted);
  if (byLabel) return { option: byLabel };
  const letters = labelsAreNumbers(options);
  const range = `${choiceKey(0, letters)}–${choiceKey(options.length - 1, letters)}`;
  if (letters) {
    if (!/^[a-z]$/.test(wanted)) return null;
    const option = options[wanted.charCodeAt(0) - 97];
    return option ? { option } : { noSuchOption: range };
  }
  if (!/^\d{1,2}$/.test(wanted)) return null;
  const option = options[Number(wanted) - 1];
  return option ? { option } : { noSuchOption: range };
}

/** The options of replies in reading order: what the console numbers 1, 2, ... */
export function optionsOf(replies: Reply[]): MenuOption[] {
  return replies.flatMap((reply) => (reply.buttons ?? []).flat()).map(({ label, data }) => ({ label, data }));
}

export function typesChoices(turn: Turn): boolean {
  return TYPED_CHOICE_PLATFORMS.has(turn.message.platform);
}

/** The menu saved with a flow's state (see rememberMenu). */
export function savedMenu(data: Record<string, unknown>): MenuOption[] {
  const menu = menuSchema.safeParse(data.menu);
  return menu.success ? menu.data : [];
}

/** Keeps the buttons of a flow's question with its state, so a typed choice survives a restart. */
export async function rememberMenu(turn: Turn, replies: Reply[]): Promise<void> {
  if (!typesChoices(turn)) return;
  const options = optionsOf(replies);
  if (options.length === 0) return;
  const state = await turn.state();
  if (!state) return;
  if (JSON.stringify(savedMenu(state.data)) === JSON.stringify(options)) return;
  await turn.setState(state.flow, state.step, { ...state.data, menu: options });
}
