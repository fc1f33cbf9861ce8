import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/dialog/messages.js';
import { createHabit, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('queries answered from data', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given a few days of logs, then /stats, /streaks, /week and "how am I doing?" tell the same story', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await createHabit(ana, 'Run', '3 times a week');
    for (const when of ['3 days ago', '2 days ago', 'yesterday', 'today']) await ana.say(`read ${when}`);

    await ana.say('/streaks');
    expect(ana.last()).toContain('🔥 Read: 4 days (best 4 days)');

    await ana.say('/stats');
    expect(ana.last()).toContain('**Read**');
    expect(ana.last()).toMatch(/🔥 4 days \(best 4 days\) · strength \d+% · success \d+% · 66-day formation \d+\/66 · 4 done/);
    expect(ana.last()).toContain('Overall, 2 habits');

    await ana.say('/week');
    expect(ana.last()).toContain('The last 7 days');
    expect(ana.last()).toContain('`Tu We Th Fr Sa Su Mo`');
    expect(ana.last()).toMatch(/✅ ✅ ✅ ✅ {2}Read/);

    await ana.say('how am I doing?');
    expect(ana.last()).toContain('Best streak: Read, 4 days');

    await ana.say('/today');
    expect(ana.last()).toContain('**Run** (0/3 this week)');
  });

  it('given a single habit, then "how am I doing?" compares it with nothing', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Pushups');
    await ana.say('did 20 pushups');
    await ana.say('how am I doing?');
    expect(ana.last()).toContain('Best streak: Pushups, 1 day.');
    expect(ana.last()).not.toContain('needs some love');
    expect(ana.last().match(/Pushups/g)).toHaveLength(1);
  });

  it('given a strong habit and a weak one, then "how am I doing?" names each once for what it is', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await createHabit(ana, 'Stretch');
    for (const when of ['3 days ago', '2 days ago', 'yesterday', 'today']) await ana.say(`read ${when}`);
    await ana.say('how am I doing?');
    expect(ana.last()).toContain('Best streak: Read, 4 days.');
    expect(ana.last()).toMatch(/Stretch needs some love/);
  });

  it('given Portuguese and one entry, then /stats and "como estou indo?" never say "1 feitos"', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await createHabit(bia, 'Leitura', 'todo dia');
    await bia.say('li hoje');
    await bia.say('/stats');
    expect(bia.last()).toContain('feitos: 1');
    expect(bia.last()).not.toMatch(/\b1 feitos/);
    await bia.say('como estou indo?');
    expect(bia.last()).toContain('Hoje: feitos 1 de 1.');
    // Each column head names one day, in Portuguese ("3ª 4ª 5ª 6ª sá do 2ª" mixed ordinals and syllables).
    await bia.say('/semana');
    expect(bia.last()).toContain('`Te Qa Qi Sx Sá Do Sg`');
  });

  it('given no habits, then queries point to /new', async () => {
    const ana = await onboarded(chat);
    for (const command of ['/today', '/stats', '/streaks', '/week']) {
      await ana.say(command);
      expect(ana.last()).toContain('/new');
    }
  });

  describe('in a group', () => {
    let sequence = 0;
    const inGroup = (text: string, audience?: InboundMessage['audience']): Promise<string> => {
      const message: InboundMessage = {
        platform: 'telegram', user: { externalId: 'ana', displayName: 'Ana' }, chat: { id: '-100777', kind: 'group' },
        text, updateId: `group-${++sequence}`, addressedToBot: true, ...(audience ? { audience } : {}),
      };
      return chat.conversation.handle(message).then((replies) => replies.map((reply) => reply.text).join('\n'));
    };

    async function anaWithHistory() {
      const ana = chat.person('ana', { platform: 'telegram', localeHint: 'en' });
      await ana.say('hi');
      await ana.say('skip');
      await createHabit(ana, 'Read');
      await ana.say('read yesterday');
      await ana.say('read today');
      return ana;
    }

    it('given a member who keeps stats private (the default), then /stats, /streaks, /week and "how am I doing?" show none of them', async () => {
      await anaWithHistory();
      for (const ask of ['/stats', '/streaks', '/week', 'how am I doing?']) {
        const answer = await inGroup(ask);
        expect(answer, ask).toContain('Ana, your stats are private');
        expect(answer, ask).toContain('direct message');
        expect(answer, ask).toContain('/settings');
        expect(answer, ask).not.toContain('Read');
      }
    });

    it('given a platform that shows the answer to the member alone, or a member asking to show it, then the stats are shown', async () => {
      await anaWithHistory();
      expect(await inGroup('/stats', 'speaker')).toContain('🔥 2 days');
      expect(await inGroup('/week', 'chat')).toContain('Read');
    });

    it('given the same member in their direct chat, then /stats shows everything', async () => {
      const ana = await anaWithHistory();
      await ana.say('/stats');
      expect(ana.last()).toContain('🔥 2 days');
    });

    it('given a member who shares (turned on in /settings), then their stats show in the group', async () => {
      const ana = await anaWithHistory();
      await ana.say('/settings');
      expect(ana.last()).toContain('Stats in groups: private');
      await ana.press('Stats in groups');
      expect(ana.last()).toContain('Stats in groups: shared');
      const stats = await inGroup('/stats@HabitCoachBot');
      expect(stats).toContain('**Read**');
      expect(stats).toContain('🔥 2 days');
      expect(await inGroup('/streaks')).toContain('🔥 Read: 2 days');
    });
  });
});
