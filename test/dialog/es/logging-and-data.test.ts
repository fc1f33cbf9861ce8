// Spanish (issue 16): logging through buttons and commands, skip, undo, pause, the views and the
// person's data, all in Spanish. What needs the parser to read Spanish free text waits for the
// Spanish lexicon (a later step of issue 16) and is listed as todo at the end, not faked.
import { readReplyFile } from '../../../src/dialog/messages.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTemplateCoach, loadPersonalities } from '../../../src/coach/index.js';
import { reminderMessage, speakerFor } from '../../../src/dialog/reminders.js';
import { createHabit, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('en español: registros, pausas, consultas y datos', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const userOf = async (name = 'lucia') => (await chat.db.repos.users.findByIdentity('console', name))!;
  const entriesOf = async (name = 'lucia') => {
    const user = await userOf(name);
    const habits = await chat.db.repos.habits.list(user.id, { includeArchived: true });
    const names = new Map(habits.map((habit) => [habit.id, habit.name]));
    return (await chat.db.repos.entries.listForUser(user.id)).map((entry) => ({
      habit: names.get(entry.habitId), kind: entry.kind, date: entry.localDate, quantity: entry.quantity, note: entry.note,
    }));
  };

  /** Shows the reminder the scheduler would send for `habitName`, as the person's last replies. */
  const reminderButtons = async (habitName: string) => {
    const user = await userOf();
    const habit = (await chat.db.repos.habits.list(user.id)).find((candidate) => candidate.name === habitName)!;
    const coach = createTemplateCoach(await loadPersonalities());
    return reminderMessage(speakerFor(coach, user), { habit, date: '2026-11-23', slot: '20261123T0800', time: '08:00', snoozed: false, streak: 0 });
  };
  /** Presses a button of a message the person got outside the conversation (a scheduled reminder). */
  const pressOn = (data: string) => chat.conversation.handle({
    platform: 'console', user: { externalId: 'lucia', displayName: 'Lucia' }, chat: { id: 'lucia', kind: 'private' },
    localeHint: 'es', button: { data }, updateId: `es-${data}`,
  });

  it('given a /hoy button, then the habit is marked done and echoed in Spanish with an Undo', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await createHabit(lu, 'Caminar', 'todos los días');
    await lu.say('/hoy');
    expect(lu.last()).toContain('**Hoy, lun 23 de nov**');
    expect(lu.last()).toContain('⬜ **Leer**');
    await lu.press('Caminar');
    expect(lu.last()).toContain('Hecho: **Caminar**, hoy');
    expect(lu.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['↩️ Deshacer']));
    await lu.say('/hoy');
    expect(lu.last()).toContain('✅ **Caminar**');
    expect(lu.buttons().map((b) => b.label)).toEqual(['✅ Leer']);
    expect(await entriesOf()).toEqual([{ habit: 'Caminar', kind: 'done', date: '2026-11-23', quantity: null, note: null }]);
  });

  // Latin-American Spanish (CLDR es-419, as in Mexico) writes 2.5; "2,5" typed is read too.
  it('given a numeric habit on /hoy, then its button fills the day\'s target, said with Latin-American numbers', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/nuevo Agua');
    await lu.press('Todos los días');
    await lu.press('Meta diaria');
    await lu.say('2,5 litros');
    await lu.say('listo');
    await lu.say('/hoy');
    expect(lu.last()).toContain('0/2.5 litros');
    await lu.press('Agua');
    expect(await entriesOf()).toEqual([{ habit: 'Agua', kind: 'done', date: '2026-11-23', quantity: 2.5, note: null }]);
  });

  it('given the reminder\'s Saltar hoy button, then a skip is written and the streak is kept', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Correr', 'todos los días');
    const reminder = await reminderButtons('Correr');
    expect(reminder.text).toContain('⏰ **Correr** · 08:00');
    const labels = (reminder.buttons ?? []).flat().map((b) => b.label);
    expect(labels).toEqual(['✅ Hecho', '⏭️ Saltar hoy', '⏰ En 30 min']);
    const replies = await pressOn((reminder.buttons ?? []).flat()[1]!.data);
    expect(replies.map((r) => r.text).join('\n')).toContain('Saltado: **Correr**');
    expect(await entriesOf()).toEqual([{ habit: 'Correr', kind: 'skip', date: '2026-11-23', quantity: null, note: null }]);
  });

  it('given /deshacer and the Deshacer button, then the latest entry is taken back in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await createHabit(lu, 'Caminar', 'todos los días');
    await lu.say('/hoy');
    await lu.press('Leer');
    await lu.press('Deshacer');
    expect(lu.last()).toContain('Deshecho');
    expect(await entriesOf()).toEqual([]);
    await lu.say('/hoy');
    await lu.press('Caminar');
    await lu.say('/deshacer');
    expect(lu.last()).toContain('Deshecho: ');
    expect(await entriesOf()).toEqual([]);
    await lu.say('/deshacer');
    expect(lu.last()).toContain('No hay nada que deshacer.');
  });

  it('given /pausar with buttons, then everything pauses for a week with a Spanish date, and /reanudar brings it back', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await lu.say('/pausar');
    expect(lu.last()).toContain('¿Qué quieres pausar?');
    await lu.press('Todo');
    expect(lu.last()).toContain('¿Hasta cuándo?');
    await lu.press('Una semana');
    expect(lu.last()).toContain('⏸️ Pausé todo hasta el dom 29 de nov');
    expect(lu.last()).not.toMatch(/\.\./);
    await lu.say('/hoy');
    expect(lu.last()).toContain('⏸️ **Leer** en pausa');
    await lu.say('/reanudar');
    expect(lu.last()).toContain('▶️ Reanudé todo. ¡Qué bueno tenerte de vuelta!');
    chat.clock.advanceDays(1);
    await lu.say('/reanudar');
    expect(lu.last()).toContain('No hay nada en pausa.');
  });

  it('given "/pausar vacaciones por 2 semanas" and a numeric end date, then the pause is read in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await lu.say('/pausar vacaciones por 2 semanas');
    expect(lu.last()).toContain('⏸️ Pausé todo hasta el dom 6 de dic (de vacaciones)');
    await lu.say('/reanudar');
    await lu.say('/pausar leer enfermo hasta 01/12');
    expect(lu.last()).toContain('⏸️ Pausé Leer hasta el mar 1 de dic (por enfermedad)');
  });

  it('given /semana, /estadisticas and /rachas, then the views are in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await lu.say('/hoy');
    await lu.press('Leer');
    await lu.say('/semana');
    expect(lu.last()).toContain('**Los últimos 7 días**');
    expect(lu.last()).toContain('Ma Mi Ju Vi Sá Do Lu');
    expect(lu.last()).toContain('✅ hecho');
    await lu.say('/estadisticas');
    expect(lu.last()).toContain('**Tus estadísticas**');
    expect(lu.last()).toContain('1 día');
    expect(lu.last()).toMatch(/En total, 1 hábito/);
    await lu.say('/rachas');
    expect(lu.last()).toContain('**Rachas**');
    expect(lu.last()).toContain('Leer: 1 día (récord 1 día)');
  });

  it('given a goal in pesos, then it is created and listed in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/meta Viaje');
    await lu.press('Un objetivo');
    await lu.say('1000 pesos');
    await lu.press('Sin fecha límite');
    expect(lu.last()).toContain('Meta creada:');
    await lu.say('/metas');
    expect(lu.last()).toContain('**Tus metas**');
  });

  it('given habits, entries, a pause and a goal, when exported, deleted and imported, then the export is the same, in Spanish replies', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await createHabit(lu, 'Correr', '3 veces por semana');
    await lu.say('/hoy');
    await lu.press('Leer');
    await lu.say('/pausar correr por 3 días');
    await lu.say('/meta Viaje');
    await lu.press('Un objetivo');
    await lu.say('5000 pesos');
    await lu.press('Sin fecha límite');
    await lu.say('/exportar');
    expect(lu.last()).toContain('Aquí está todo lo que tengo sobre ti');
    const content = await readReplyFile(lu.lastReplies()[0]!.file!);
    const exported = JSON.parse(content) as { habits: unknown[]; entries: unknown[]; goals: unknown[]; pauses: unknown[] };
    expect([exported.habits.length, exported.entries.length, exported.goals.length, exported.pauses.length]).toEqual([2, 1, 1, 1]);

    await lu.say('/borrar');
    expect(lu.last()).toContain('¿Borrar tu cuenta');
    await lu.press('Borrar todo');
    expect(lu.last()).toContain('Todo borrado.');
    const back = chat.person('lucia', { localeHint: 'es' });
    await back.say(`/importar ${content.replace(/\n\s*/g, '')}`);
    expect(back.last()).toContain('Importé 2 hábitos, 1 registros, 1 metas y 1 pausas.');
    await back.say('/exportar');
    expect(JSON.parse(await readReplyFile(back.lastReplies()[0]!.file!))).toEqual(exported);
  });

  it('given /importar over existing data, then it asks in Spanish and "no" changes nothing', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await lu.say('/exportar');
    const content = await readReplyFile(lu.lastReplies()[0]!.file!);
    await lu.say('/importar');
    expect(lu.last()).toContain('pega su JSON');
    await lu.say(content);
    expect(lu.last()).toContain('Importar reemplaza todo lo que tienes ahora (1 hábito y su historial). ¿Seguimos?');
    await lu.say('no');
    expect(lu.last()).toContain('No se cambió nada');
    await lu.say('/importar esto no es json');
    expect(lu.last()).toContain('Eso no es JSON. No se cambió nada.');
  });

  it('given /exportar csv, then the header row is in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/exportar csv');
    const content = await readReplyFile(lu.lastReplies()[0]!.file!);
    expect(content.split('\r\n')[0]).toBe('fecha,hábito,tipo,cantidad,unidad,nota,ánimo,energía,origen,creado_en');
  });

  it('given an unknown command, then it is named and /ayuda is pointed to', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/volar');
    expect(lu.last()).toContain('No conozco el comando /volar. /ayuda los muestra todos.');
  });

  // Free text in Spanish, read by the parser's Spanish lexicon (src/core/parser/words/es.ts):
  // the same scenarios the English and Portuguese conversation tests cover.
  const withTarget = async (lu: Awaited<ReturnType<typeof onboarded>>, name: string, target: string) => {
    await lu.say(`/nuevo ${name}`);
    await lu.say('todos los días');
    await lu.press('Meta diaria');
    await lu.say(target);
    await lu.say('listo');
  };

  it('given "salí a correr 5 km ayer", then yesterday\'s run is logged with 5 km and echoed in Spanish with an Undo', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await withTarget(lu, 'Correr', 'al menos 3 km');
    await lu.say('salí a correr 5 km ayer');
    expect(await entriesOf()).toEqual([{ habit: 'Correr', kind: 'done', date: '2026-11-22', quantity: 5, note: null }]);
    expect(lu.buttons().map((b) => b.label)).toContain('↩️ Deshacer');
  });

  it('given "tomé 3 vasos de agua", then 3 glasses are logged on Agua', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await withTarget(lu, 'Agua', 'al menos 8 vasos');
    await lu.say('tomé 3 vasos de agua');
    expect(await entriesOf()).toEqual([{ habit: 'Agua', kind: 'done', date: '2026-11-23', quantity: 3, note: null }]);
    expect(lu.last()).toContain('3 de 8');
  });

  it('given "me fumé un cigarro" with "No fumar", then a slip is written on No fumar; "no corrí hoy" writes nothing', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'No fumar', 'todos los días');
    await createHabit(lu, 'Correr', 'todos los días');
    await lu.say('no corrí hoy');
    expect(await entriesOf()).toEqual([]);
    await lu.say('me fumé un cigarro');
    expect(await entriesOf()).toEqual([expect.objectContaining({ habit: 'No fumar', kind: 'slip', date: '2026-11-23' })]);
  });

  it('given "salté el gimnasio hoy, estoy enfermo", then a skip with the reason is written', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Gimnasio', 'todos los días');
    await lu.say('salté el gimnasio hoy, estoy enfermo');
    expect(await entriesOf()).toEqual([expect.objectContaining({ habit: 'Gimnasio', kind: 'skip', date: '2026-11-23' })]);
  });

  it('given "deshacer" typed (not the command), then the latest entry is taken back', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await lu.say('leí hoy');
    expect(await entriesOf()).toHaveLength(1);
    await lu.say('deshacer');
    expect(await entriesOf()).toEqual([]);
  });

  it('given "leí 30 páginas anteayer", then the entry lands two days back', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await withTarget(lu, 'Leer', 'al menos 20 páginas');
    await lu.say('leí 30 páginas anteayer');
    expect(await entriesOf()).toEqual([{ habit: 'Leer', kind: 'done', date: '2026-11-21', quantity: 30, note: null }]);
  });

  it('given "/pausar enfermo hasta el viernes", then the pause ends on Friday', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Correr', 'todos los días');
    await lu.say('/pausar enfermo hasta el viernes');
    const user = await userOf();
    const pauses = await chat.db.repos.pauses.list(user.id);
    expect(pauses.map((pause) => pause.endDate)).toEqual(['2026-11-27']);
  });

  it('given "ahorré 250" with a goal in pesos, then its progress grows by 250', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/meta Viaje');
    await lu.press('Un objetivo');
    await lu.say('1000 pesos');
    await lu.press('Sin fecha límite');
    await lu.say('ahorré 250');
    expect(lu.last()).toContain('250');
    await lu.say('/metas');
    expect(lu.last()).toMatch(/250/);
  });

  it('given "mañana voy a correr" (a plan), then nothing is written', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Correr', 'todos los días');
    await lu.say('mañana voy a correr');
    expect(await entriesOf()).toEqual([]);
  });
});
