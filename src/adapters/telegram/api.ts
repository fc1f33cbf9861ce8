// The Bot API client as every Telegram piece here uses it: an optional other server
// (TELEGRAM_API_ROOT) and grammY's auto-retry for 429 (retry_after) and 5xx. Retrying
// inside the client keeps order: the next message of a chat waits until this one is sent.
import { Api } from 'grammy';
import type { ApiClientOptions } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';

export interface RetryPolicy {
  /** A 429 asking for a longer wait than this fails at once (the caller decides). */
  maxDelaySeconds: number;
  /** Retries per call before the error reaches the caller. */
  maxRetryAttempts: number;
}

/** A chat bot waits out short floods; a minute-long ban is better reported than waited. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxDelaySeconds: 60, maxRetryAttempts: 5 };

export function createTelegramApiOptions(apiRoot: string | undefined): ApiClientOptions {
  return apiRoot ? { apiRoot: apiRoot.replace(/\/+$/, '') } : {};
}

export function installRetries(api: Api, policy: Partial<RetryPolicy> = {}): void {
  api.config.use(autoRetry({ ...DEFAULT_RETRY_POLICY, ...policy }));
}

/** A bare client, for senders without a bot (the jobs worker's notifier). */
export function createTelegramApi(options: { token: string; apiRoot?: string; retry?: Partial<RetryPolicy> }): Api {
  const api = new Api(options.token, createTelegramApiOptions(options.apiRoot));
  installRetries(api, options.retry);
  return api;
}

/** grammY on Node types signals with the abort-controller polyfill; a native one works the same. */
export type ApiSignal = Parameters<Api['getMe']>[0];
export function toApiSignal(signal: AbortSignal | undefined): ApiSignal {
  return signal as ApiSignal;
}
