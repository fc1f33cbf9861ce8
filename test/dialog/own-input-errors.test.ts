// Errors that are the person's own input get a reply about that input, never "Something went
// wrong on my side". (NUL bytes and broken emoji in messages: hostile-text.test.ts.)
import { readReplyFile } from '../../src/dialog/messages.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../src/dialog/buttons.js';
import { createHabit, onboarded, startChat, type ChatHarness } from './support/chat.js';

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

describe('the person\'s own input', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given /constructor and other built-in object names as commands, then each is an unknown command', async () => {
    const ana = await onboarded(chat);
    for (const name of PROTOTYPE_NAMES) {
      expect(await ana.say(`/${name}`)).toEqual([{ text: `I don't know the command /${name.toLowerCase()}. /help lists them all.` }]);
    }
  });

  it('given built-in object names as words, then they are read as words (not understood), not as an error', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    for (const name of PROTOTYPE_NAMES) {
      for (const text of [name, `did ${name}`, `${name} 5 yesterday`, `read ${name} ${name}`]) {
        const replies = await ana.say(text);
        expect(replies.map((reply) => reply.text).join(' '), text).not.toContain('went wrong');
      }
    }
    expect(await ana.say('constructor')).toEqual([expect.objectContaining({ text: expect.stringContaining("I didn't understand that") })]);
  });

  it('given a forged button that names a built-in object name as its picker, then it says the button is not valid', async () => {
    const ana = await onboarded(chat);
    const forged = encodeButton({ action: 'pick', command: 'constructor', habitId: '00000000-0000-4000-8000-000000000000' });
    const replies = await chat.conversation.handle({ ...ana.sent[0]!, button: { data: forged }, updateId: 'forged-1' });
    expect(replies).toEqual([{ text: "That button isn't valid anymore. Nothing was changed." }]);
  });

  it('given an import file whose rows hold a NUL byte or a broken emoji, then it names each row and nothing changes', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read today, fine');
    await ana.say('/export');
    const file = JSON.parse(await readReplyFile(ana.lastReplies()[0]!.file!));
    file.habits[0].name = 'Re\u0000ad';
    file.entries[0].note = 'half \ud83d';
    await ana.say(`/import ${JSON.stringify(file)}`);
    expect(ana.last()).toBe("That file can't be imported; nothing was changed:\n• habits.0.name: holds a NUL byte or a broken emoji\n• entries.0.note: holds a NUL byte or a broken emoji");
    await ana.say('/habits');
    expect(ana.last()).toContain('Read');
  });
});
