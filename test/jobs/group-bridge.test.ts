// The weekly recap of groups made and used through the real conversation (Telegram group and
// Discord channel on one database), delivered by the in-process runner: a bridged group's
// Telegram and Discord members are in one recap, posted the same in both chats; and a group
// gone quiet gets its recap again once someone speaks in its chat, to the bot or not.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadReviewQuestions } from '../../src/coach/index.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createConversation } from '../../src/dialog/conversation.js';
import { createGroupRecapComposer } from '../../src/dialog/group-recap.js';
import type { Conversation, InboundMessage, Reply } from '../../src/dialog/messages.js';
import { startInProcessJobs, type InProcessJobs } from '../../src/jobs/index.js';
import { RecordingNotifier } from './support/recording-notifier.js';
import { createJobsWorld, type JobsWorld } from './support/world.js';

let world: JobsWorld;
let conversation: Conversation;
const admins = new Set<string>();
let telegram: RecordingNotifier;
let discord: RecordingNotifier;
let jobs: InProcessJobs | null = null;
let updates = 0;

beforeAll(async () => {
  world = await createJobsWorld('2026-12-06T12:00:00Z');
  conversation = createConversation({
    repos: world.db.repos, clock: world.clock, coach: world.coach, reviewQuestions: await loadReviewQuestions(),
    chatAdmins: { isAdmin: (_chat, externalId) => Promise.resolve(admins.has(externalId)) },
  });
});
afterAll(() => world.close());
afterEach(async () => {
  await jobs?.stop();
  jobs = null;
});

async function startJobs(): Promise<InProcessJobs> {
  telegram = new RecordingNotifier();
  discord = new RecordingNotifier();
  jobs = startInProcessJobs({
    database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach, notifiers: { telegram, discord },
    groupRecap: createGroupRecapComposer({ app: world.deps, templates: createTemplateCoach(await loadPersonalities()) }), autoStart: false,
  });
  return jobs;
}

/** Someone speaking in a group chat on one platform. */
function speaker(name: string, platform: 'telegram' | 'discord', chatId: string) {
  return (text: string, addressedToBot = true): Promise<Reply[]> => conversation.handle({
    platform, user: { externalId: `${platform}-${name}`, displayName: name }, chat: { id: chatId, kind: 'group', title: 'Runners' },
    text, updateId: `bridge-${++updates}`, localeHint: 'en', addressedToBot,
  } satisfies InboundMessage);
}

async function runAt(iso: string): Promise<void> {
  world.clock.set(iso);
  await jobs!.runOnce();
}

describe('the recap of a group made in the chats', () => {
  it('given a group bridged from Telegram to Discord, then a Telegram member and a Discord member are in one recap, the same in both chats', async () => {
    await startJobs();
    const [telegramChat, discordChannel] = ['-100555001', '1400000000000000001'];
    admins.add('telegram-Ana').add('discord-Dan');
    const ana = speaker('Ana', 'telegram', telegramChat);
    await ana('/group');
    const code = /\*\*([A-Z0-9-]{14})\*\*/.exec((await ana('/group bridge')).find((reply) => reply.direct)!.text)![1]!;
    expect((await speaker('Dan', 'discord', discordChannel)(`/group bridge ${code}`))[0]!.text).toContain('This chat is now a home of **Runners** too');
    await speaker('Eve', 'discord', discordChannel)('/join');
    await speaker('Bia', 'telegram', telegramChat)('/join');

    await runAt('2026-12-06T12:00:00Z');
    await runAt('2026-12-06T18:00:05Z'); // Sunday 18:00 in Ana's zone (UTC), which the group started in
    await runAt('2026-12-06T18:01:05Z');
    const posted = telegram.texts(telegramChat);
    expect(posted).toHaveLength(1);
    expect(discord.texts(discordChannel)).toEqual(posted);
    expect(posted[0]).toContain('Runners');
    // One group: its members from both chats are listed together, on either platform.
    const members = (await speaker('Eve', 'discord', discordChannel)('/members')).map((reply) => reply.text).join('\n');
    for (const name of ['Ana', 'Bia', 'Dan', 'Eve']) expect(members).toContain(name);
  });

  it('given a group nobody spoke in for five weeks, then it gets no recap; someone chatting (not to the bot) brings the next one back', async () => {
    world.clock.set('2027-01-04T12:00:00Z');
    const chat = '-100555002';
    admins.add('telegram-Fia');
    await speaker('Fia', 'telegram', chat)('/group');
    await startJobs();
    await runAt('2027-02-14T12:00:00Z');
    await runAt('2027-02-14T18:00:05Z');
    expect(telegram.texts(chat)).toEqual([]);

    world.clock.set('2027-02-16T08:00:00Z');
    expect(await speaker('Gus', 'telegram', chat)('anyone up for a run tomorrow?', false)).toEqual([]);
    await runAt('2027-02-21T18:00:05Z');
    expect(telegram.texts(chat)).toEqual([expect.stringContaining('Runners')]);
  });
});
