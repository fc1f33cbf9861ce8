// A group's week on Telegram, end to end: three people in one group chat talk to the running
// bot through telegram-test-api (the Bot API emulator; a small proxy in front answers
// getChatAdministrators, which it lacks), with long polling through the runner, the real
// runtime on PostgreSQL and an injected clock that walks from Monday to Sunday. The weekly
// recap goes out through the in-process jobs runner and the real Telegram notifier.
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import type { TelegramClient } from 'telegram-test-api/lib/modules/telegramClient.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import { createTelegramNotifier } from '../../../src/adapters/telegram/notifier.js';
import { runTelegramBot, type RunningTelegram } from '../../../src/adapters/telegram/runner.js';
import { createRuntime, type Runtime } from '../../../src/cli/runtime.js';
import { jobOptionsOf } from '../../../src/cli/worker.js';
import { loadConfig } from '../../../src/config.js';
import { startInProcessJobs, type InProcessJobs } from '../../../src/jobs/in-process.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { startAdminProxy, type AdminProxy } from './admin-proxy.js';
import { memoryLogger, TEST_TOKEN } from './harness.js';
import { freePort } from '../../support/servers.js';
import { longPollPause, sleep } from './emulator.js';

interface Shown {
  method: string;
  chatId: string;
  messageId: number;
  text: string;
  buttons: { text: string; callback_data: string }[];
}

interface Person {
  id: number;
  name: string;
  /** The person in the group chat, and in their direct chat with the bot. */
  inGroup: TelegramClient;
  direct: TelegramClient;
}

const GROUP_ID = -100_777;
const GROUP_TITLE = 'Morning runners';
// The emulator's getMe: the bot is @TestNameBot, user 666.
const BOT = { id: 666, username: 'TestNameBot' };

describe('Telegram: three members, one group, one week (telegram-test-api emulator)', () => {
  let server: TelegramServer;
  let proxy: AdminProxy;
  let db: TestDatabase;
  let runtime: Runtime;
  let running: RunningTelegram;
  let jobs: InProcessJobs;
  // Monday 23 November 2026, 09:00 in São Paulo (the default zone, so the group's).
  const clock = new FixedClock('2026-11-23T12:00:00Z');
  let ana: Person;
  let bruno: Person;
  let caio: Person;

  beforeAll(async () => {
    server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 3600 });
    await server.start();
    proxy = await startAdminProxy(server.config.apiURL);
    db = await createTestDatabase();
    const { logger } = memoryLogger();
    const config = loadConfig({ DATABASE_URL: db.url ?? undefined, TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: proxy.url });
    runtime = await createRuntime(config, { clock, logger });
    const bot = createTelegramBot({ token: TEST_TOKEN, apiRoot: proxy.url, conversation: runtime.conversation, logger });
    bot.api.config.use(longPollPause);
    running = await runTelegramBot(bot, { logger, startupDeadlineMs: 3000 });
    const notifier = createTelegramNotifier({ token: TEST_TOKEN, apiRoot: proxy.url });
    jobs = startInProcessJobs({ ...jobOptionsOf(runtime, { telegram: notifier }), autoStart: false });
    const person = (id: number, name: string): Person => ({
      id, name,
      inGroup: server.getClient(TEST_TOKEN, { userId: id, chatId: GROUP_ID, type: 'supergroup', chatTitle: GROUP_TITLE, firstName: name, userName: name.toLowerCase() }),
      direct: server.getClient(TEST_TOKEN, { userId: id, chatId: id, type: 'private', firstName: name, userName: name.toLowerCase() }),
    });
    [ana, bruno, caio] = [person(5001, 'Ana'), person(5002, 'Bruno'), person(5003, 'Caio')];
    // Ana made the Telegram group, so she is its admin; Bruno and Caio are members.
    proxy.setAdmins(GROUP_ID, [{ id: ana.id, first_name: 'Ana' }]);
  });

  afterAll(async () => {
    await jobs?.stop();
    await running?.stop();
    await runtime?.close();
    await db?.close();
    await proxy?.close();
    await server?.stop();
  });

  const SENDS = new Set(['sendMessage', 'editMessageText']);
  const shownSince = (from: number): Shown[] => proxy.calls.slice(from).filter((call) => SENDS.has(call.method)).map((call) => {
    const markup = call.body.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
    const result = call.result as { message_id?: number } | undefined;
    return {
      method: call.method,
      chatId: String(call.body.chat_id),
      messageId: Number(call.body.message_id ?? result?.message_id),
      text: String(call.body.text),
      buttons: markup?.inline_keyboard?.flat() ?? [],
    };
  });

  /** Does `action`, then waits for the bot's answer: the first message, then until none has come for a while. */
  async function answersTo(action: () => Promise<unknown>): Promise<Shown[]> {
    const from = proxy.calls.length;
    await action();
    const deadline = Date.now() + 10_000;
    let count = 0;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      const now = shownSince(from).length;
      if (now !== count) {
        count = now;
        quietSince = Date.now();
      }
      if (count > 0 && Date.now() - quietSince > 400) break;
      await sleep(40);
    }
    const shown = shownSince(from);
    if (shown.length === 0) throw new Error('the bot did not answer');
    return shown;
  }

  const from = (person: Person) => ({ from: { id: person.id, is_bot: false, first_name: person.name, username: person.name.toLowerCase(), language_code: 'en' } });

  /** A person says `text` in the group (a command when it starts with '/'). */
  const inGroup = (person: Person, text: string) => answersTo(() => text.startsWith('/')
    ? person.inGroup.sendCommand(person.inGroup.makeCommand(text, from(person)))
    : person.inGroup.sendMessage(person.inGroup.makeMessage(text, from(person))));

  /** "@TestNameBot text": the bot hears a group message that names it. */
  const mentioning = (person: Person, text: string) => answersTo(() => {
    const said = `@${BOT.username} ${text}`;
    return person.inGroup.sendMessage(person.inGroup.makeMessage(said, { ...from(person), entities: [{ type: 'mention', offset: 0, length: BOT.username.length + 1 }] }));
  });

  /** A reply to one of the bot's messages in the group. */
  const replyingTo = (person: Person, botMessage: Shown, text: string) => answersTo(() => person.inGroup.sendMessage(person.inGroup.makeMessage(text, {
    ...from(person),
    reply_to_message: { message_id: botMessage.messageId, date: Math.floor(Date.now() / 1000), chat: { id: GROUP_ID, type: 'supergroup', title: GROUP_TITLE }, from: { id: BOT.id, is_bot: true, first_name: 'Habit Coach', username: BOT.username }, text: botMessage.text },
  })));

  const direct = (person: Person, text: string) => answersTo(() => text.startsWith('/')
    ? person.direct.sendCommand(person.direct.makeCommand(text, from(person)))
    : person.direct.sendMessage(person.direct.makeMessage(text, from(person))));

  /** Presses the button labelled (in part) `label` on `shown`, as `person` in the chat it was shown in. */
  const press = (person: Person, shown: Shown[], label: string) => {
    const message = shown.find((candidate) => candidate.buttons.some((button) => button.text.includes(label)));
    const button = message?.buttons.find((candidate) => candidate.text.includes(label));
    expect(button, `a "${label}" button among ${JSON.stringify(shown.flatMap((m) => m.buttons.map((b) => b.text)))}`).toBeDefined();
    const client = message!.chatId === String(GROUP_ID) ? person.inGroup : person.direct;
    return answersTo(() => client.sendCallback(client.makeCallbackQuery(button!.callback_data, { ...from(person), message: { message_id: message!.messageId } })));
  };

  const toGroup = (shown: Shown[]) => shown.filter((message) => message.chatId === String(GROUP_ID));
  const toPerson = (shown: Shown[], person: Person) => shown.filter((message) => message.chatId === String(person.id));
  const texts = (shown: Shown[]) => shown.map((message) => message.text).join('\n');

  /** Every message the bot sent or edited in the group chat, all week. */
  const groupTexts = () => shownSince(0).filter((message) => message.chatId === String(GROUP_ID)).map((message) => message.text);
  const groupRow = async () => runtime.repos.groups.findByChat({ platform: 'telegram', chatId: String(GROUP_ID) });

  it('1. Ana sends /group in "Morning runners": the chat becomes the group\'s home, with a card and a Join button', async () => {
    const shown = await inGroup(ana, '/group');
    expect(toGroup(shown)).toHaveLength(2);
    expect(shown[0]!.text).toContain('👥 <b>Morning runners</b> is now a group, and this chat is its home.');
    expect(shown[1]!.text).toContain('1 member');
    expect(shown[1]!.text).toContain('🗓️ Next recap: Sun 29 Nov, 18:00 (America/Sao_Paulo)');
    expect(shown[1]!.buttons.map((button) => button.text)).toEqual(['👋 Join']);
    expect(await groupRow()).toMatchObject({ name: GROUP_TITLE, timeZone: 'America/Sao_Paulo', recapDay: 7, recapTime: '18:00' });
  });

  it('2. Ana, an admin, moves the recap to Sunday 19:00; Bruno, not an admin, is refused and nothing changes', async () => {
    const saved = await inGroup(ana, '/group settings recap sun 19:00');
    expect(texts(saved)).toContain('✅ Saved.');
    expect(texts(saved)).toContain('• recap: Sunday 19:00');
    const refused = await inGroup(bruno, '/group settings recap mon 08:00');
    expect(texts(refused)).toBe("Only this chat's admins change the group's settings. Nothing was changed.");
    expect(await groupRow()).toMatchObject({ recapDay: 7, recapTime: '19:00' });
    // Telegram was asked who the admins are (the proxy answers for the emulator), once: the list is kept a minute.
    expect(proxy.calls.filter((call) => call.method === 'getChatAdministrators').map((call) => String(call.body.chat_id))).toEqual([String(GROUP_ID)]);
  });

  it('3. Ana, Bruno and Caio each /join: Ana, who made the group, is already in; /members lists all three', async () => {
    expect(texts(await inGroup(ana, '/join'))).toBe("You're already in <b>Morning runners</b>, Ana.");
    expect(texts(await inGroup(bruno, '/join'))).toContain('👋 Welcome to <b>Morning runners</b>, Bruno!');
    expect(texts(await inGroup(caio, '/join'))).toContain('👋 Welcome to <b>Morning runners</b>, Caio!');
    const members = texts(await inGroup(caio, '/members'));
    for (const name of ['Ana', 'Bruno', 'Caio']) expect(members).toContain(name);
    const group = (await groupRow())!;
    expect((await runtime.repos.groups.activeMembers(group.id)).map((member) => member.displayName).sort()).toEqual(['Ana', 'Bruno', 'Caio']);
  });

  it('4. Ana posts a commitment; each of the three presses its Adopt button and gets it as a habit shared with the group', async () => {
    const posted = await inGroup(ana, '/commit Pushups | daily | skip');
    expect(texts(posted)).toBe('🤝 New commitment for <b>Morning runners</b>: <b>Pushups</b>, every day. Adopt it with the button: it becomes one of your habits, shared with this group.');
    for (const person of [ana, bruno, caio]) {
      const adopted = await press(person, posted, 'Adopt');
      expect(texts(toGroup(adopted))).toBe(`✅ ${person.name} adopted <b>Pushups</b> (habit Pushups, shared with this group).`);
      expect((await habitsOf(person)).map((habit) => habit.name)).toEqual(['Pushups']);
    }
    expect(proxy.calls.filter((call) => call.method === 'answerCallbackQuery')).toHaveLength(3);
  });

  // Who checks in on which day (0 = Monday 23 November): Ana every day, Bruno all but
  // Thursday, Caio on Monday, Wednesday and Saturday.
  const CHECK_INS: Record<string, number[]> = { Ana: [0, 1, 2, 3, 4, 5, 6], Bruno: [0, 1, 2, 4, 5], Caio: [0, 2, 5] };
  const atDay = (day: number, hourUtc = 12) => clock.set(new Date(Date.UTC(2026, 10, 23 + day, hourUtc)));
  const ways = { mention: 0, reply: 0 };

  it('5. Monday to Saturday they check in by mentioning the bot or by replying to it, and the group hears each one; words not said to the bot are not read', async () => {
    let lastInGroup: Shown | undefined;
    for (let day = 0; day < 6; day += 1) {
      atDay(day); // 09:00 in São Paulo
      for (const person of [ana, bruno, caio]) {
        if (!CHECK_INS[person.name]!.includes(day)) continue;
        const byReply = lastInGroup !== undefined && (day + person.id) % 2 === 0;
        ways[byReply ? 'reply' : 'mention'] += 1;
        const shown = byReply ? await replyingTo(person, lastInGroup!, 'did pushups') : await mentioning(person, 'did pushups');
        expect(toGroup(shown).map((message) => message.text)).toEqual([`👏 ${person.name} checked in: ✅ Pushups`]);
        expect(toGroup(shown)[0]!.buttons.map((button) => button.text)).toEqual(['↩️ Undo']);
        lastInGroup = toGroup(shown)[0];
      }
    }
    // Said in the group to nobody in particular: the bot does not read it, and nothing is written.
    atDay(3, 13);
    const before = proxy.calls.length;
    await caio.inGroup.sendMessage(caio.inGroup.makeMessage('did pushups', from(caio)));
    await sleep(1000);
    expect(shownSince(before)).toEqual([]);
    expect(ways.mention).toBeGreaterThan(0);
    expect(ways.reply).toBeGreaterThan(0);
    for (const person of [ana, bruno, caio]) {
      expect((await entriesOf(person)).length).toBe(CHECK_INS[person.name]!.filter((day) => day < 6).length);
    }
  });

  it('6. Caio\'s private habit, made in his direct chat, never shows in the group, even when he logs it there', async () => {
    atDay(5, 20);
    await direct(caio, '/start');
    await direct(caio, 'skip');
    const asked = await direct(caio, '/new Therapy');
    expect(texts(await press(caio, asked, 'Every day'))).toContain('Created Therapy, every day.');
    await direct(caio, 'done');
    const logged = await mentioning(caio, 'did therapy');
    // Written, the echo goes to Caio alone, and the group only learns that it was private.
    expect(texts(toPerson(logged, caio))).toContain('✅ <b>Therapy</b> done: today');
    expect(toGroup(logged).map((message) => message.text)).toEqual(["🔒 That's your private data, so I've sent it to you privately."]);
    expect((await entriesOf(caio)).length).toBe(CHECK_INS.Caio!.length + 1);
    expect(groupTexts().filter((text) => /therapy/i.test(text))).toEqual([]);
  });

  it('7. on Sunday Ana checks in once more, and at 17:00 Bruno asks for the /leaderboard: ranks, rates, met of due and streaks as they did', async () => {
    atDay(6, 12);
    for (const person of [ana, bruno, caio].filter((someone) => CHECK_INS[someone.name]!.includes(6))) await mentioning(person, 'did pushups');
    atDay(6, 20);
    const board = texts(await inGroup(bruno, '/leaderboard'));
    expect(board.split('\n').slice(0, 4)).toEqual([
      '<b>🏆 Morning runners: this week</b>',
      ...expectedWeek().map((row) => `${row.rank}. ${row.name}: ${row.rate}% (${row.met} of ${row.due}) · 🔥 ${days(row.streak)}`),
    ]);
    expect(board).not.toMatch(/therapy/i);
  });

  it('8. on Sunday evening Bruno asks Caio to be accountability partners, and Caio accepts with the button only he can press', async () => {
    atDay(6, 20); // 17:00 in São Paulo
    const asked = await inGroup(bruno, '/partner Caio');
    expect(texts(toGroup(asked))).toContain('Bruno');
    // Ana's press does nothing: the request is Caio's to answer.
    expect(texts(await press(ana, asked, 'Accept'))).toContain("That button isn't valid anymore. Nothing was changed.");
    const accepted = await press(caio, asked, 'Accept');
    expect(texts(accepted)).toContain('🤝 Bruno and Caio are now accountability partners.');
  });

  it("9. the weekly recap is posted once, at Sunday 19:00 in the group's zone, by the jobs runner, with every number as they did", async () => {
    clock.set('2026-11-29T21:00:05Z'); // 18:00 in São Paulo: the old recap time
    await jobs.runOnce();
    const before = proxy.calls.length;
    expect(shownSince(before)).toEqual([]);
    clock.set('2026-11-29T22:00:05Z'); // 19:00 in São Paulo
    await jobs.runOnce();
    clock.set('2026-11-29T22:01:05Z');
    await jobs.runOnce();
    const posted = toGroup(shownSince(before));
    expect(posted.map((message) => message.chatId)).toEqual([String(GROUP_ID)]);
    const week = expectedWeek();
    const byName = [...week].sort((a, b) => a.name.localeCompare(b.name));
    const met = week.reduce((sum, row) => sum + row.met, 0);
    const due = week.reduce((sum, row) => sum + row.due, 0);
    expect(posted[0]!.text).toBe([
      '<b>📅 Morning runners: the week of Mon 23 Nov</b>',
      '',
      '<b>Everyone’s week</b>',
      ...byName.map((row) => `• ${row.name}: ${row.met} of ${row.due} (${row.rate}%)`),
      '',
      '<b>Leaderboard</b>',
      ...week.map((row) => `${row.rank}. ${row.name}: ${row.rate}% (${row.met} of ${row.due}) · 🔥 ${days(row.streak)}`),
      '',
      '<b>Streaks</b>',
      ...week.map((row) => `• ${row.name}: Pushups, ${days(row.streak)}`),
      // Bruno and Caio missed days, so no week had everyone on track.
      '👥 Group streak: 0 weeks. A whole week with everyone on track starts one.',
      '',
      `💬 You completed ${met} of ${due} this week: ${Math.round((met / due) * 100)}%. What's one thing you'd like to do differently next week?`,
    ].join('\n'));
    expect(groupTexts().filter((text) => /therapy/i.test(text))).toEqual([]);
  });

  it('10. on Monday morning each partner hears, in a direct message and once, that the other missed Pushups on Sunday', async () => {
    atDay(7, 12); // Monday 30 November, 09:00 in São Paulo: Sunday is over for both
    const before = proxy.calls.length;
    // A chat is paced a second between messages (the partners' weekly notes went out just now):
    // a note that finds its chat busy waits for the next pass, as it would a minute later.
    const missNotes = () => shownSince(before).filter((message) => message.text.includes('missed'));
    for (let pass = 0; pass < 6 && missNotes().length < 2; pass += 1) {
      await jobs.runOnce();
      await sleep(600);
    }
    await jobs.runOnce();
    const notes = missNotes();
    expect(toPerson(notes, bruno).map((message) => message.text)).toEqual(['👀 Your partner Caio missed <b>Pushups</b> on Sun 29 Nov. A kind word from you might help.']);
    expect(toPerson(notes, caio).map((message) => message.text)).toEqual(['👀 Your partner Bruno missed <b>Pushups</b> on Sun 29 Nov. A kind word from you might help.']);
    expect(toGroup(notes)).toEqual([]);
    expect(toPerson(notes, ana)).toEqual([]);
  });

  /**
   * The week as the members lived it, at Sunday 19:00: a day is due once it is over or met
   * (Sunday counts only for who already checked in); the streak counts back from the last due day.
   */
  function expectedWeek(): { name: string; met: number; due: number; rate: number; streak: number; rank: number }[] {
    const rows = Object.entries(CHECK_INS).map(([name, checked]) => {
      const due = checked.includes(6) ? 7 : 6;
      let streak = 0;
      for (let day = due - 1; checked.includes(day); day -= 1) streak += 1;
      return { name, met: checked.length, due, rate: Math.round((checked.length / due) * 100), streak };
    });
    rows.sort((a, b) => b.met / b.due - a.met / a.due);
    return rows.map((row) => ({ ...row, rank: rows.findIndex((other) => other.met / other.due === row.met / row.due) + 1 }));
  }
  const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

  async function userOf(person: Person) {
    const user = await runtime.repos.users.findByIdentity('telegram', String(person.id));
    expect(user).not.toBeNull();
    return user!;
  }
  const habitsOf = async (person: Person) => runtime.repos.habits.list((await userOf(person)).id);
  const entriesOf = async (person: Person) => runtime.repos.entries.listForUser((await userOf(person)).id);
});
