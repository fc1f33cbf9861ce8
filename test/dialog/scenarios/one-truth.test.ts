// Issue 15, "What is wrong today" items 1, 2, 3, 4, 6 and 10, replayed in conversation on a real
// PostgreSQL in both languages: every view tells the same story (core/evaluation.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHabit, type CreateHabitInput } from '../../../src/app/habits.js';
import type { Locale } from '../../../src/core/types.js';
import { onboarded, startChat, type ChatHarness, type ChatPerson } from '../support/chat.js';

// 2026-11-23 is a Monday.
const MONDAY_NOON = '2026-11-23T12:00:00Z';

describe('one truth for every number', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat(MONDAY_NOON); });
  afterEach(async () => { await chat.close(); });

  async function personWith(name: string, locale: Locale, habits: CreateHabitInput[]): Promise<ChatPerson> {
    const person = await onboarded(chat, name, locale);
    const user = (await chat.db.repos.users.findByIdentity('console', name))!;
    const deps = { repos: chat.db.repos, clock: chat.clock };
    for (const input of habits) expect((await createHabit(deps, user, input)).ok).toBe(true);
    return person;
  }
  const pushups = { name: 'Pushups', target: { quantity: 20, unit: 'pushups', direction: 'at_least' as const } };

  describe('1. amounts below the target', () => {
    it('given 15 of 20 pushups, then the echo says 5 to go, /today and /week show it as partial and it is not counted done', async () => {
      const ana = await personWith('ana', 'en', [pushups]);
      await ana.say('did 15 pushups');
      expect(ana.last()).toContain('15 of 20 pushups, 5 to go today');
      expect(ana.last()).not.toMatch(/done|streak/i);
      await ana.say('/today');
      expect(ana.last()).toContain('🟡 **Pushups** 15/20 pushups');
      expect(ana.last()).not.toContain('Everything due today is done');
      await ana.say('/week');
      expect(ana.last()).toMatch(/🟡 {2}Pushups/);
      await ana.say('/stats');
      expect(ana.last()).toContain('· 0 done');
      await ana.say('did 5 pushups');
      expect(ana.last()).toContain('✅ **Pushups** done');
      await ana.say('/streaks');
      expect(ana.last()).toContain('Pushups: 1 day');
    });

    it('given "fiz 15 flexões" on a habit of 20, then the Portuguese echo says faltam 5, and /semana shows it as partial', async () => {
      const bia = await personWith('bia', 'pt-BR', [{ name: 'Flexões', target: { quantity: 20, unit: 'flexões', direction: 'at_least' } }]);
      await bia.say('fiz 15 flexões');
      expect(bia.last()).toContain('15 de 20 flexões, faltam 5 hoje');
      await bia.say('/semana');
      expect(bia.last()).toMatch(/🟡 {2}Flexões/);
    });

    it('given a bare "pushups done" on a numeric habit, then it counts as the target everywhere', async () => {
      const ana = await personWith('ana', 'en', [pushups]);
      await ana.say('pushups done');
      expect(ana.last()).toContain('✅ **Pushups** done');
      await ana.say('/today');
      expect(ana.last()).toContain('✅ **Pushups** 20/20 pushups');
      await ana.say('/stats');
      expect(ana.last()).toContain('· 1 done');
    });
  });

  describe('2. every N days', () => {
    it('given watering every 2 days made on a Monday and done Tue, Thu and Sat, then no miss, a streak of 3 and no "late report"', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'Water plants', frequency: { kind: 'every_n_days', n: 2 } }]);
      for (const day of [1, 2, 2]) {
        chat.clock.advanceDays(day);
        await ana.say('watered the plants');
        expect(ana.last()).toContain('✅ **Water plants** done');
        expect(ana.last()).not.toContain('Late report');
      }
      chat.clock.advanceDays(1); // Sunday
      await ana.say('/week');
      expect(ana.last()).toMatch(/➖ ✅ ➖ ✅ ➖ ✅ ➖ {2}Water plants/);
      await ana.say('/streaks');
      expect(ana.last()).toContain('Water plants: 3 days');
      await ana.say('/stats');
      expect(ana.last()).toContain('success 100%');
    });

    it('given Portuguese, regar a cada 2 dias feito ter, qui e sáb, then no miss, a sequência de 3 and no "relatório atrasado"', async () => {
      const bia = await personWith('bia', 'pt-BR', [{ name: 'Regar as plantas', frequency: { kind: 'every_n_days', n: 2 } }]);
      for (const day of [1, 2, 2]) {
        chat.clock.advanceDays(day);
        await bia.say('reguei as plantas');
        expect(bia.last()).toContain('✅ Feito: **Regar as plantas**');
        expect(bia.last()).not.toMatch(/atrasad/i);
      }
      chat.clock.advanceDays(1); // domingo
      await bia.say('/semana');
      expect(bia.last()).toMatch(/➖ ✅ ➖ ✅ ➖ ✅ ➖ {2}Regar as plantas/);
      await bia.say('/sequencias');
      expect(bia.last()).toContain('Regar as plantas: 3 dias');
      await bia.say('/estatisticas');
      expect(bia.last()).toContain('sucesso 100%');
    });
  });

  describe('3. /habits never shows a stale streak', () => {
    it('given a break habit kept clean for days with no entries, then /habits shows the streak /streaks shows', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'No smoking', kind: 'break', startDate: '2026-11-18' }]);
      await ana.say('/streaks');
      expect(ana.last()).toContain('No smoking: 6 days');
      await ana.say('/habits');
      expect(ana.last()).toContain('🔥 6 days');
      chat.clock.advanceDays(1);
      await ana.say('/habits');
      expect(ana.last()).toContain('🔥 7 days');
    });

    it('given Portuguese, a habit to break kept clean with no entries, then /habitos shows the sequência /sequencias shows', async () => {
      const bia = await personWith('bia', 'pt-BR', [{ name: 'Não fumar', kind: 'break', startDate: '2026-11-18' }]);
      await bia.say('/sequencias');
      expect(bia.last()).toContain('Não fumar: 6 dias');
      await bia.say('/habitos');
      expect(bia.last()).toContain('🔥 6 dias');
      chat.clock.advanceDays(1);
      await bia.say('/habitos');
      expect(bia.last()).toContain('🔥 7 dias');
    });
  });

  describe('4. pauses', () => {
    it('given everything paused, then /today says paused, not done; after /resume today is active again', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'Read' }]);
      await ana.say('/pause');
      await ana.press('Everything');
      await ana.press('Until I /resume');
      await ana.say('/today');
      expect(ana.last()).toContain('⏸️ **Read** paused');
      expect(ana.last()).toContain('Everything is paused today');
      expect(ana.last()).not.toContain('Everything due today is done');
      await ana.say('/resume');
      await ana.say('/today');
      expect(ana.last()).toContain('⬜ **Read**');
    });

    it('given Portuguese, then a paused /hoje says so and /retomar makes today active', async () => {
      const bia = await personWith('bia', 'pt-BR', [{ name: 'Ler' }]);
      await bia.say('/pausar férias até domingo');
      await bia.say('/hoje');
      expect(bia.last()).toContain('Tudo está em pausa hoje');
      expect(bia.last()).not.toContain('Tudo o que era para hoje está feito');
      await bia.say('/retomar');
      await bia.say('/hoje');
      expect(bia.last()).toContain('⬜ **Ler**');
    });
  });

  describe('6. counts', () => {
    it('given a break habit paused for two of its days, then its "done" count leaves the paused days out', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'No smoking', kind: 'break', startDate: '2026-11-19' }]);
      const user = (await chat.db.repos.users.findByIdentity('console', 'ana'))!;
      await chat.db.repos.pauses.add(user.id, { habitId: null, startDate: '2026-11-20', endDate: '2026-11-21', reason: 'sick' });
      await ana.say('/stats');
      // 19, 22 and today (23) are clean days; 20 and 21 were paused.
      expect(ana.last()).toContain('· 3 done');
    });

    it('given a habit made today next to a kept one, then overall success is over ended days only (not averaged in at 0%)', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'Read', startDate: '2026-11-20' }]);
      for (const when of ['3 days ago', '2 days ago', 'yesterday']) await ana.say(`read ${when}`);
      await personWith('ana', 'en', [{ name: 'Stretch' }]);
      await ana.say('/stats');
      expect(ana.last()).toMatch(/Overall, 2 habits: strength \d+%, success 100%/);
    });

    it('given twice a month made mid-month, then /today says the quota is prorated', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'Deep clean', frequency: { kind: 'per_month', times: 2 } }]);
      await ana.say('/today');
      expect(ana.last()).toContain('**Deep clean** (0/1 this month, prorated from 2');
    });

    it('given Portuguese, a paused habit to break, a habit made today and a prorated quota, then "feitos", "sucesso" and the quota say so', async () => {
      const bia = await personWith('bia', 'pt-BR', [{ name: 'Não fumar', kind: 'break', startDate: '2026-11-19' }, { name: 'Ler', startDate: '2026-11-20' }]);
      const user = (await chat.db.repos.users.findByIdentity('console', 'bia'))!;
      const smoking = (await chat.db.repos.habits.list(user.id)).find((habit) => habit.name === 'Não fumar')!;
      await chat.db.repos.pauses.add(user.id, { habitId: smoking.id, startDate: '2026-11-20', endDate: '2026-11-21', reason: 'sick' });
      for (const when of ['há 3 dias', 'anteontem', 'ontem']) {
        await bia.say(`li ${when}`);
        expect(bia.last()).toContain('✅ Feito: **Ler**');
      }
      const deps = { repos: chat.db.repos, clock: chat.clock };
      expect((await createHabit(deps, user, { name: 'Faxina', frequency: { kind: 'per_month', times: 2 } })).ok).toBe(true);
      await bia.say('/estatisticas');
      const lines = bia.last().split('\n');
      // Não fumar: 19, 22 and today (23) are clean days; 20 and 21 were paused.
      expect(lines[lines.indexOf('**Não fumar**') + 1]).toContain('· feitos: 3');
      // Faxina's month has not ended: overall success is over ended periods (Não fumar's and Ler's days).
      expect(bia.last()).toMatch(/No geral, 3 hábitos: força \d+%, sucesso 100%/);
      await bia.say('/hoje');
      expect(bia.last()).toContain('**Faxina** (0/1 neste mês, proporcional a 2');
    });
  });

  describe('10. data', () => {
    it('given two slips on one day, then both are recorded', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'No smoking', kind: 'break' }]);
      await ana.say('smoked a cigarette');
      await ana.say('smoked a cigarette');
      expect(ana.last()).not.toContain('already');
      const user = (await chat.db.repos.users.findByIdentity('console', 'ana'))!;
      const [habit] = await chat.db.repos.habits.list(user.id);
      expect((await chat.db.repos.entries.listForHabit(user.id, habit!.id)).filter((entry) => entry.kind === 'slip')).toHaveLength(2);
    });

    it('given "skip reading today" then "read 20 pages", then the done replaces the skip and the echo says so', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'Reading' }]);
      await ana.say('skip reading today');
      await ana.say('read 20 pages');
      expect(ana.last()).toContain('This replaces the skip logged for today');
      await ana.say('/today');
      expect(ana.last()).toContain('✅ **Reading**');
      expect(ana.last()).not.toContain('skipped');
    });

    it('given Portuguese, "pulei a leitura hoje" then "li hoje", then the done replaces the skip', async () => {
      const bia = await personWith('bia', 'pt-BR', [{ name: 'Leitura' }]);
      await bia.say('pula leitura hoje');
      await bia.say('li hoje');
      expect(bia.last()).toContain('Isto substitui o pulo registrado para hoje');
    });
  });

  describe('bounds (issue 18.5)', () => {
    it('given entries and a habit start in year 0001 written straight into the database, then /week and "how am I doing?" still answer', async () => {
      const ana = await personWith('ana', 'en', [{ name: 'Read' }]);
      const user = (await chat.db.repos.users.findByIdentity('console', 'ana'))!;
      const [habit] = await chat.db.repos.habits.list(user.id);
      await chat.db.repos.habits.update(user.id, habit!.id, { startDate: '0001-01-01' });
      await chat.db.repos.entries.add(user.id, { habitId: habit!.id, kind: 'done', localDate: '0001-01-02', source: 'import' });
      await ana.say('/week');
      expect(ana.last()).toMatch(/⬜ {2}Read/);
      await ana.say('how am I doing?');
      expect(ana.last()).toContain('Today: 0 of 1 due done.');
      await ana.say('read on 1999-12-31');
      expect(ana.last()).not.toContain('✅');
    });
  });
});
