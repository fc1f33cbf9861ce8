// The notifier the jobs use: speaks first in a channel or in a person's DMs, with text,
// buttons or an image, through Discord's REST API (rate limits waited out).
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDiscordNotifier } from '../../../src/adapters/discord/notifier.js';
import { encodeButton } from '../../../src/dialog/buttons.js';
import { FakeDiscordApi } from './fake-discord.js';

const CHANNEL = '500000000000000005';
const PERSON = '800000000000000008';
let api: FakeDiscordApi;
beforeEach(() => { api = new FakeDiscordApi().install(); });
afterEach(async () => { await api.uninstall(); });

const notifier = () => createDiscordNotifier({ rest: new REST({ version: '10' }).setToken('test-token') });

describe('the Discord notifier', () => {
  test('given a channel, then the text is posted there, pinging nobody', async () => {
    await notifier().send({ platform: 'discord', chatId: CHANNEL }, { text: '📸 Time for this week\'s proof!' });
    const calls = await api.settled();
    expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([`POST /channels/${CHANNEL}/messages`]);
    expect(calls[0]!.body).toEqual({ content: '📸 Time for this week\'s proof!', components: [], allowed_mentions: { parse: [] } });
  });

  test('given a person\'s user id, then their DM channel is opened once and remembered', async () => {
    api.unknownChannels.add(PERSON);
    const send = notifier();
    const done = encodeButton({ action: 'log', habitId: 'h1', kind: 'done', date: '2026-03-04', quantity: null });
    await send.send({ platform: 'discord', chatId: PERSON }, { text: '⏰ Read?', buttons: [[{ label: 'Done', data: done }]] });
    await send.send({ platform: 'discord', chatId: PERSON }, { text: 'Again' });
    const calls = await api.settled();
    const dm = `7${PERSON.slice(1)}`;
    expect(calls.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `POST /channels/${PERSON}/messages`, // Unknown Channel: it is a user
      'POST /users/@me/channels',
      `POST /channels/${dm}/messages`,
      `POST /channels/${dm}/messages`,
    ]);
    expect(calls[1]!.body).toEqual({ recipient_id: PERSON });
    expect(calls[2]!.body.components).toEqual([{ type: 1, components: [{ type: 2, custom_id: done, label: 'Done', style: 3 }] }]);
  });

  test('given an image, then it is uploaded as an attachment with its alt text', async () => {
    await notifier().send({ platform: 'discord', chatId: CHANNEL }, { text: 'Leaderboard', image: { png: new Uint8Array([137, 80, 78, 71]), alt: 'Weekly leaderboard' } });
    const [call] = await api.settled();
    expect(call!.files).toEqual(['habit-coach.png']);
    expect(call!.body).toMatchObject({ content: 'Leaderboard', attachments: [{ id: 0, filename: 'habit-coach.png', description: 'Weekly leaderboard' }] });
  });

  test('given Discord says 429 with retry_after, then it waits and the message arrives exactly once', async () => {
    api.fail('POST', /\/channels\/\d+\/messages$/, 429, { message: 'You are being rate limited.', retry_after: 0.2, global: false }, {
      headers: { 'retry-after': '0.2', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.2', 'x-ratelimit-bucket': 'b1', 'x-ratelimit-scope': 'user' },
    });
    const started = Date.now();
    await notifier().send({ platform: 'discord', chatId: CHANNEL }, { text: 'hello' });
    const calls = await api.settled();
    expect(calls.map(({ path }) => path)).toEqual([`/channels/${CHANNEL}/messages`, `/channels/${CHANNEL}/messages`]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  test('given a person who closed their DMs, then the error reaches the job (which decides what to do)', async () => {
    api.fail('POST', /\/channels\/\d+\/messages$/, 403, { message: 'Cannot send messages to this user', code: 50007 });
    await expect(notifier().send({ platform: 'discord', chatId: CHANNEL }, { text: 'hi' })).rejects.toThrow(/Cannot send messages/);
  });

  test('given only a token (a worker without the gateway), then it sends the same way', async () => {
    await createDiscordNotifier({ token: 'test-token' }).send({ platform: 'discord', chatId: CHANNEL }, { text: 'hi' });
    expect((await api.settled()).map(({ path }) => path)).toEqual([`/channels/${CHANNEL}/messages`]);
  });

  test('given a Telegram target, then it refuses without calling Discord', async () => {
    await expect(notifier().send({ platform: 'telegram', chatId: '1' }, { text: 'hi' })).rejects.toThrow(/telegram/);
    expect(api.calls).toEqual([]);
  });
});
