// The Telegram bot on the real runtime (conversation, coach templates, repositories) over
// a fresh PostgreSQL database with a fixed clock. Only Telegram is replaced: the API client
// records calls (see recorder.ts) and updates are handed to bot.handleUpdate.
import { Writable } from 'node:stream';
import type { Bot } from 'grammy';
import type { InlineKeyboardButton, Update } from 'grammy/types';
import pino from 'pino';
import { expect } from 'vitest';
import { createTelegramBot } from '../../../src/adapters/telegram/bot.js';
import { createRuntime, type Runtime } from '../../../src/cli/runtime.js';
import { loadConfig } from '../../../src/config.js';
import { FixedClock } from '../../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { recordApiCalls, type RecordedCall, type Recorder } from './recorder.js';
import { botInfo, buttonPress, member, textMessage } from './updates.js';
import type { Chat, User } from 'grammy/types';

export const TEST_TOKEN = '123456:TEST-telegram-token-abcdefghij';

export interface LogLine {
  level: number;
  msg: string;
  updateId?: number;
  [key: string]: unknown;
}

/** A pino logger whose lines stay in memory, so tests can read what was logged. */
export function memoryLogger(): { logger: pino.Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

export interface TelegramHarness {
  db: TestDatabase;
  runtime: Runtime;
  clock: FixedClock;
  bot: Bot;
  api: Recorder;
  logs: LogLine[];
  close(): Promise<void>;
}

export async function startTelegramHarness(now = '2026-11-23T12:00:00Z'): Promise<TelegramHarness> {
  const db = await createTestDatabase();
  const clock = new FixedClock(now);
  const { logger, lines } = memoryLogger();
  const config = loadConfig({ DATABASE_URL: db.url ?? undefined, LOG_LEVEL: 'debug', TELEGRAM_BOT_TOKEN: TEST_TOKEN });
  const runtime = await createRuntime(config, { clock, logger });
  const bot = createTelegramBot({ token: TEST_TOKEN, conversation: runtime.conversation, logger, botInfo });
  const api = recordApiCalls(bot.api);
  return {
    db, runtime, clock, bot, api, logs: lines,
    async close() {
      await runtime.close();
      await db.close();
    },
  };
}

export interface TelegramPerson {
  /** Sends text as this person in `chat` (a command when it starts with '/'); returns the API calls it caused. */
  say(text: string, options?: { updateId?: number }): Promise<RecordedCall[]>;
  /** Presses the button labelled (in part) `label` on the latest bot message that has it. */
  press(label: string): Promise<RecordedCall[]>;
  /** Hands an update to the bot as Telegram would redeliver it. */
  deliver(update: Update): Promise<RecordedCall[]>;
}

function keyboardOf(call: RecordedCall): InlineKeyboardButton.CallbackButton[] {
  const markup = call.payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().filter((button): button is InlineKeyboardButton.CallbackButton => 'callback_data' in button);
}

export function personIn(harness: TelegramHarness, chat: Chat, from: User = member): TelegramPerson {
  const deliver = async (update: Update): Promise<RecordedCall[]> => {
    const before = harness.api.calls.length;
    await harness.bot.handleUpdate(update);
    return harness.api.calls.slice(before);
  };
  return {
    deliver,
    say: (text, options = {}) => deliver(textMessage({ chat, from, text, command: text.startsWith('/'), ...options })),
    press(label) {
      const shown = harness.api.of('sendMessage', 'editMessageText', 'sendPhoto')
        .filter((call) => String(call.payload.chat_id) === String(chat.id));
      for (const call of [...shown].reverse()) {
        const button = keyboardOf(call).find((candidate) => candidate.text.toLowerCase().includes(label.toLowerCase()));
        if (button && call.messageId !== undefined) {
          return deliver(buttonPress({ chat, from, data: button.callback_data, messageId: call.messageId }));
        }
      }
      expect.fail(`no button "${label}" in ${JSON.stringify(shown.flatMap((call) => keyboardOf(call).map((b) => b.text)))}`);
    },
  };
}

/** The texts of sent and edited messages among `calls`. */
export const textsOf = (calls: RecordedCall[]): string[] =>
  calls.filter((call) => call.method === 'sendMessage' || call.method === 'editMessageText').map((call) => String(call.payload.text));

/** The button labels among `calls`. */
export const buttonsOf = (calls: RecordedCall[]): string[] => calls.flatMap((call) => keyboardOf(call).map((button) => button.text));
