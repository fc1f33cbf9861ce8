// Stands in for the chat platform: every message a notifier would send is recorded instead,
// with when it arrived. It can answer like a platform under pressure: a 429 with retry_after
// (as the Telegram notifier reports it), a failure, or a slow answer.
import type { Notifier, NotifyTarget, Reply } from '../../../src/dialog/messages.js';

export interface Sent {
  target: NotifyTarget;
  message: Reply;
  /** Real time (ms) the platform received it. */
  at: number;
}

/** How the Telegram notifier reports a 429 whose retry_after it did not wait out. */
export class FakeRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too Many Requests: retry after ${retryAfterSeconds}`);
    this.name = 'TelegramRateLimitedError';
  }
}

export class RecordingNotifier implements Notifier {
  readonly sent: Sent[] = [];
  private readonly failures: (() => Error)[] = [];

  /** The next sends fail with these errors, in order. */
  failNext(...errors: (() => Error)[]): void {
    this.failures.push(...errors);
  }

  send(target: NotifyTarget, message: Reply): Promise<void> {
    const failure = this.failures.shift();
    if (failure) return Promise.reject(failure());
    this.sent.push({ target, message, at: Date.now() });
    return Promise.resolve();
  }

  to(chatId: string): Reply[] {
    return this.sent.filter((sent) => sent.target.chatId === chatId).map((sent) => sent.message);
  }

  texts(chatId?: string): string[] {
    return this.sent.filter((sent) => chatId === undefined || sent.target.chatId === chatId).map((sent) => sent.message.text);
  }

  clear(): void {
    this.sent.length = 0;
  }
}
