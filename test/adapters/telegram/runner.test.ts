// Running the bot against a fake Bot API on 127.0.0.1 (apiRoot): long polling through the
// runner with a 429 on the way, and webhook mode with its secret-token check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import { runTelegramBot, type RunningTelegram } from '../../../src/adapters/telegram/runner.js';
import { createRuntime, type Runtime } from '../../../src/cli/runtime.js';
import { loadConfig } from '../../../src/config.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { failure, ok, startFakeTelegramApi, tooManyRequests, type FakeTelegramApi } from './fake-api.js';
import { memoryLogger, TEST_TOKEN } from './harness.js';
import { privateChat, textMessage } from './updates.js';

async function until<T>(check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('running the Telegram bot', () => {
  let api: FakeTelegramApi;
  let db: TestDatabase;
  let runtime: Runtime;
  let running: RunningTelegram | undefined;

  beforeEach(async () => {
    api = await startFakeTelegramApi();
    db = await createTestDatabase();
    const config = loadConfig({ DATABASE_URL: db.url ?? undefined, LOG_LEVEL: 'silent' });
    runtime = await createRuntime(config, { clock: new FixedClock('2026-11-23T12:00:00Z'), logger: memoryLogger().logger });
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await runtime.close();
    await db.close();
    await api.close();
  });

  const botOn = () => createTelegramBot({ token: TEST_TOKEN, apiRoot: api.url, conversation: runtime.conversation, logger: runtime.logger });

  it('given long polling then it drops any webhook, sets the command menus (private and group chats) in en, pt and es, and answers updates', async () => {
    api.script('getUpdates', ok([textMessage({ updateId: 9001, chat: privateChat, text: '/help', command: true })]));
    running = await runTelegramBot(botOn(), { logger: runtime.logger });
    expect(running.mode).toBe('polling');
    const [reply] = await until(() => api.of('sendMessage').length > 0 && api.of('sendMessage'));
    expect(reply?.body).toMatchObject({ chat_id: privateChat.id, parse_mode: 'HTML' });
    expect(api.of('deleteWebhook')).toHaveLength(1);
    const menus = await until(() => api.of('setMyCommands').length === 6 && api.of('setMyCommands'));
    expect(menus.map((call) => call.body.language_code)).toEqual([undefined, 'pt', 'es', undefined, 'pt', 'es']);
    expect(menus.map((call) => (call.body.scope as { type?: string } | undefined)?.type)).toEqual([undefined, undefined, undefined, 'all_group_chats', 'all_group_chats', 'all_group_chats']);
    const commandsOf = (index: number) => (menus[index]?.body.commands as { command: string }[]).map((entry) => entry.command);
    expect(commandsOf(2)).toEqual(expect.arrayContaining(['hoy', 'nuevo', 'pausar', 'metas', 'semana', 'rachas', 'deshacer', 'ayuda', 'ajustes']));
    // Group chats: the group's commands first, in each language.
    expect(commandsOf(3).slice(0, 4)).toEqual(['group', 'join', 'members', 'share']);
    expect(commandsOf(4).slice(0, 4)).toEqual(['grupo', 'entrar', 'membros', 'compartilhar']);
    expect(commandsOf(5)).toEqual(expect.arrayContaining(['grupo', 'unirme', 'miembros', 'compartir', 'descompartir', 'compromiso', 'salir', 'quitar', 'ayuda']));
    expect(commandsOf(0)).not.toContain('join');
    expect(api.of('getUpdates')[0]?.body.allowed_updates).toEqual(['message', 'callback_query', 'chat_member']);
  });

  it('given a 429 with retry_after on a reply then it is waited out and the message arrives exactly once', async () => {
    api.script('sendMessage', tooManyRequests(1));
    api.script('getUpdates', ok([textMessage({ updateId: 9002, chat: privateChat, text: '/help', command: true })]));
    running = await runTelegramBot(botOn(), { logger: runtime.logger });
    const attempts = await until(() => api.of('sendMessage').length >= 2 && api.of('sendMessage'));
    const [refused, delivered] = attempts;
    expect(refused?.body).toEqual(delivered?.body);
    expect(delivered!.at - refused!.at).toBeGreaterThanOrEqual(950); // retry_after: 1 second
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.of('sendMessage')).toHaveLength(2); // one refused with 429, one accepted: no duplicate
  });

  describe('with a webhook', () => {
    const secret = 'test-secret_123';

    async function startWebhook(): Promise<{ post: (body: unknown, token?: string, path?: string) => Promise<number> }> {
      running = await runTelegramBot(botOn(), {
        logger: runtime.logger,
        setWebhookBackoff: { firstMs: 200, maxMs: 1000 },
        webhook: { url: 'https://coach.example/telegram/hook', port: 0, secret, host: '127.0.0.1' },
      });
      const port = running.port;
      return {
        async post(body, token, path = '/telegram/hook') {
          const response = await fetch(`http://127.0.0.1:${port}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { 'x-telegram-bot-api-secret-token': token } : {}) },
            body: JSON.stringify(body),
          });
          await response.text();
          return response.status;
        },
      };
    }

    it('registers the webhook with its secret and only the updates it handles', async () => {
      await startWebhook();
      expect(running?.mode).toBe('webhook');
      const [registration] = api.of('setWebhook');
      expect(registration?.body).toMatchObject({
        url: 'https://coach.example/telegram/hook', secret_token: secret, allowed_updates: ['message', 'callback_query', 'chat_member'],
      });
      expect(api.of('getUpdates')).toHaveLength(0);
    });

    it('given setWebhook failing twice at startup then it is retried with backoff until Telegram accepts it, serving meanwhile', async () => {
      const badWebhook = failure(400, 'Bad Request: bad webhook: Failed to resolve host: Name or service not known');
      api.script('setWebhook', badWebhook, badWebhook);
      const webhook = await startWebhook();
      expect(await webhook.post(textMessage({ chat: privateChat, text: '/help', command: true }), secret)).toBe(200);
      const attempts = await until(() => api.of('setWebhook').length === 3 && api.of('setWebhook'));
      expect(attempts.map((attempt) => attempt.body.secret_token)).toEqual([secret, secret, secret]);
      expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThan(attempts[1]!.at - attempts[0]!.at); // backing off
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(api.of('setWebhook')).toHaveLength(3); // accepted: no more attempts
    });

    it('given an update with the right secret header then it is answered', async () => {
      const webhook = await startWebhook();
      expect(await webhook.post(textMessage({ chat: privateChat, text: '/help', command: true }), secret)).toBe(200);
      await until(() => api.of('sendMessage').length === 1);
    });

    it('given a missing or wrong secret header then the update is refused and nothing is sent', async () => {
      const webhook = await startWebhook();
      expect(await webhook.post(textMessage({ chat: privateChat, text: '/help', command: true }))).toBe(401);
      expect(await webhook.post(textMessage({ chat: privateChat, text: '/help', command: true }), 'guess')).toBe(401);
      expect(await webhook.post({}, secret, '/elsewhere')).toBe(404);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(api.of('sendMessage')).toHaveLength(0);
      expect(await db.repos.users.findByIdentity('telegram', String(privateChat.id))).toBeNull();
    });
  });
});
