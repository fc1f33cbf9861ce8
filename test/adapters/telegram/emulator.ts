// What the tests on telegram-test-api (the Bot API emulator) share: a pause standing in for the
// long poll the real Bot API holds open, so polling the emulator does not spin.
import type { Transformer } from 'grammy';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The real Bot API holds getUpdates open until something arrives; the emulator answers at once.
export const longPollPause: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (method === 'getUpdates' && result.ok && Array.isArray(result.result) && result.result.length === 0) await sleep(40);
  return result;
};
