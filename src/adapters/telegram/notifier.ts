// Messages the bot starts (reminders, nudges, proof prompts) to a person's private chat or
// a group: text, buttons or an image, rendered exactly as answers are.
//
// Rate limits, as the jobs see them:
// - a 429 whose retry_after is at most `retry.maxDelaySeconds` (30 s by default) is waited
//   out inside the call by grammY's auto-retry, and the message is sent once (a notifier
//   built from `{ api }` follows that client's own policy instead);
// - a longer one fails at once with TelegramRateLimitedError carrying `retryAfterSeconds`,
//   so the job can be delayed by that much instead of holding a worker;
// - 5xx and network errors are retried (3 times by default, with backoff), then thrown.
// A person who blocked the bot, or a group that removed it, gives
// TelegramRecipientUnreachableError: retrying will not help, the job should stop.
import { GrammyError, type Api } from 'grammy';
import type { Notifier, NotifyTarget, Reply } from '../../dialog/messages.js';
import { createTelegramApi, type RetryPolicy } from './api.js';
import { deliverReplies } from './outbound.js';

export const NOTIFIER_RETRY_POLICY: RetryPolicy = { maxDelaySeconds: 30, maxRetryAttempts: 3 };

export class TelegramRateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number, options?: ErrorOptions) {
    super(`Telegram asked to wait ${retryAfterSeconds} s before sending again`, options);
    this.name = 'TelegramRateLimitedError';
  }
}

export class TelegramRecipientUnreachableError extends Error {
  constructor(readonly chatId: string, readonly reason: string, options?: ErrorOptions) {
    super(`Telegram chat ${chatId} cannot be reached: ${reason}`, options);
    this.name = 'TelegramRecipientUnreachableError';
  }
}

export type TelegramNotifierOptions =
  | { api: Api }
  | { token: string; apiRoot?: string; retry?: Partial<RetryPolicy> };

// 403: blocked by the user, kicked from the group, user deactivated. 400 "chat not found":
// the chat is gone. Other 400s are our own mistakes and stay ordinary errors.
const UNREACHABLE_400 = /chat not found|user not found|group chat was upgraded|have no rights/i;

function translateError(error: unknown, chatId: string): unknown {
  if (!(error instanceof GrammyError)) return error;
  const retryAfter = error.parameters?.retry_after;
  if (error.error_code === 429 && typeof retryAfter === 'number') return new TelegramRateLimitedError(retryAfter, { cause: error });
  if (error.error_code === 403 || (error.error_code === 400 && UNREACHABLE_400.test(error.description))) {
    return new TelegramRecipientUnreachableError(chatId, error.description, { cause: error });
  }
  return error;
}

export function createTelegramNotifier(options: TelegramNotifierOptions): Notifier {
  const api = 'api' in options
    ? options.api
    : createTelegramApi({ ...options, retry: { ...NOTIFIER_RETRY_POLICY, ...options.retry } });
  return {
    async send(target: NotifyTarget, message: Reply): Promise<void> {
      if (target.platform !== 'telegram') throw new Error(`the Telegram notifier cannot send to ${target.platform}`);
      // A notification starts a message; there is no pressed message to edit.
      const reply: Reply = { ...message, editsPrevious: false };
      try {
        await deliverReplies(api, { chatId: target.chatId }, [reply]);
      } catch (error) {
        throw translateError(error, target.chatId);
      }
    },
  };
}
