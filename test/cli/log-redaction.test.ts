// Logs never carry what people wrote. A failed query's error holds every parameter of the
// statement, and the batched upsert of saved replies holds everyone's replies (notes, whole
// exports): the app's logger must write none of it, on a real PostgreSQL failure.
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/cli/runtime.js';
import { logSafeError } from '../../src/cli/log-redaction.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createConversation } from '../../src/dialog/conversation.js';
import { createHabit, onboarded, startChat, type ChatHarness } from '../dialog/support/chat.js';

function capturedLogger() {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => { written += chunk.toString(); });
  return { logger: createLogger({ LOG_LEVEL: 'info' }, undefined, stream), written: () => written };
}

describe('the log', () => {
  let chat: ChatHarness | undefined;
  afterEach(async () => { await chat?.close(); });

  it('given a batch of saved replies the database refuses, then the log names the failure but holds no note text', async () => {
    chat = await startChat('2026-11-23T12:00:00Z');
    const people = [await onboarded(chat, 'ana'), await onboarded(chat, 'bia')];
    for (const person of people) await createHabit(person, 'Read');
    // Make PostgreSQL refuse the replies (as it refused a NUL): the upsert fails, batched and row by row.
    await chat.db.handle.db.execute(sql`alter table processed_updates add constraint refuse_replies check (reply is null) not valid`);
    const { logger, written } = capturedLogger();
    const conversation = createConversation({ repos: chat.db.repos, clock: chat.clock, coach: createTemplateCoach(await loadPersonalities()), logger });
    const replies = await Promise.all(['ana', 'bia'].map((name, i) => conversation.handle({
      platform: 'console', user: { externalId: name }, chat: { id: name, kind: 'private' }, updateId: `log-${i}`,
      text: `read today, secret note of ${name} about my therapist`,
    })));
    for (const reply of replies) expect(reply[0]?.text).toContain('**Read** done: today');
    const log = written();
    expect(log).toContain('could not save a reply for redelivery');
    expect(log).toContain('refuse_replies');
    expect(log).not.toContain('therapist');
    expect(log).not.toContain('secret note');
  });

  it('given message texts passed to the logger by mistake, then they are censored', () => {
    const { logger, written } = capturedLogger();
    logger.warn({ text: 'my diary', message: { text: 'my diary', caption: 'my diary' }, reply: { text: 'my diary' } }, 'oops');
    expect(written()).toContain('oops');
    expect(written()).not.toContain('my diary');
  });

  it('given an error ending in the value PostgreSQL refused, then the value is not logged', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "ana-secret"'), { code: '22P02' });
    expect(logSafeError(new Error('wrapped', { cause: error }))).toMatchObject({
      message: 'wrapped', cause: { message: 'invalid input syntax for type uuid: "[redacted]"', code: '22P02' },
    });
  });
});
