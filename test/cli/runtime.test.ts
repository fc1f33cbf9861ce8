// The runtime built from configuration, over a real PostgreSQL database: what the deployment's
// settings change for the people who talk to it.
import nock from '../coach/http-mock.js';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createCoachLogRepository } from '../../src/db/repositories/coach.js';
import type { InboundMessage } from '../../src/dialog/messages.js';
import { API_KEY, LLM_BASE, fakeLlm, ok } from '../coach/support.js';
import { FixedClock } from '../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let sequence = 0;
function said(externalId: string, text: string, localeHint = 'en'): InboundMessage {
  return { platform: 'telegram', user: { externalId, displayName: externalId }, chat: { id: externalId, kind: 'private' }, text, updateId: `rt-${++sequence}`, localeHint };
}
const hello = (externalId: string, localeHint: string) => said(externalId, 'hi', localeHint);

beforeAll(() => { nock.disableNetConnect(); });
afterAll(() => { nock.enableNetConnect(); });

describe('createRuntime', () => {
  let db: TestDatabase;
  let runtime: Runtime | undefined;
  beforeEach(async () => { db = await createTestDatabase(); });
  afterEach(async () => {
    await runtime?.close();
    runtime = undefined;
    await db.close();
  });

  const start = async (env: Record<string, string> = {}) => {
    const config = loadConfig({ DATABASE_URL: db.url ?? undefined, LOG_LEVEL: 'silent', ...env });
    runtime = await createRuntime(config, { clock: new FixedClock('2026-11-23T12:00:00Z'), logger: pino({ level: 'silent' }) });
    return runtime;
  };

  describe('DEFAULT_TIME_ZONE', () => {
    it('given it set, then new people start in that zone whatever their language, and setup says so', async () => {
      const { conversation, repos } = await start({ DEFAULT_TIME_ZONE: 'Europe/Lisbon' });
      const [welcome] = await conversation.handle(hello('ana', 'en'));
      expect(welcome?.text).toContain('Now: Europe/Lisbon');
      await conversation.handle(hello('bia', 'pt-BR'));
      expect((await repos.users.findByIdentity('telegram', 'ana'))?.timeZone).toBe('Europe/Lisbon');
      expect((await repos.users.findByIdentity('telegram', 'bia'))?.timeZone).toBe('Europe/Lisbon');
    });

    it('given it unset, then its documented default (America/Sao_Paulo) is where everyone starts', async () => {
      const { conversation, repos } = await start();
      await conversation.handle(hello('ana', 'en'));
      expect((await repos.users.findByIdentity('telegram', 'ana'))?.timeZone).toBe('America/Sao_Paulo');
    });

    it('given a zone that does not exist, then startup stops with an error naming the variable', async () => {
      await expect(start({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).rejects.toThrow(ConfigError);
      await expect(start({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).rejects.toThrow(/DEFAULT_TIME_ZONE: unknown time zone "Mars\/Olympus"/);
    });
  });

  describe('the coach message log', () => {
    afterEach(() => { nock.cleanAll(); });

    const messagesOf = async (externalId: string) => {
      const user = await db.repos.users.findByIdentity('telegram', externalId);
      return createCoachLogRepository(db.handle).listMessages(user!.id);
    };

    it('given a model, then what the coach says in free chat is logged and remembered for the next turn', async () => {
      const { conversation } = await start({ OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: `${LLM_BASE}/v1` });
      await conversation.handle(said('ana', 'hi'));
      await conversation.handle(said('ana', 'skip'));
      fakeLlm(ok({ text: 'Sleep is where the practice settles. Rest, you must.' }));
      const [answer] = await conversation.handle(said('ana', 'what do you think about sleep?'));
      expect(answer?.text).toBe('Sleep is where the practice settles. Rest, you must.');
      // The clock is fixed, so the log's order among equal times is not the point: find the line.
      const messages = await messagesOf('ana');
      expect(messages.find((message) => message.moment === 'free_chat'))
        .toMatchObject({ fromModel: true, text: 'Sleep is where the practice settles. Rest, you must.' });
      const user = await db.repos.users.findByIdentity('telegram', 'ana');
      const memory = await createCoachLogRepository(db.handle).getMemory(user!.id);
      expect(memory?.turns.map((turn) => turn.role)).toEqual(['user', 'assistant']);
    });

    it("given no model, then a slip's coach line is logged, and an ordinary log's echo writes nothing to the log", async () => {
      const { conversation } = await start();
      await conversation.handle(said('ana', 'hi'));
      await conversation.handle(said('ana', 'skip'));
      for (const text of ['/new Read', 'every day', 'done', '/new No smoking', 'every day', 'done']) await conversation.handle(said('ana', text));
      await conversation.handle(said('ana', 'read today'));
      expect(await messagesOf('ana')).toEqual([]);
      const [echo] = await conversation.handle(said('ana', 'had a cigarette'));
      const messages = await messagesOf('ana');
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ moment: 'slip', fromModel: false });
      expect(echo?.text).toContain(messages[0]!.text);
    });
  });
});
