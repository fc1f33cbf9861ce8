// Drives whole conversations through createConversation on a real, fresh PostgreSQL
// database with a fixed clock, the way a person would: say text, press buttons by label.
import { expect } from 'vitest';
import { createTemplateCoach, loadPersonalities, loadReviewQuestions } from '../../../src/coach/index.js';
import { createConversation } from '../../../src/dialog/conversation.js';
import type { Button, Conversation, InboundMessage, Reply } from '../../../src/dialog/messages.js';
import type { Locale } from '../../../src/core/types.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';

export interface ChatPerson {
  /** Sends text; returns the replies. */
  say(text: string): Promise<Reply[]>;
  /** Presses the button whose label contains `label` among the last replies. */
  press(label: string): Promise<Reply[]>;
  /** The text of the last replies, joined. */
  last(): string;
  lastReplies(): Reply[];
  buttons(): Button[];
  /** Re-sends a message with an update id used before (a platform redelivery). */
  redeliver(message: InboundMessage): Promise<Reply[]>;
  sent: InboundMessage[];
}

export interface ChatHarness {
  db: TestDatabase;
  clock: FixedClock;
  conversation: Conversation;
  /** A fresh Conversation over the same database (a restart). */
  restart(): void;
  person(name?: string, options?: { localeHint?: string; platform?: InboundMessage['platform'] }): ChatPerson;
  close(): Promise<void>;
}

let sequence = 0;

/** `open` gives the database: a fresh PostgreSQL one unless a test asks for another (PGlite). */
export async function startChat(now = '2026-11-23T12:00:00Z', open: () => Promise<TestDatabase> = () => createTestDatabase()): Promise<ChatHarness> {
  const db = await open();
  const clock = new FixedClock(now);
  const coach = createTemplateCoach(await loadPersonalities());
  const reviewQuestions = await loadReviewQuestions();
  const harness: ChatHarness = {
    db,
    clock,
    conversation: createConversation({ repos: db.repos, clock, coach, reviewQuestions }),
    restart() {
      harness.conversation = createConversation({ repos: db.repos, clock, coach, reviewQuestions });
    },
    person(name = 'ana', options = {}) {
      let replies: Reply[] = [];
      const sent: InboundMessage[] = [];
      const base = () => ({
        platform: options.platform ?? 'console',
        user: { externalId: name, displayName: name[0]!.toUpperCase() + name.slice(1) },
        chat: { id: name, kind: 'private' as const },
        ...(options.localeHint ? { localeHint: options.localeHint } : {}),
      });
      const send = async (message: InboundMessage) => {
        sent.push(message);
        replies = await harness.conversation.handle(message);
        return replies;
      };
      const person: ChatPerson = {
        sent,
        say: (text) => send({ ...base(), text, updateId: `u${++sequence}` }),
        press(label) {
          const button = person.buttons().find((candidate) => candidate.label.toLowerCase().includes(label.toLowerCase()));
          expect(button, `a button "${label}" among ${JSON.stringify(person.buttons().map((b) => b.label))}`).toBeDefined();
          return send({ ...base(), button: { data: button!.data }, updateId: `u${++sequence}` });
        },
        last: () => replies.map((reply) => reply.text).join('\n'),
        lastReplies: () => replies,
        buttons: () => replies.flatMap((reply) => (reply.buttons ?? []).flat()),
        redeliver: (message) => harness.conversation.handle(message),
      };
      return person;
    },
    close: () => db.close(),
  };
  return harness;
}

/** How a person greets and skips setup, in each language. */
const FIRST_WORDS: Record<Locale, { hi: string; skip: string }> = {
  en: { hi: 'hi', skip: 'skip' },
  'pt-BR': { hi: 'oi', skip: 'pular' },
  es: { hi: 'hola', skip: 'saltar' },
};

/** A person who has gone through (skipped) onboarding, in `locale`. */
export async function onboarded(harness: ChatHarness, name = 'ana', locale: Locale = 'en'): Promise<ChatPerson> {
  const person = harness.person(name, { localeHint: locale });
  await person.say(FIRST_WORDS[locale].hi);
  await person.say(FIRST_WORDS[locale].skip);
  return person;
}

/** Creates daily habits through /new, each with its target when one is given ("20 pushups"). */
export async function withHabits(person: ChatPerson, habits: [string, string?][]): Promise<void> {
  for (const [name, target] of habits) {
    await person.say(`/new ${name}`);
    await person.say('daily');
    if (target) { await person.press('🎯'); await person.say(target); }
    await person.say('done');
  }
}

/** Creates a daily habit through /new and closes the optional questions. */
export async function createHabit(person: ChatPerson, name: string, frequencyText = 'daily'): Promise<void> {
  await person.say(`/new ${name}`);
  await person.say(frequencyText);
  await person.say('done');
}
