import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repositories } from '../../../src/app/ports.js';
import { createTemplateCoach, loadPersonalities } from '../../../src/coach/index.js';
import { createConversation } from '../../../src/dialog/conversation.js';
import type { InboundMessage } from '../../../src/dialog/messages.js';
import { onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('goals by conversation', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const goals = async (name = 'ana') => {
    const user = await chat.db.repos.users.findByIdentity('console', name);
    return chat.db.repos.goals.list(user!.id, { includeArchived: true });
  };

  it('given /goal with a target and a deadline, then progress in words ("saved 250") adds up, with Undo', async () => {
    const ana = await onboarded(chat);
    await ana.say('/goal Trip to Japan');
    await ana.press('A target');
    await ana.say('5000 reais');
    await ana.say('2026-12-31');
    expect(ana.last()).toContain('Goal created');
    expect(ana.last()).toContain('0/5,000 reais (0%)');
    await ana.say('saved 250 reais');
    expect(ana.last()).toContain('Trip to Japan: +250 reais');
    expect(ana.last()).toContain('250/5,000 reais (5%)');
    await ana.press('Undo');
    expect(ana.last()).toContain('0/5,000 reais');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect(await chat.db.repos.goals.listProgress(user!.id, (await goals())[0]!.id)).toEqual([]);
  });

  it('given the reply to "saved 250" could not be saved, then the person still hears it was saved and the redelivered update adds it once', async () => {
    const ana = await onboarded(chat);
    await ana.say('/goal Trip to Japan');
    await ana.press('A target');
    await ana.say('5000 reais');
    await ana.press('No deadline');
    let failNextSave = true;
    const repos: Repositories = {
      ...chat.db.repos,
      processedUpdates: {
        ...chat.db.repos.processedUpdates,
        saveReply: async (key, reply, now) => {
          if (failNextSave) { failNextSave = false; throw new Error('connection lost'); }
          return chat.db.repos.processedUpdates.saveReply(key, reply, now);
        },
      },
    };
    const crashing = createConversation({ repos, clock: chat.clock, coach: createTemplateCoach(await loadPersonalities()) });
    const message: InboundMessage = {
      platform: 'console', user: { externalId: 'ana' }, chat: { id: 'ana', kind: 'private' }, text: 'saved 250 reais', updateId: 'tg-goal-1',
    };
    expect((await crashing.handle(message))[0]?.text).toContain('250/5,000 reais (5%)');
    const retried = await crashing.handle(message);
    expect(retried[0]?.text).toContain('250/5,000 reais (5%)');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect(await chat.db.repos.goals.listProgress(user!.id, (await goals())[0]!.id)).toHaveLength(1);
  });

  it('given Portuguese, then "poupei 250" is progress on the goal', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await bia.say('/meta Viagem');
    await bia.press('Um alvo');
    await bia.say('1000 reais');
    await bia.press('Sem prazo');
    await bia.say('poupei 250');
    expect(bia.last()).toContain('Viagem: +250 reais');
    expect(bia.last()).toContain('(25%)');
  });

  it('given a counter, then /goals shows the days and /reset starts it over', async () => {
    const ana = await onboarded(chat);
    await ana.say('/goal No sugar');
    await ana.press('Count days');
    expect((await goals())[0]).toMatchObject({ kind: 'counter', startDate: '2026-11-23' });
    chat.clock.advanceDays(5);
    await ana.say('/goals');
    expect(ana.last()).toContain('**No sugar** — 5 days since');
    await ana.press('Reset No sugar');
    expect(ana.last()).toContain('No sugar starts over today, after 5 days');
    expect((await goals())[0]?.lastResetDate).toBe('2026-11-28');
  });

  it('given no goals, then /goals explains how to create one', async () => {
    const ana = await onboarded(chat);
    await ana.say('/goals');
    expect(ana.last()).toContain('No goals yet');
  });
});
