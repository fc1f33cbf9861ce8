// The words of partner notes, in the receiver's language: a miss (who, which shared habit, which
// day) and the week (each shared habit's numbers). Nothing else of the other person is said.
import type { PartnerNote } from '../app/partner-notes.js';
import { formatDate, habitLabel } from './format.js';
import { createTranslator } from './i18n/index.js';
import type { Reply } from './messages.js';

export function partnerNoteMessage(note: PartnerNote): Reply {
  const { locale } = note.receiver;
  const t = createTranslator(locale);
  const name = note.about.displayName;
  if (note.kind === 'partner_miss') {
    return { text: t('partner.note.miss', { name, habit: habitLabel(note.habit), date: formatDate(locale, note.date) }) };
  }
  if (note.week.length === 0) return { text: t('partner.note.week_nothing', { name, group: note.group.name }) };
  const lines = [t('partner.note.week', { name, group: note.group.name })];
  for (const week of note.week) {
    lines.push(t('partner.list.habit', { habit: habitLabel(week.habit), met: week.met, due: week.due, streak: week.streak }));
  }
  return { text: lines.join('\n') };
}
