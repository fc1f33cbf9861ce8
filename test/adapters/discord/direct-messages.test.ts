// Direct messages: the whole conversation in plain words, as on Telegram. Messages in
// server channels are never read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../../src/core/types.js';
import { buttonsOf, describeCalls } from './calls.js';
import { BOT_USER } from './fake-discord.js';
import { startHarness, type Harness } from './harness.js';
import { directMessage, guildMessage, person, type Person } from './payloads.js';

let h: Harness;
let ana: Person;
let anaUser: User;

beforeAll(async () => {
  h = await startHarness();
  ana = person();
  anaUser = await h.givenPerson(ana);
  await h.givenHabit(anaUser, { name: 'Read', target: { quantity: 20, unit: 'pages', direction: 'at_least' } });
  await h.givenHabit(anaUser, { name: 'Meditate' });
});
afterAll(async () => { await h?.close(); });

const dmChannel = (who: Person) => `6${who.id.slice(1)}`;
const entriesOf = (user: User) => h.db.repos.entries.listForUser(user.id);

describe('direct messages', () => {
  test('given "read 30 pages yesterday", then it is logged and echoed in the DM with an Undo button', async () => {
    const calls = await h.message(directMessage(ana, 'read 30 pages yesterday'));
    expect(describeCalls(calls)).toEqual([`send to ${dmChannel(ana)}`]);
    expect(calls[0]!.body.content).toMatch(/Read/);
    expect(buttonsOf(calls[0]).flat().map((button) => button.label)).toEqual([expect.stringMatching(/Undo/)]);
    expect(await entriesOf(anaUser)).toMatchObject([{ kind: 'done', quantity: 30, localDate: '2026-03-03', source: 'chat' }]);
  });

  // Ana writes in English: Portuguese words are another language's, read as a fallback and asked first.
  test('given Portuguese words, then they are read too, asked first', async () => {
    await h.message(directMessage(ana, 'meditei hoje'));
    expect(await entriesOf(anaUser)).toHaveLength(1);
    await h.message(directMessage(ana, 'yes'));
    expect((await entriesOf(anaUser)).map((entry) => entry.localDate)).toEqual(['2026-03-03', '2026-03-04']);
  });

  test('given "undo", then the latest entry is taken back', async () => {
    const calls = await h.message(directMessage(ana, 'undo'));
    expect(describeCalls(calls)).toEqual([`send to ${dmChannel(ana)}`]);
    expect(await entriesOf(anaUser)).toHaveLength(1);
  });

  test('given a photo with words, then the words are read and the photo goes along as an attachment', async () => {
    const photo = { id: '990000000000000001', filename: 'page.jpg', size: 1000, url: 'https://cdn.discordapp.com/attachments/1/2/page.jpg', proxy_url: 'https://media.discordapp.net/page.jpg', content_type: 'image/jpeg' };
    const seen: unknown[] = [];
    const handle = h.conversation.handle.bind(h.conversation);
    h.conversation.handle = (message) => { seen.push(message.attachment); return handle(message); };
    const calls = await h.message(directMessage(ana, 'read 5 pages', { attachments: [photo] }));
    h.conversation.handle = handle;
    expect(seen).toEqual([{ kind: 'photo', fileRef: photo.url, caption: 'read 5 pages' }]);
    expect(describeCalls(calls)).toEqual([`send to ${dmChannel(ana)}`]);
    expect((await entriesOf(anaUser)).map((entry) => entry.quantity)).toContain(5);
    await h.message(directMessage(ana, 'undo'));
  });

  test('given a DM with NUL bytes and half an emoji, then the conversation gets the text without them', async () => {
    const seen: unknown[] = [];
    const handle = h.conversation.handle.bind(h.conversation);
    h.conversation.handle = (message) => { seen.push(message.text); return handle(message); };
    await h.message(directMessage(ana, 'how am I\u0000 doing \ud83d?'));
    h.conversation.handle = handle;
    expect(seen).toEqual(['how am I doing ?']);
  });

  test('given someone new writes, then the conversation starts onboarding with them there', async () => {
    const bea = person({ locale: 'pt-BR' });
    const calls = await h.message(directMessage(bea, 'oi'));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((call) => call.path === `/channels/${dmChannel(bea)}/messages`)).toBe(true);
    expect(await h.db.repos.users.findByIdentity('discord', bea.id)).not.toBeNull();
  });

  test('given several messages at once, then the replies keep their order', async () => {
    const actions = (h.bot.client as unknown as { actions: { MessageCreate: { handle(raw: unknown): unknown } } }).actions;
    const before = h.api.calls.length;
    actions.MessageCreate.handle(directMessage(ana, 'did meditate'));
    actions.MessageCreate.handle(directMessage(ana, 'undo'));
    await h.bot.idle();
    const texts = h.api.calls.slice(before).map((call) => call.body.content as string);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/Meditate/);
    expect(buttonsOf(h.api.calls[before])).not.toEqual([]); // the echo (with Undo) came first
    expect(await entriesOf(anaUser)).toHaveLength(1);
  });

  test('given a message in a server channel, then the bot neither reads nor answers it', async () => {
    const stranger = person();
    expect(await h.message(guildMessage(stranger, 'did 20 pushups'))).toEqual([]);
    expect(await h.db.repos.users.findByIdentity('discord', stranger.id)).toBeNull();
  });

  test('given a message from a bot (or itself), then it is ignored', async () => {
    const bot = { ...directMessage(ana, 'read 5 pages'), author: BOT_USER };
    expect(await h.message(bot)).toEqual([]);
    expect(await entriesOf(anaUser)).toHaveLength(1);
  });

  test('given the same message redelivered after a restart (so discord.js has not cached it), then it is logged once', async () => {
    const raw = directMessage(ana, 'read 10 pages');
    await h.message(raw);
    const channel = h.bot.client.channels.cache.get(raw.channel_id);
    if (channel?.isTextBased()) channel.messages.cache.clear();
    const again = await h.message({ ...raw });
    expect(describeCalls(again)).toEqual([`send to ${dmChannel(ana)}`]); // the same answer again
    expect((await entriesOf(anaUser)).filter((entry) => entry.quantity === 10)).toHaveLength(1);
  });
});
