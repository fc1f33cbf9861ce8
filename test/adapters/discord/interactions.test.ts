// Slash commands, autocomplete and buttons, fed to discord.js as raw interactions and
// answered through the real conversation on PostgreSQL. Every REST call is checked:
// callback type, ephemeral flag, components.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMAND_NAMES } from '../../../src/adapters/discord/command-texts.js';
import { encodeButton } from '../../../src/dialog/buttons.js';
import type { Habit, User } from '../../../src/core/types.js';
import type { Conversation } from '../../../src/dialog/messages.js';
import { buttonsOf, describeCalls, shownTexts } from './calls.js';
import { startHarness, type Harness } from './harness.js';
import { APPLICATION_ID, autocomplete, bool, buttonPress, num, person, slashCommand, str, type Person } from './payloads.js';

let h: Harness;
let ana: Person;
let anaUser: User;
let read: Habit;

/**
 * Dialog decides when a reply replaces the pressed message (`editsPrevious`) or is only for
 * the speaker (`private`). These switches make the real conversation's replies say so.
 */
const ask = { toEdit: false, forPrivacy: false };
function asking(conversation: Conversation): Conversation {
  return {
    async handle(message) {
      const replies = await conversation.handle(message);
      return replies.map((reply, index) => ({
        ...reply,
        ...(ask.toEdit && message.button && index === 0 ? { editsPrevious: true } : {}),
        ...(ask.forPrivacy ? { private: true } : {}),
      }));
    },
  };
}

beforeAll(async () => {
  h = await startHarness({ wrap: asking });
  ana = person({ username: 'ana', globalName: 'Ana' });
  anaUser = await h.givenPerson(ana);
  read = await h.givenHabit(anaUser, { name: 'Read', emoji: '📖', target: { quantity: 20, unit: 'pages', direction: 'at_least' } });
  await h.givenHabit(anaUser, { name: 'Run' });
});
afterAll(async () => { await h?.close(); });

const entriesOf = (user: User) => h.db.repos.entries.listForUser(user.id);

describe('slash commands', () => {
  test('given /habits in a server channel, then the reply is deferred privately and then filled in', async () => {
    const calls = await h.interact(slashCommand(ana, 'guild', 'habits'));
    expect(describeCalls(calls)).toEqual(['defer reply (ephemeral)', 'edit original']);
    expect(calls[0]!.path).toMatch(/^\/interactions\/\d+\/token-\d+\/callback$/);
    expect(calls[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(calls[1]!.path).toMatch(new RegExp(`^/webhooks/${APPLICATION_ID}/token-\\d+/messages/@original$`));
    expect(calls[1]!.body.content).toContain('📖 Read');
    expect(calls[1]!.body.content).toContain('Run');
    expect(calls[1]!.body.allowed_mentions).toEqual({ parse: [] });
  });

  test('given /stats in a server channel, then only the person sees it; share:true shows it to the channel', async () => {
    const privately = await h.interact(slashCommand(ana, 'guild', 'stats'));
    expect(describeCalls(privately)).toEqual(['defer reply (ephemeral)', 'edit original']);
    const shared = await h.interact(slashCommand(ana, 'guild', 'stats', [bool('share', true)]));
    expect(describeCalls(shared)).toEqual(['defer reply', 'edit original']);
    expect(shared[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(shownTexts(shared)[0]).toContain('Read');
  });

  test('given /streaks and /week with share:false, then they stay private', async () => {
    for (const name of ['streaks', 'week']) {
      expect(describeCalls(await h.interact(slashCommand(ana, 'guild', name, [bool('share', false)])))).toEqual(['defer reply (ephemeral)', 'edit original']);
    }
  });

  test('given /stats in a direct message, then nothing is ephemeral', async () => {
    const calls = await h.interact(slashCommand(ana, 'dm', 'stats'));
    expect(describeCalls(calls)).toEqual(['defer reply', 'edit original']);
    expect(calls[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
  });

  test('given each command but /new, then it is deferred and answered by the conversation (never an apology)', async () => {
    for (const name of COMMAND_NAMES.filter((command) => command !== 'new')) {
      const calls = await h.interact(slashCommand(ana, 'dm', name));
      const described = describeCalls(calls);
      expect(described[0], name).toBe('defer reply');
      expect(described.slice(1).every((call) => call === 'edit original' || call === 'follow-up'), `${name}: ${described.join(', ')}`).toBe(true);
      const texts = shownTexts(calls).join('\n');
      expect(texts, name).not.toMatch(/went wrong|unknown command|don't know/i);
    }
    await h.interact(slashCommand(ana, 'dm', 'habits')); // leaves any flow a command opened
  });

  test('given /log with a habit, quantity and date, then one entry is written and echoed with an Undo button', async () => {
    const before = (await entriesOf(anaUser)).length;
    const calls = await h.interact(slashCommand(ana, 'guild', 'log', [str('habit', 'Read'), num('quantity', 30), str('date', 'yesterday')]));
    expect(describeCalls(calls)).toEqual(['defer reply (ephemeral)', 'edit original']);
    const entries = await entriesOf(anaUser);
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ habitId: read.id, kind: 'done', quantity: 30, localDate: '2026-03-03' });
    expect(calls[1]!.body.content).toMatch(/Read/);
    const undo = buttonsOf(calls[1]).flat()[0]!;
    expect(undo.customId).toBe(encodeButton({ action: 'undo', entryId: entries.at(-1)!.id }));
  });

  test('given /export, then the JSON of everything arrives as a file on the reply', async () => {
    const calls = await h.interact(slashCommand(ana, 'dm', 'export'));
    expect(describeCalls(calls)).toEqual(['defer reply', 'edit original']);
    expect(calls[1]!.files).toEqual(['habit-coach-export.json']);
    expect(calls[1]!.body.attachments).toMatchObject([{ id: '0' }]);
    expect(calls[1]!.body.content).not.toBe('');
  });
});

describe('autocomplete of /log habit', () => {
  test('given a few typed letters, then the person\'s matching habits are offered (callback type 8)', async () => {
    const calls = await h.interact(autocomplete(ana, 'guild', 'log', [{ name: 'habit', type: 3, value: 're', focused: true }]));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toEqual({ type: 8, data: { choices: [{ name: '📖 Read', value: 'Read' }] } });
  });

  test('given nothing typed yet, then all their habits are offered; another person sees none of them', async () => {
    const all = await h.interact(autocomplete(ana, 'dm', 'log', [{ name: 'habit', type: 3, value: '', focused: true }]));
    const choices = all[0]!.body.data.choices as { value: string }[];
    expect(choices.map((choice) => choice.value)).toEqual(['Read', 'Run']);
    const stranger = await h.interact(autocomplete(person(), 'dm', 'log', [{ name: 'habit', type: 3, value: '', focused: true }]));
    expect(stranger[0]!.body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('buttons', () => {
  test('given /today, when Done is pressed, then the update is deferred, the entry written, and the answer follows', async () => {
    const today = await h.interact(slashCommand(ana, 'dm', 'today'));
    const done = buttonsOf(today.at(-1)).flat().find((button) => button.label.includes('Run'))!;
    expect(done.customId).toMatch(/^1:l:/);
    const before = (await entriesOf(anaUser)).length;
    const calls = await h.interact(buttonPress(ana, 'dm', done.customId, { content: 'Today' }));
    expect(describeCalls(calls)[0]).toBe('defer update');
    expect(calls[0]!.body).toEqual({ type: 6 });
    expect(describeCalls(calls).slice(1)).toEqual(['follow-up']);
    expect(await entriesOf(anaUser)).toHaveLength(before + 1);
    expect(calls[1]!.body.content).toContain('Run');
  });

  test('given an echo, when Undo is pressed on it in a channel, then the entry is gone and the answer is private', async () => {
    const logged = await h.interact(slashCommand(ana, 'guild', 'log', [str('habit', 'Run'), str('date', '2 days ago')]));
    const undo = buttonsOf(logged.at(-1)).flat()[0]!;
    const before = (await entriesOf(anaUser)).length;
    const calls = await h.interact(buttonPress(ana, 'guild', undo.customId, { ephemeral: true }));
    // The ephemeral echo is edited in place, so the answer stays private.
    expect(describeCalls(calls)).toEqual(['defer update', 'edit original']);
    expect(await entriesOf(anaUser)).toHaveLength(before - 1);
  });

  test('given a choice whose reply edits the previous message, then that message is edited in place with its new buttons', async () => {
    const coach = await h.interact(slashCommand(ana, 'dm', 'coach'));
    const choice = buttonsOf(coach.at(-1)).flat()[0]!;
    ask.toEdit = true;
    const calls = await h.interact(buttonPress(ana, 'dm', choice.customId));
    ask.toEdit = false;
    expect(describeCalls(calls).slice(0, 2)).toEqual(['defer update', 'edit original']);
    expect(calls[1]!.path).toMatch(/^\/webhooks\/\d+\/token-\d+\/messages\/@original$/);
    expect(calls[1]!.body.components).toBeDefined(); // buttons replaced (or removed), never left stale
    await h.interact(slashCommand(ana, 'dm', 'habits'));
  });

  test('given a private reply to a shared command in a channel, then it follows up ephemerally and the public placeholder goes', async () => {
    ask.forPrivacy = true;
    const calls = await h.interact(slashCommand(ana, 'guild', 'week', [bool('share', true)]));
    ask.forPrivacy = false;
    expect(describeCalls(calls)).toEqual(['defer reply', 'follow-up (ephemeral)', 'delete original']);
  });

  test('given a stale or forged button, then a clear answer and nothing written', async () => {
    const before = (await entriesOf(anaUser)).length;
    const calls = await h.interact(buttonPress(ana, 'dm', 'not-ours'));
    expect(describeCalls(calls)).toEqual(['defer update', 'follow-up']);
    expect(await entriesOf(anaUser)).toHaveLength(before);
  });
});
