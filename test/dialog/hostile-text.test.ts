// Text a person can send that the database or the platforms refuse: NUL bytes, control
// characters, half of an emoji. One such message used to fail the statement that saves the
// replies of everyone who wrote at the same moment, and all of them were told "Nothing was
// changed" although their entries were written. Run on both databases the app supports.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestPglite } from '../support/db.js';
import { createHabit, onboarded, startChat, type ChatHarness } from './support/chat.js';

describe.each([
  ['PostgreSQL', () => createTestDatabase()],
  ['PGlite', () => createTestPglite()],
])('hostile text on %s', (_name, open) => {
  let chat: ChatHarness | undefined;
  afterEach(async () => { await chat?.close(); });

  it('given a batch where some people send NUL bytes and broken emoji, then everyone is answered correctly and each reply is saved', async () => {
    chat = await startChat('2026-11-23T12:00:00Z', open);
    const names = ['ana', 'bia', 'caio', 'davi', 'eva', 'fabi'];
    const people = [];
    for (const name of names) {
      const person = await onboarded(chat, name);
      await createHabit(person, 'Read');
      people.push(person);
    }
    const notes = ['calm \u0000 evening', 'half an emoji \ud83d here', 'bell\u0007 and \u001b[31mred', 'plain note', 'nul\u0000\u0000s', 'fine 💪'];
    const replies = await Promise.all(people.map((person, i) => person.say(`read today, ${notes[i]}`)));
    for (const reply of replies) expect(reply[0]?.text).toContain('**Read** done: today');
    for (const reply of replies) expect(JSON.stringify(reply)).not.toMatch(/\\u0000|\\ud83d"|\\u0007/);
    // Every reply was saved: a redelivery answers the same without writing again.
    const again = await Promise.all(people.map((person) => person.redeliver(person.sent.at(-1)!)));
    expect(again).toEqual(replies);
    for (const name of names) {
      const user = await chat.db.repos.users.findByIdentity('console', name);
      expect(await chat.db.repos.entries.listForUser(user!.id)).toHaveLength(1);
    }
  });

  it('given a message of nothing but NUL bytes and control characters, then it says it could not read any of it', async () => {
    chat = await startChat('2026-11-23T12:00:00Z', open);
    const ana = await onboarded(chat);
    expect(await ana.say('\u0000\u0000\u0001')).toEqual([{ text: expect.stringContaining("couldn't read anything in that message") }]);
    expect(await ana.say('\ud83d')).toEqual([{ text: expect.stringContaining('broken emoji') }]);
  });

  it('given a habit named with a NUL byte and a broken emoji, then it is created with the readable name', async () => {
    chat = await startChat('2026-11-23T12:00:00Z', open);
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read\u0000ing \ud83d📚');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect((await chat.db.repos.habits.list(user!.id)).map((habit) => habit.name)).toEqual(['Reading 📚']);
  });
});
