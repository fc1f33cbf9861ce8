// A person's own data never reaches a Discord channel: /export, /import and /delete in a
// server channel are answered to the person alone (ephemeral), and /import takes the
// exported file back as an attachment, in a channel or a direct message. Discord's HTTP API
// and CDN are faked at the HTTP level (fake-discord.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { User } from '../../../src/core/types.js';
import { buttonsOf, describeCalls, shownTexts } from './calls.js';
import type { RecordedCall } from './fake-discord.js';
import { snowflake } from './fake-discord.js';
import { startHarness, type Harness } from './harness.js';
import { GUILD_CHANNEL_ID, buttonPress, directMessage, person, slashCommand, type Person } from './payloads.js';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let ana: Person;
let anaUser: User;
beforeEach(async () => {
  ana = person({ username: 'ana', globalName: 'Ana' });
  anaUser = await h.givenPerson(ana);
  const habit = await h.givenHabit(anaUser, { name: 'Pushups' });
  await h.db.repos.entries.add(anaUser.id, { habitId: habit.id, kind: 'skip', localDate: '2026-03-03', quantity: null, note: 'knee hurts', source: 'chat', idempotencyKey: `seed-${ana.id}` });
});

/** Every message-bearing call was shown to the speaker alone: nothing went to the channel. */
function expectOnlyThePersonSaw(calls: RecordedCall[]): void {
  expect(calls.filter((call) => call.path === `/channels/${GUILD_CHANNEL_ID}/messages`)).toEqual([]);
  for (const described of describeCalls(calls)) {
    expect(described).toMatch(/^(defer reply \(ephemeral\)|edit original|follow-up \(ephemeral\)|defer update)$/);
  }
  // The original being edited is the ephemeral deferred reply.
  if (describeCalls(calls).includes('edit original')) expect(describeCalls(calls)[0]).toMatch(/ephemeral|defer update/);
}

const uploadedText = async (calls: RecordedCall[]): Promise<string> => {
  const upload = calls.flatMap((call) => call.uploads ?? [])[0];
  expect(upload, 'an uploaded file').toBeDefined();
  return upload!.text();
};

/** A /import slash command with the file attached, as Discord sends it. */
function importWithAttachment(who: Person, place: 'guild' | 'dm', url: string, size: number) {
  const id = snowflake();
  const command = slashCommand(who, place, 'import', [{ name: 'file', type: 11 as never, value: id }]);
  return {
    ...command,
    data: {
      ...command.data,
      resolved: { attachments: { [id]: { id, filename: 'habit-coach-export.json', size, url, proxy_url: url, content_type: 'application/json' } } },
    },
  };
}

/** The custom id of the button shown with this label (it carries the question's token). */
function shownButton(calls: RecordedCall[], label: string): string {
  const button = calls.flatMap((call) => buttonsOf(call).flat()).find((shown) => shown.label.includes(label));
  if (!button) throw new Error(`no button "${label}" was shown`);
  return button.customId;
}

describe('private data in a Discord channel', () => {
  test('given /export in a server channel, then the file is shown to the person alone, and the channel gets nothing', async () => {
    const calls = await h.interact(slashCommand(ana, 'guild', 'export'));
    expectOnlyThePersonSaw(calls);
    expect(calls.flatMap((call) => call.files)).toEqual(['habit-coach-export.json']);
    const file = JSON.parse(await uploadedText(calls)) as { habits: { name: string }[]; entries: { note: string }[] };
    expect(file.habits.map((habit) => habit.name)).toEqual(['Pushups']);
    expect(file.entries.map((entry) => entry.note)).toEqual(['knee hurts']);
  });

  test('given /delete in a server channel, then the question and its answer are shown to the person alone', async () => {
    const asked = await h.interact(slashCommand(ana, 'guild', 'delete'));
    expectOnlyThePersonSaw(asked);
    expect(shownTexts(asked).join('\n')).toContain('cannot be undone');
    const done = await h.interact(buttonPress(ana, 'guild', shownButton(asked, 'Delete everything'), { ephemeral: true }));
    expectOnlyThePersonSaw(done);
    expect(shownTexts(done).join('\n')).toContain('Everything is deleted');
    expect(await h.db.repos.users.findByIdentity('discord', ana.id)).toBeNull();
  });

  test('given the exported file attached to /import in a server channel, then it is answered privately and restores the data exactly', async () => {
    const exported = await uploadedText(await h.interact(slashCommand(ana, 'dm', 'export')));
    await h.givenHabit(anaUser, { name: 'Walk' });
    const url = `https://cdn.discordapp.com/attachments/1/${snowflake()}/habit-coach-export.json`;
    h.api.serveFile(url, exported);

    const asked = await h.interact(importWithAttachment(ana, 'guild', url, Buffer.byteLength(exported)));
    expectOnlyThePersonSaw(asked);
    expect(shownTexts(asked).join('\n')).toContain('replaces everything you have now (2 habits');
    const imported = await h.interact(buttonPress(ana, 'guild', shownButton(asked, 'Replace'), { ephemeral: true }));
    expectOnlyThePersonSaw(imported);
    expect(shownTexts(imported).join('\n')).toContain('Imported 1 habits, 1 entries');

    expect(await uploadedText(await h.interact(slashCommand(ana, 'dm', 'export')))).toBe(exported);
  });

  test('given the exported file sent in a direct message, then it is imported', async () => {
    const exported = await uploadedText(await h.interact(slashCommand(ana, 'dm', 'export')));
    await h.db.repos.users.delete(anaUser.id);
    const url = `https://cdn.discordapp.com/attachments/2/${snowflake()}/habit-coach-export.json`;
    h.api.serveFile(url, exported);
    const attachment = { id: snowflake(), filename: 'habit-coach-export.json', size: Buffer.byteLength(exported), url, proxy_url: url, content_type: 'application/json' };
    const calls = await h.message(directMessage(ana, '', { attachments: [attachment] }));
    expect(shownTexts(calls).join('\n')).toContain('Imported 1 habits, 1 entries');
    expect(await uploadedText(await h.interact(slashCommand(ana, 'dm', 'export')))).toBe(exported);
  });

  test('given an attachment over 20 MB, then it is refused unread and nothing changes', async () => {
    const calls = await h.interact(importWithAttachment(ana, 'guild', 'https://cdn.discordapp.com/attachments/3/4/big.json', 21 * 1024 * 1024));
    expectOnlyThePersonSaw(calls);
    expect(shownTexts(calls).join('\n')).toContain('too big to import (the limit is 20 MB)');
    expect((await h.db.repos.habits.list(anaUser.id)).map((habit) => habit.name)).toEqual(['Pushups']);
  });
});
