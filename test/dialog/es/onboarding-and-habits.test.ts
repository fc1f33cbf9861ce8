// Spanish (issue 16): a Spanish speaker sets up and creates habits of every kind, all in Spanish.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('en español: bienvenida y hábitos', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const userOf = async (name: string) => chat.db.repos.users.findByIdentity('console', name);
  const habitsOf = async (name: string) => chat.db.repos.habits.list((await userOf(name))!.id);

  it('given a Telegram "es-MX" hint, when a new person says hola, then setup starts in Spanish with the other languages as buttons', async () => {
    const lu = chat.person('lucia', { localeHint: 'es-MX' });
    await lu.say('hola');
    expect(lu.last()).toContain('¡Hola, Lucia!');
    expect(lu.last()).toContain('¿Dónde estás?');
    expect(lu.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['Saltar', '🇬🇧 English', '🇧🇷 Português']));
    expect(await userOf('lucia')).toMatchObject({ locale: 'es', timeZone: 'America/Mexico_City', onboardedAt: null });
  });

  it('given Discord\'s "es-419" and "es-ES", then both people are spoken to in Spanish', async () => {
    for (const [name, hint] of [['diego', 'es-419'], ['elena', 'es-ES']] as const) {
      const person = chat.person(name, { localeHint: hint, platform: 'discord' });
      await person.say('hola');
      expect(person.last()).toContain('¿Dónde estás?');
      expect((await chat.db.repos.users.findByIdentity('discord', name))?.locale).toBe('es');
    }
  });

  it('given the questions answered by typing and pressing, then zone, coach and day start are saved in Spanish words', async () => {
    const lu = chat.person('lucia', { localeHint: 'es' });
    await lu.say('hola');
    await lu.say('Atlantis');
    expect(lu.last()).toContain('No conozco el lugar "Atlantis"');
    await lu.say('America/Bogota');
    expect(lu.last()).toContain('Guardado: America/Bogota');
    expect(lu.last()).toContain('Elige tu entrenador');
    await lu.press('Yoda');
    expect(lu.last()).toContain('¿A qué hora empieza tu día?');
    await lu.press('4:00');
    expect(lu.last()).toContain('¡Todo listo!');
    expect(lu.last()).toContain('/nuevo');
    expect(await userOf('lucia')).toMatchObject({ timeZone: 'America/Bogota', personality: 'yoda', dayStartHour: 4, locale: 'es' });
  });

  it('given "saltar", then the defaults are kept and the person is onboarded at once', async () => {
    const lu = chat.person('lucia', { localeHint: 'es' });
    await lu.say('hola');
    await lu.say('saltar');
    expect(lu.last()).toContain('¡Todo listo!');
    expect((await userOf('lucia'))?.onboardedAt).not.toBeNull();
  });

  it('given an English speaker pressing Español at the first question, then the same question comes in Spanish', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.press('Español');
    expect(ana.last()).toContain('¿Dónde estás?');
    expect((await userOf('ana'))?.locale).toBe('es');
  });

  it('given /ajustes, then the language question offers Español, and "español" typed switches to it', async () => {
    const ana = await onboarded(chat, 'ana', 'en');
    await ana.say('/ajustes');
    await ana.press('Language');
    expect(ana.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['🇬🇧 English', '🇧🇷 Português', '🇪🇸 Español']));
    await ana.say('klingon');
    expect(ana.last()).toContain('I speak English, Português, Español');
    await ana.say('español');
    expect(ana.last()).toContain('Guardado: 🇪🇸 Español');
    expect((await userOf('ana'))?.locale).toBe('es');
  });

  it('given /ayuda, then the help is in Spanish with the Spanish commands', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/ayuda');
    expect(lu.last()).toContain('**Lo que sé hacer**');
    expect(lu.last()).toContain('/nuevo');
    expect(lu.last()).toContain('/hoy');
  });

  it('given /nuevo with a name and "Todos los días", then a daily habit exists and the optional rest is offered in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/nuevo');
    expect(lu.last()).toContain('¿Qué hábito quieres seguir?');
    await lu.say('📚 Leer');
    expect(lu.last()).toContain('¿Con qué frecuencia');
    await lu.press('Todos los días');
    expect(lu.last()).toContain('Creé 📚 Leer, todos los días');
    expect(lu.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['🎯 Meta diaria', '⏰ Recordatorio', '👍 Eso es todo']));
    await lu.press('Meta diaria');
    await lu.say('al menos 20 páginas');
    await lu.press('Después de');
    await lu.say('después de preparar el café');
    await lu.press('Recordatorio');
    await lu.say('7:30, 21:00');
    await lu.say('listo');
    const [habit] = await habitsOf('lucia');
    expect(habit).toMatchObject({
      name: 'Leer', emoji: '📚', frequency: { kind: 'daily' }, target: { quantity: 20, unit: 'páginas', direction: 'at_least' },
      stackAnchor: 'preparar el café', reminderTimes: ['07:30', '21:00'],
    });
  });

  it('given every frequency kind by button and in Spanish words, then each is created', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/nuevo Gimnasio');
    await lu.press('Algunos días de la semana');
    await lu.say('lun mié vie');
    await lu.say('/nuevo Yoga');
    await lu.press('Algunos días de la semana');
    await lu.press('Fines de semana');
    await lu.say('/nuevo Correr');
    await lu.press('N veces por semana');
    await lu.press('3');
    await lu.say('/nuevo Regar las plantas');
    await lu.press('Cada N días');
    await lu.say('4');
    await lu.say('/nuevo Llamar a mamá');
    await lu.say('dos veces al mes');
    expect(lu.last()).toContain('Creé Llamar a mamá, 2 veces al mes');
    await lu.say('/nuevo Meditar');
    await lu.say('3 veces por semana');
    await lu.say('/nuevo Estirar');
    await lu.say('cada 2 días');
    const byName = Object.fromEntries((await habitsOf('lucia')).map((habit) => [habit.name, habit.frequency]));
    expect(byName).toEqual({
      Gimnasio: { kind: 'weekdays', days: [1, 3, 5] },
      Yoga: { kind: 'weekdays', days: [6, 7] },
      Correr: { kind: 'per_week', times: 3 },
      'Regar las plantas': { kind: 'every_n_days', n: 4 },
      'Llamar a mamá': { kind: 'per_month', times: 2 },
      Meditar: { kind: 'per_week', times: 3 },
      Estirar: { kind: 'every_n_days', n: 2 },
    });
  });

  it('given "No fumar", then it becomes a habit to break, said in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/nuevo No fumar');
    await lu.press('Todos los días');
    expect(lu.last()).toContain('como un hábito para dejar');
    expect((await habitsOf('lucia'))[0]?.kind).toBe('break');
  });

  it('given /habitos, then each habit is listed with its frequency in Spanish, weekdays named by Intl', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/nuevo Gimnasio');
    await lu.say('lun mié vie');
    await lu.say('listo');
    await lu.say('/habitos');
    expect(lu.last()).toContain('**Tus hábitos**');
    expect(lu.last()).toMatch(/Gimnasio\*\* — los lun, mié, vie/);
  });

  it('given /cancelar in the middle of /nuevo, then the flow is left in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/nuevo');
    await lu.say('/cancelar');
    expect(lu.last()).toContain('Listo, cancelado.');
    expect(await habitsOf('lucia')).toEqual([]);
  });
});
