// The console's Notifier: what the bot says first (reminders, nudges, the weekly review) is
// printed into the running chat, between turns, and its buttons can be pressed like any
// other. Messages that come before the chat is ready wait for it.
import type { Notifier, NotifyTarget, Reply } from '../../dialog/messages.js';

export interface ConsoleNotifier {
  notifier: Notifier;
  /** Called by the chat once it can print: from then on messages for `chatId` are printed by `print`. */
  attach(chatId: string, print: (reply: Reply) => void): void;
}

export function createConsoleNotifier(): ConsoleNotifier {
  let printer: { chatId: string; print: (reply: Reply) => void } | null = null;
  const waiting: { target: NotifyTarget; reply: Reply }[] = [];
  const deliver = (target: NotifyTarget, reply: Reply): void => {
    // One console, one person: messages for other console names are not for this terminal.
    if (printer && target.chatId === printer.chatId) printer.print(reply);
  };
  return {
    notifier: {
      send(target, reply) {
        if (target.platform !== 'console') return Promise.reject(new Error(`the console notifier cannot send to ${target.platform}`));
        if (printer) deliver(target, reply);
        else waiting.push({ target, reply });
        return Promise.resolve();
      },
    },
    attach(chatId, print) {
      printer = { chatId, print };
      for (const { target, reply } of waiting.splice(0)) deliver(target, reply);
    },
  };
}
