// Flooding: one person sending faster than anyone types gets one "slow down", and what the
// flood says is neither read nor written, while everyone else goes on as usual.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { sql } from 'drizzle-orm';
import { createHabit } from '../../src/app/habits.js';
import { rowsOf } from '../../src/db/client.js';
import { createConversation } from '../../src/dialog/conversation.js';
import type { Conversation, InboundMessage } from '../../src/dialog/messages.js';
import { createTokenBucketLimiter } from '../../src/dialog/rate-limit.js';
import { expectOk } from '../app/fixtures.js';
import { FixedClock } from '../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

describe('the token bucket', () => {
  it('given a burst of 3 and 1 a second, then the 4th at once is warned, the 5th dropped, and a second later one more is allowed', () => {
    const limiter = createTokenBucketLimiter({ burst: 3, refillPerSecond: 1 });
    const at = (ms: number) => new Date(Date.UTC(2026, 10, 23, 12) + ms);
    expect([0, 1, 2, 3, 4].map((ms) => limiter.take('ana', at(ms)))).toEqual(['allow', 'allow', 'allow', 'warn', 'drop']);
    expect(limiter.take('bruno', at(5))).toBe('allow');
    expect(limiter.take('ana', at(1004))).toBe('allow');
    // A new flood gets its own single warning.
    expect([limiter.take('ana', at(1005)), limiter.take('ana', at(1006))]).toEqual(['warn', 'drop']);
    expect(limiter.take('ana', at(10_000))).toBe('allow');
  });

  it('given many people who went quiet, then their full buckets are forgotten instead of kept forever', () => {
    const limiter = createTokenBucketLimiter({ burst: 1, refillPerSecond: 1, maxBuckets: 2 });
    const start = Date.UTC(2026, 10, 23, 12);
    limiter.take('a', new Date(start));
    limiter.take('b', new Date(start));
    // 'a' and 'b' refilled (and were forgotten) by the time 'c' arrives: 'a' starts full again.
    expect(limiter.take('c', new Date(start + 5000))).toBe('allow');
    expect(limiter.take('a', new Date(start + 5000))).toBe('allow');
  });
});

describe('a flooded conversation', () => {
  let db: TestDatabase;
  let clock: FixedClock;
  let conversation: Conversation;
  let sequence = 0;
  beforeEach(async () => {
    db = await createTestDatabase();
    clock = new FixedClock('2026-11-23T12:00:00Z');
    conversation = createConversation({
      repos: db.repos, clock, coach: createTemplateCoach(await loadPersonalities()),
      rateLimiter: createTokenBucketLimiter({ burst: 20, refillPerSecond: 1 }),
    });
  });
  afterEach(async () => { await db.close(); });

  const say = (who: string, text: string): Promise<ReturnType<Conversation['handle']> extends Promise<infer R> ? R : never> => {
    const message: InboundMessage = {
      platform: 'telegram', user: { externalId: who, displayName: who }, chat: { id: who, kind: 'private' }, text, updateId: `flood-${++sequence}`, localeHint: 'en',
    };
    return conversation.handle(message);
  };

  async function entriesOf(who: string): Promise<number> {
    const user = await db.repos.users.findByIdentity('telegram', who);
    return user ? (await db.repos.entries.listForUser(user.id)).length : 0;
  }

  it('given 100 messages at once, then one "slow down" reply, and the flood past the burst is neither answered nor written', async () => {
    await say('ana', 'hi');
    await say('ana', 'skip');
    const ana = (await db.repos.users.findByIdentity('telegram', 'ana'))!;
    // Several a day: every "did 10 pushups" that is read writes an entry.
    expectOk(await createHabit({ repos: db.repos, clock }, ana, { name: 'Pushups', target: { quantity: 20, unit: 'pushups', direction: 'at_least' } }));
    clock.advance(60_000); // the setup's messages are paid back

    const first = sequence + 1;
    const replies = await Promise.all(Array.from({ length: 100 }, () => say('ana', 'did 10 pushups')));
    const texts = replies.map((reply) => reply.map((item) => item.text).join('\n'));
    expect(texts.filter((text) => text.includes('faster than I can read'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('**Pushups** done'))).toHaveLength(20);
    expect(texts.filter((text) => text === '')).toHaveLength(79);
    expect(await entriesOf('ana')).toBe(20);
    const answered = rowsOf<{ n: number }>(await db.handle.db.execute(sql`
      select count(*)::int as n from processed_updates where update_id in (${sql.join(Array.from({ length: 100 }, (_, index) => sql`${`flood-${first + index}`}`), sql`, `)})`));
    expect(answered[0]!.n).toBe(20);

    // Someone else is not slowed down by Ana's flood.
    expect((await say('bruno', 'hi')).map((reply) => reply.text).join('\n')).not.toContain('faster');
    // And Ana, a few seconds later, is read again.
    clock.advance(5_000);
    expect((await say('ana', '/habits')).map((reply) => reply.text).join('\n')).toContain('Pushups');
  });
});
