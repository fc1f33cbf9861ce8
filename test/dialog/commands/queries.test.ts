import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    expect(ana.last()).toMatch(/✅ ✅ ✅ ✅ {2}Read/);

    await ana.say('how am I doing?');
    expect(ana.last()).toContain('Best streak: Read, 4 days');
  });

  it('given no habits, then queries point to /new', async () => {
    const ana = await onboarded(chat);
    for (const command of ['/today', '/stats', '/streaks', '/week']) {
      await ana.say(command);
      expect(ana.last()).toContain('/new');
    }
  });
});
