// The bot as a whole: the gateway intents it asks for, and what happens when something
// fails or Discord delivers an interaction twice. A failure gets a short private apology
// and a log line, and the bot keeps serving; a duplicate writes once.
import { GatewayIntentBits, IntentsBitField, Partials } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Conversation } from '../../../src/dialog/messages.js';
import type { User } from '../../../src/core/types.js';
import { describeCalls, shownTexts } from './calls.js';
import { startHarness, type Harness } from './harness.js';
import { buttonPress, directMessage, person, slashCommand, str, type Person } from './payloads.js';

let h: Harness;
let ana: Person;
let anaUser: User;

/** The real conversation, except that it breaks on /week and on one button (a bug somewhere below). */
function breakingOn(conversation: Conversation): Conversation {
  return {
    handle: (message) => (message.text === '/week' || message.button?.data === 'boom'
      ? Promise.reject(new Error('database went away'))
      : conversation.handle(message)),
  };
}

beforeAll(async () => {
  h = await startHarness({ wrap: breakingOn });
  ana = person();
  anaUser = await h.givenPerson(ana);
  await h.givenHabit(anaUser, { name: 'Read' });
});
afterAll(async () => { await h?.close(); });

const entriesOf = (user: User) => h.db.repos.entries.listForUser(user.id);

describe('the client', () => {
  test('asks only for Guilds, DirectMessages and MessageContent, with partial DM channels', () => {
    const intents = new IntentsBitField(h.bot.client.options.intents);
    expect(intents.toArray().sort()).toEqual(['DirectMessages', 'Guilds', 'MessageContent']);
    expect(intents.has(GatewayIntentBits.GuildMessages)).toBe(false);
    expect(h.bot.client.options.partials).toEqual([Partials.Channel]);
  });

  test('connects to nothing until started', () => {
    expect(h.bot.client.isReady()).toBe(false);
  });

  test('given a command Discord still lists but this version does not know, then a short private answer', async () => {
    const calls = await h.interact(slashCommand(ana, 'guild', 'retired'));
    expect(describeCalls(calls)).toEqual(['reply (ephemeral)']);
    expect(shownTexts(calls)[0]).toMatch(/don't know \/retired/);
  });
});

describe('when handling an interaction fails', () => {
  test('given a deferred private reply, then the apology takes its place and the error is logged with the interaction id', async () => {
    const raw = slashCommand(ana, 'guild', 'week');
    const calls = await h.interact(raw);
    expect(describeCalls(calls)).toEqual(['defer reply (ephemeral)', 'edit original']);
    expect(shownTexts(calls)[0]).toMatch(/^Sorry, something went wrong/);
    expect(h.logs.filter((line) => line.level === 'error')).toMatchObject([{ object: { interactionId: raw.id }, message: 'discord: interaction failed' }]);
  });

  test('given a shared (public) reply, then the "thinking..." is removed and the apology is private', async () => {
    const calls = await h.interact(slashCommand(ana, 'guild', 'week', [{ name: 'share', type: 5, value: true }]));
    expect(describeCalls(calls)).toEqual(['defer reply', 'delete original', 'follow-up (ephemeral)']);
  });

  test('given a button, then the message stays as it was and the apology follows privately', async () => {
    const calls = await h.interact(buttonPress(ana, 'guild', 'boom'));
    expect(describeCalls(calls)).toEqual(['defer update', 'follow-up (ephemeral)']);
  });

  test('given Discord refuses the answer itself, then the apology takes the reply\'s place, in Portuguese for a Portuguese client', async () => {
    const bea = person({ locale: 'pt-BR' });
    h.api.fail('PATCH', /\/messages\/@original$/, 400, { message: 'Invalid Form Body', code: 50035 });
    const calls = await h.interact(slashCommand(bea, 'dm', 'habits'));
    expect(describeCalls(calls)).toEqual(['defer reply', 'edit original', 'edit original']);
    expect(shownTexts(calls).at(-1)).toMatch(/^Desculpe, algo deu errado/);
  });

  test('given a direct message, then the apology is sent to the DM and logged with the message id', async () => {
    const raw = directMessage(ana, '/week');
    const calls = await h.message(raw);
    expect(describeCalls(calls)).toEqual([`send to 6${ana.id.slice(1)}`]);
    expect(shownTexts(calls)[0]).toMatch(/^Sorry, something went wrong/);
    expect(h.logs.at(-1)).toMatchObject({ level: 'error', object: { messageId: raw.id } });
  });

  test('then the bot keeps serving the next interaction', async () => {
    const calls = await h.interact(slashCommand(ana, 'guild', 'habits'));
    expect(describeCalls(calls)).toEqual(['defer reply (ephemeral)', 'edit original']);
    expect(shownTexts(calls)[0]).toContain('Read');
  });
});

describe('when Discord delivers the same interaction twice', () => {
  test('given the second answer is refused as already acknowledged, then one entry is written and nobody gets an apology', async () => {
    const raw = slashCommand(ana, 'dm', 'log', [str('habit', 'Read')]);
    await h.interact(raw);
    h.api.fail('POST', new RegExp(`^/interactions/${raw.id}/`), 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const again = await h.interact(raw);
    expect(describeCalls(again)).toEqual(['defer reply']);
    expect(await entriesOf(anaUser)).toHaveLength(1);
    expect(h.logs.at(-1)).toMatchObject({ level: 'warn', object: { interactionId: raw.id, code: 40060 } });
  });

  test('given both deliveries are answered, then the second gets the first answer and still one entry is written', async () => {
    const raw = slashCommand(ana, 'dm', 'log', [str('habit', 'Read'), str('date', 'yesterday')]);
    const first = await h.interact(raw);
    const second = await h.interact(raw);
    expect(shownTexts(second)).toEqual(shownTexts(first));
    expect((await entriesOf(anaUser)).filter((entry) => entry.localDate === '2026-03-03')).toHaveLength(1);
  });
});
