// The grammY bot: a thin translation between Telegram updates and the platform-neutral
// Conversation. It holds no state of its own; dialog decides everything, including what a
// redelivered update (same update_id) does.
import { Bot, type BotError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { sequentialize } from '@grammyjs/runner';
import type { Conversation, InboundMessage } from '../../dialog/messages.js';
import { createTelegramApiOptions, installRetries, type RetryPolicy } from './api.js';
import { apologyFor } from './apology.js';
import { fetchTelegramDocument } from './documents.js';
import { groupChatterFrom, inboundFromButton, inboundFromMessage, memberLeftFrom } from './inbound.js';
import type { TelegramLogger } from './logger.js';
import { deliverReplies, type DeliveryTarget } from './outbound.js';

export interface TelegramBotOptions {
  token: string;
  /** Another Bot API server: a self-hosted telegram-bot-api or an emulator. */
  apiRoot?: string;
  conversation: Conversation;
  logger: TelegramLogger;
  /** Known bot identity (tests): skips the getMe call at startup. */
  botInfo?: UserFromGetMe;
  /** How long 429s and 5xx are waited out; defaults suit a chat bot. */
  retry?: Partial<RetryPolicy>;
}

/** Updates of one chat run one after another (send order per chat); chats run in parallel. */
function chatKey(ctx: Context): string | undefined {
  const id = ctx.chat?.id ?? ctx.from?.id;
  return id === undefined ? undefined : String(id);
}

async function answerPress(ctx: Context, logger: TelegramLogger): Promise<void> {
  try {
    await ctx.answerCallbackQuery();
  } catch (error) {
    // The spinner times out on its own; the press itself is still handled.
    logger.warn({ err: error, updateId: ctx.update.update_id }, 'telegram: could not answer a button press');
  }
}

/**
 * A failed update: logged with its update id, and the person gets a short apology where
 * they spoke to the bot (never in a group for a message that was not for the bot).
 */
async function reportFailure(botError: BotError, logger: TelegramLogger): Promise<void> {
  const ctx = botError.ctx;
  const updateId = ctx.update.update_id;
  logger.error({ err: botError.error, updateId, chatId: ctx.chat?.id }, 'telegram: handling an update failed');
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  const spokenTo = ctx.chat?.type === 'private' || ctx.callbackQuery !== undefined
    || (ctx.message !== undefined && inboundFromMessage(ctx.update, ctx.message, ctx.me) !== null);
  if (!spokenTo) return;
  try {
    await ctx.api.sendMessage(chatId, apologyFor(ctx.from?.language_code));
  } catch (error) {
    logger.error({ err: error, updateId }, 'telegram: could not send the apology either');
  }
}

/** Builds the bot. Nothing touches the network until it is started or handed an update. */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  const { conversation, logger } = options;
  const bot = new Bot(options.token, {
    client: createTelegramApiOptions(options.apiRoot),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  installRetries(bot.api, options.retry);

  bot.use(sequentialize(chatKey));

  const converse = async (ctx: Context, inbound: InboundMessage, target: DeliveryTarget): Promise<void> => {
    const replies = await conversation.handle(inbound);
    await deliverReplies(ctx.api, target, replies);
  };

  // Errors are handled here rather than only in bot.catch: webhookCallback never calls
  // bot.catch, and the runner and handleUpdate should see the same behaviour.
  const handlers = bot.errorBoundary((botError) => reportFailure(botError, logger));

  handlers.on('callback_query:data', async (ctx) => {
    // Answered first and always: Telegram shows a spinner on the button until it is.
    await answerPress(ctx, logger);
    const inbound = inboundFromButton(ctx.update, ctx.me);
    const message = ctx.callbackQuery.message;
    if (!inbound || !message) return;
    await converse(ctx, inbound, {
      chatId: message.chat.id,
      pressedMessageId: message.message_id,
      ...(inbound.chat.kind === 'group' ? { directChatId: ctx.callbackQuery.from.id, botUsername: ctx.me.username } : {}),
    });
  });

  // Someone left the chat (or was removed): out of the group that lives here. Nothing is said.
  const memberLeft = async (ctx: Context): Promise<void> => {
    const event = memberLeftFrom(ctx.update, ctx.me);
    if (event) await conversation.memberLeft?.(event);
  };
  handlers.on('chat_member', memberLeft);
  handlers.on('message:left_chat_member', memberLeft);

  handlers.on('message', async (ctx) => {
    const inbound = inboundFromMessage(ctx.update, ctx.message, ctx.me);
    if (!inbound) {
      // Chatter not for the bot: only that someone spoke goes on (it keeps the group active); nothing is said.
      const chatter = groupChatterFrom(ctx.update, ctx.message, ctx.me);
      if (chatter) await conversation.handle(chatter);
      return;
    }
    const inGroup = inbound.chat.kind === 'group';
    if (ctx.message.document) inbound.document = await fetchTelegramDocument(ctx.api, ctx.message.document, options.apiRoot);
    await converse(ctx, inbound, {
      chatId: ctx.message.chat.id,
      ...(inGroup ? { quoteMessageId: ctx.message.message_id, directChatId: ctx.message.from.id, botUsername: ctx.me.username } : {}),
    });
  });

  bot.catch((botError) => reportFailure(botError, logger));

  return bot;
}
