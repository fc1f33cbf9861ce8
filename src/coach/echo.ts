// The facts of what the coach wrote, said plainly from the stored rows (never from the
// model's words), so the bot can only claim what it actually did.
import type { CoachChatOutcome, CoachDeferredWrites, CoachWrite, CoachWriteLimits } from '../app/ports.js';
import { LANGUAGES, type Locale } from '../core/languages.js';

const WORDS = {
  en: {
    done: 'Logged', skip: 'Skipped', slip: 'Slip logged', undo: 'Undone', created: 'New habit', on: 'on',
    heldEntries: (max: number, count: number) => `I change at most ${max} entries per message, so ${count} more ${count === 1 ? 'was' : 'were'} not written. Which ones do you want? Tap one below or tell me.`,
    heldHabits: (max: number, count: number, names: string) => `I create at most ${max} new habits per message, so ${count} more ${count === 1 ? 'was' : 'were'} not created (${names}). Do you want them? Ask me again, one at a time.`,
  },
  'pt-BR': {
    done: 'Registrado', skip: 'Pulado', slip: 'Recaída registrada', undo: 'Desfeito', created: 'Novo hábito', on: 'em',
    heldEntries: (max: number, count: number) => `Eu altero no máximo ${max} registros por mensagem, então ${count} ${count === 1 ? 'ficou' : 'ficaram'} de fora. Quais você quer? Toque em um abaixo ou me diga.`,
    heldHabits: (max: number, count: number, names: string) => `Eu crio no máximo ${max} hábitos novos por mensagem, então ${count} ${count === 1 ? 'ficou' : 'ficaram'} de fora (${names}). Quer criá-los? Peça de novo, um por vez.`,
  },
  es: {
    done: 'Registrado', skip: 'Saltado', slip: 'Recaída anotada', undo: 'Deshecho', created: 'Hábito nuevo', on: 'el',
    heldEntries: (max: number, count: number) => `Cambio como máximo ${max} registros por mensaje, así que ${count} ${count === 1 ? 'quedó' : 'quedaron'} fuera. ¿Cuáles quieres? Toca uno abajo o dímelo.`,
    heldHabits: (max: number, count: number, names: string) => `Creo como máximo ${max} hábitos nuevos por mensaje, así que ${count} ${count === 1 ? 'quedó' : 'quedaron'} fuera (${names}). ¿Los quieres? Pídemelos de nuevo, de a uno.`,
  },
} as const satisfies Record<Locale, unknown>;

function amount(quantity: number | null, unit: string | undefined, locale: Locale): string {
  if (quantity === null) return '';
  const number = new Intl.NumberFormat(LANGUAGES[locale].formatLocale, { maximumFractionDigits: 2 }).format(quantity);
  return unit ? `, ${number} ${unit}` : `, ${number}`;
}

/** One line per write: "Logged: Pushups, 20 reps (on 2026-03-01)". */
export function describeWrite(write: CoachWrite, locale: Locale, today: string): string {
  const words = WORDS[locale];
  const when = (date: string) => (date === today ? '' : ` (${words.on} ${date})`);
  switch (write.kind) {
    case 'entry': {
      const { entry, habit } = write;
      return `${words[entry.kind]}: ${habit.name}${amount(entry.quantity, habit.target?.unit, locale)}${when(entry.localDate)}`;
    }
    case 'undo': {
      const { removed, habit } = write;
      return `${words.undo}: ${habit.name}${amount(removed.quantity, habit.target?.unit, locale)}${when(removed.localDate)}`;
    }
    case 'habit_created':
      return `${words.created}: ${write.habit.name}`;
  }
}

/** The question for writes held back by the per-turn limits (none when nothing was). */
export function describeDeferred(deferred: CoachDeferredWrites | null, limits: CoachWriteLimits, locale: Locale): string[] {
  if (!deferred) return [];
  const words = WORDS[locale];
  const lines: string[] = [];
  if (deferred.entryCount > 0) lines.push(words.heldEntries(limits.maxEntries, deferred.entryCount));
  if (deferred.habitCount > 0) {
    const more = deferred.habitCount > deferred.habitNames.length ? ', …' : '';
    lines.push(words.heldHabits(limits.maxNewHabits, deferred.habitCount, `${deferred.habitNames.join(', ')}${more}`));
  }
  return lines;
}

/** What an Undo button takes back: new entries and new habits (an undo itself is not undone). */
export function undoFor(writes: CoachWrite[]): CoachChatOutcome['undo'] {
  const entryIds = writes.flatMap((write) => (write.kind === 'entry' ? [write.entry.id] : []));
  const habitIds = writes.flatMap((write) => (write.kind === 'habit_created' ? [write.habit.id] : []));
  return entryIds.length + habitIds.length > 0 ? { entryIds, habitIds } : null;
}

const CLAIMS = [
  /\bi(?:'ve| have)? (?:just )?(?:logged|recorded|marked|saved|registered|tracked|added)\b/i,
  /\b(?:has|have) been (?:logged|recorded|marked|saved)\b/i,
  /\b(?:logged|recorded) (?:it|that|your)\b/i,
  /\b(?:registrei|anotei|marquei|salvei|adicionei)\b/i,
  /\b(?:foi|foram|está|ficou|ficaram) (?:registrad|anotad|marcad)[oa]s?\b/i,
  /\b(?:registré|anoté|marqué|guardé|agregué)\b/i,
  /\b(?:fue|fueron|está|quedó|quedaron) (?:registrad|anotad|marcad)[oa]s?\b/i,
];

/** Whether the text says something was logged (used when nothing was). */
export function claimsAWrite(text: string): boolean {
  return CLAIMS.some((pattern) => pattern.test(text));
}
