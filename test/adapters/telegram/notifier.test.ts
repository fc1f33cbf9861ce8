import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTelegramNotifier, TelegramRateLimitedError, TelegramRecipientUnreachableError,
} from '../../../src/adapters/telegram/notifier.js';
import type { Notifier } from '../../../src/dialog/messages.js';
import { failure, ok, startFakeTelegramApi, tooManyRequests, type FakeTelegramApi } from './fake-api.js';

const token = '123456:TEST-notifier-token-abcdefgh';
const person = { platform: 'telegram' as const, chatId: '4242' };

describe('the Telegram notifier', () => {
  let api: FakeTelegramApi;
  let notifier: Notifier;

  beforeEach(async () => {
    api = await startFakeTelegramApi();
    notifier = createTelegramNotifier({ token, apiRoot: api.url });
  });
  afterEach(async () => {
    await api.close();
  });

  it('given a reminder with buttons then the person gets one HTML message with an inline keyboard', async () => {
    await notifier.send(person, { text: 'Time for **Reading** 📖', buttons: [[{ label: 'Done', data: '1:l:x:d:20250101' }]] });
    const [sent, ...rest] = api.of('sendMessage');
    expect(rest).toHaveLength(0);
    expect(sent?.body).toMatchObject({
      chat_id: '4242',
      text: 'Time for <b>Reading</b> 📖',
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [[{ text: 'Done', callback_data: '1:l:x:d:20250101' }]] },
    });
  });

  it('given a 429 with retry_after then it waits that long and the message arrives exactly once', async () => {
    api.script('sendMessage', tooManyRequests(1), ok({ message_id: 1, date: 0, chat: { id: 4242, type: 'private' }, text: 'x' }));
    const started = Date.now();
    await notifier.send(person, { text: 'Streak at risk: 6 days of **Running**' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const attempts = api.of('sendMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]?.body).toEqual(attempts[1]?.body); // the same message, retried, answered 200 once
  });

  it('given a 429 asking for longer than it waits then it fails at once with retry_after for the job', async () => {
    api.script('sendMessage', tooManyRequests(3600));
    const sending = notifier.send(person, { text: 'nudge' });
    await expect(sending).rejects.toBeInstanceOf(TelegramRateLimitedError);
    await expect(sending).rejects.toMatchObject({ retryAfterSeconds: 3600 });
    expect(api.of('sendMessage')).toHaveLength(1);
  });

  it('given a person who blocked the bot then it says the recipient is unreachable', async () => {
    api.script('sendMessage', failure(403, 'Forbidden: bot was blocked by the user'));
    await expect(notifier.send(person, { text: 'nudge' })).rejects.toBeInstanceOf(TelegramRecipientUnreachableError);
  });

  it('given a stats card then it uploads the PNG with sendPhoto and the caption', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await notifier.send({ platform: 'telegram', chatId: '-100777' }, { text: 'Weekly leaderboard', image: { png, alt: 'leaderboard' } });
    const [upload] = api.of('sendPhoto');
    expect(upload?.contentType).toMatch(/multipart\/form-data/);
    expect(upload?.raw.includes(Buffer.from(png))).toBe(true);
    expect(upload?.raw.toString('latin1')).toContain('Weekly leaderboard');
    expect(api.of('sendMessage')).toHaveLength(0);
  });

  it('refuses a target on another platform', async () => {
    await expect(notifier.send({ platform: 'discord', chatId: '1' }, { text: 'x' })).rejects.toThrow(/discord/);
  });
});
