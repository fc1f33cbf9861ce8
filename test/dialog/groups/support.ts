// A group chat on the real dialog and a real database: people speak in one group chat (or in
// their direct chat), press the buttons they were shown, and the chat's admins are whoever the
// platform says (the adapter's ChatAdmins port, here a set the test controls, as Telegram's
// getChatAdministrators would answer).
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ChatAdmins } from '../../../src/app/chat-admin-ports.js';
import { createTemplateCoach, loadPersonalities, loadReviewQuestions } from '../../../src/coach/index.js';
import { rowsOf } from '../../../src/db/client.js';
import { createConversation } from '../../../src/dialog/conversation.js';
import type { Button, Conversation, InboundMessage, Reply } from '../../../src/dialog/messages.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';

export interface GroupPerson {
  name: string;
  /** Says text in the group chat (a command, or addressed to the bot). */
  say(text: string): Promise<Reply[]>;
  /** Says text in the person's direct chat with the bot. */
  dm(text: string): Promise<Reply[]>;
  /** Presses a button (by label) among the last replies this person saw, in the chat they saw them. */
  press(label: string): Promise<Reply[]>;
  /** Presses a button with exactly this data in the group chat (a forged or someone else's button). */
  pressData(data: string): Promise<Reply[]>;
  last(): string;
  lastReplies(): Reply[];
  buttons(): Button[];
}

export interface GroupWorld {
  db: TestDatabase;
  clock: FixedClock;
  conversation: Conversation;
  admins: Set<string>;
  chatId: string;
  person(name: string, options?: { locale?: string; platform?: InboundMessage['platform']; chatId?: string; title?: string }): GroupPerson;
  /** Rows of a table, straight from the database. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

let sequence = 0;

export async function startGroupWorld(now = '2026-11-23T12:00:00Z'): Promise<GroupWorld> {
  const db = await createTestDatabase();
  const clock = new FixedClock(now);
  const admins = new Set<string>();
  const chatAdmins: ChatAdmins = { isAdmin: (_chat, userExternalId) => Promise.resolve(admins.has(userExternalId)) };
  const conversation = createConversation({
    repos: db.repos, clock, coach: createTemplateCoach(await loadPersonalities()), reviewQuestions: await loadReviewQuestions(), chatAdmins,
  });
  const world: GroupWorld = {
    db, clock, conversation, admins, chatId: '-1001',
    person(name, options = {}) {
      let replies: Reply[] = [];
      const groupChat = (): InboundMessage['chat'] => ({ id: options.chatId ?? world.chatId, kind: 'group', ...(options.title === '' ? {} : { title: options.title ?? 'Runners' }) });
      const base = (chat: InboundMessage['chat']) => ({
        platform: options.platform ?? 'telegram',
        user: { externalId: `id-${name}`, displayName: name },
        chat,
        localeHint: options.locale ?? 'en',
        addressedToBot: true,
      });
      let lastChat = groupChat();
      const send = async (message: InboundMessage) => {
        lastChat = message.chat;
        replies = await world.conversation.handle(message);
        return replies;
      };
      const person: GroupPerson = {
        name,
        say: (text) => send({ ...base(groupChat()), text, updateId: `g${++sequence}` }),
        dm: (text) => send({ ...base({ id: `id-${name}`, kind: 'private' }), text, updateId: `g${++sequence}` }),
        press(label) {
          const found = person.buttons().find((candidate) => candidate.label.toLowerCase().includes(label.toLowerCase()));
          expect(found, `a button "${label}" among ${JSON.stringify(person.buttons().map((b) => b.label))}`).toBeDefined();
          return send({ ...base(lastChat), button: { data: found!.data }, updateId: `g${++sequence}` });
        },
        pressData: (data) => send({ ...base(groupChat()), button: { data }, updateId: `g${++sequence}` }),
        last: () => replies.map((reply) => reply.text).join('\n'),
        lastReplies: () => replies,
        buttons: () => replies.flatMap((reply) => (reply.buttons ?? []).flat()),
      };
      return person;
    },
    async count(table) {
      const rows = rowsOf<{ n: number }>(await db.handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`)));
      return Number(rows[0]?.n);
    },
    close: () => db.close(),
  };
  return world;
}

/** A person who has set up (skipped onboarding) in their direct chat and made these daily habits there. */
export async function withOwnHabits(person: GroupPerson, names: string[]): Promise<void> {
  await person.dm('hi');
  await person.dm('skip');
  for (const name of names) {
    await person.dm(`/new ${name}`);
    await person.dm('daily');
    await person.dm('done');
  }
}

/** A group in the world's chat, made by `admin` (who becomes a chat admin). */
export async function givenGroup(world: GroupWorld, admin: GroupPerson): Promise<void> {
  world.admins.add(`id-${admin.name}`);
  await admin.say('/group');
}
