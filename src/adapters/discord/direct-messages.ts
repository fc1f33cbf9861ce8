// Direct messages: plain-words logging and the whole conversation, as on Telegram.
// Message content is read only here, never in guild channels. One person's messages are
// handled one after another, so replies keep the order the messages were sent in.
import type { Message } from 'discord.js';
import { downloadDocument } from '../shared/files.js';
import { directMessageInbound, documentAttachment } from './inbound.js';
import { renderReply } from './render.js';
import { adapterLocale, adapterText } from './texts.js';
import type { DiscordHandlerDeps } from './types.js';

/** Runs work one at a time per key; idle keys are forgotten. */
export function createKeyedQueue(): (key: string, work: () => Promise<void>) => Promise<void> {
  const tails = new Map<string, Promise<void>>();
  return (key, work) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}

export function isDirectMessageForUs(message: Message, botUserId: string | undefined): boolean {
  if (message.author.bot || message.system || message.author.id === botUserId) return false;
  return !message.inGuild();
}

async function answerDirectMessage(deps: DiscordHandlerDeps, message: Message): Promise<void> {
  const channel = message.channel;
  if (!channel.isSendable()) return;
  try {
    const inbound = directMessageInbound(message);
    const file = documentAttachment(message);
    if (file) inbound.document = await downloadDocument(file.url, file.name, file.size);
    const replies = await deps.conversation.handle(inbound);
    for (const payload of replies.flatMap((reply) => renderReply(reply))) {
      if (payload.content === '' && payload.components.length === 0 && payload.files.length === 0) continue;
      // There is no "previous" message to edit from a typed message: every reply is sent.
      await channel.send(payload);
    }
  } catch (error) {
    deps.logger.error({ err: error, messageId: message.id }, 'discord: direct message failed');
    // Discord gives messages no locale; the apology is in English unless dialog said otherwise.
    await channel.send({ content: adapterText(adapterLocale(undefined), 'apology') })
      .catch((apologyError: unknown) => deps.logger.warn({ err: apologyError, messageId: message.id }, 'discord: could not send the apology'));
  }
}

export function createDirectMessageHandler(deps: DiscordHandlerDeps, botUserId: () => string | undefined): (message: Message) => Promise<void> {
  const queue = createKeyedQueue();
  return async (message) => {
    if (!isDirectMessageForUs(message, botUserId())) return;
    await queue(message.author.id, () => answerDirectMessage(deps, message));
  };
}
