// Reply -> Telegram: text in HTML parse mode, buttons as inline keyboards, images through
// sendPhoto, files (/export) through sendDocument, and `editsPrevious` as an edit of the
// message whose button was pressed.
// Shared by the bot (answers) and the notifier (messages the bot starts).
import { GrammyError, InlineKeyboard, InputFile, type Api } from 'grammy';
import type { Button, Reply } from '../../dialog/messages.js';
import { fileBytes } from '../shared/files.js';
import { TELEGRAM_CAPTION_LIMIT, splitForTelegram, stripFormatting, toTelegramHtml } from './format.js';

export interface DeliveryTarget {
  chatId: number | string;
  /** The bot message whose button was pressed: `editsPrevious` replies edit it. */
  pressedMessageId?: number;
  /** In groups, answers quote the member's message so the thread stays readable. */
  quoteMessageId?: number;
  /** In groups: the speaker's private chat, where `direct` replies (their own data) go. */
  directChatId?: number | string;
  /** The bot's @username: a button that opens its private chat, when that chat was never started. */
  botUsername?: string;
}

export function toKeyboard(rows: Button[][] | undefined): InlineKeyboard | undefined {
  const usable = (rows ?? []).map((row) => row.filter((button) => button.label && button.data)).filter((row) => row.length > 0);
  if (usable.length === 0) return undefined;
  return InlineKeyboard.from(usable.map((row) => row.map((button) => InlineKeyboard.text(button.label, button.data))));
}

const NO_LINK_PREVIEW = { is_disabled: true } as const;

function isGrammyError(error: unknown, code: number, description?: RegExp): error is GrammyError {
  return error instanceof GrammyError && error.error_code === code && (!description || description.test(error.description));
}

/**
 * Edits the pressed message in place. True when the message now shows the reply (also when
 * it already did); false when Telegram cannot edit it (too old, deleted, a photo), so the
 * caller sends the reply as a new message instead.
 */
async function editInPlace(api: Api, chatId: number | string, messageId: number, reply: Reply): Promise<boolean> {
  const keyboard = toKeyboard(reply.buttons);
  try {
    await api.editMessageText(chatId, messageId, toTelegramHtml(reply.text), {
      parse_mode: 'HTML',
      link_preview_options: NO_LINK_PREVIEW,
      // Without reply_markup Telegram removes the old keyboard: a choice once made cannot be made again.
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
    return true;
  } catch (error) {
    if (isGrammyError(error, 400, /not modified/i)) return true; // a second press of the same button
    if (isGrammyError(error, 400)) return false;
    throw error;
  }
}

async function sendText(api: Api, target: DeliveryTarget, text: string, keyboard: InlineKeyboard | undefined): Promise<void> {
  const pieces = splitForTelegram(text);
  for (const [index, piece] of pieces.entries()) {
    const last = index === pieces.length - 1;
    await api.sendMessage(target.chatId, toTelegramHtml(piece), {
      parse_mode: 'HTML',
      link_preview_options: NO_LINK_PREVIEW,
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
      ...(index === 0 && target.quoteMessageId
        ? { reply_parameters: { message_id: target.quoteMessageId, allow_sending_without_reply: true } }
        : {}),
    });
  }
}

async function sendImage(api: Api, target: DeliveryTarget, reply: Reply & { image: NonNullable<Reply['image']> }): Promise<void> {
  const keyboard = toKeyboard(reply.buttons);
  const caption = reply.text.trim() || stripFormatting(reply.image.alt);
  const fitsCaption = caption.length <= TELEGRAM_CAPTION_LIMIT - 64;
  await api.sendPhoto(target.chatId, new InputFile(reply.image.png, 'habit-coach.png'), {
    ...(fitsCaption && caption ? { caption: toTelegramHtml(caption), parse_mode: 'HTML' as const } : {}),
    ...(fitsCaption && keyboard ? { reply_markup: keyboard } : {}),
    ...(target.quoteMessageId
      ? { reply_parameters: { message_id: target.quoteMessageId, allow_sending_without_reply: true } }
      : {}),
  });
  if (!fitsCaption) await sendText(api, { chatId: target.chatId }, reply.text, keyboard);
}

/** A file (the /export JSON or CSV) as a document, its text as the caption when it fits. */
async function sendFile(api: Api, target: DeliveryTarget, reply: Reply & { file: NonNullable<Reply['file']> }): Promise<void> {
  const keyboard = toKeyboard(reply.buttons);
  const caption = reply.text.trim();
  const fitsCaption = caption.length <= TELEGRAM_CAPTION_LIMIT - 64;
  const file = reply.file;
  // Streamed from the database as it uploads: a supplier, so a retried call reads it again.
  await api.sendDocument(target.chatId, new InputFile(() => fileBytes(file), file.name), {
    ...(fitsCaption && caption ? { caption: toTelegramHtml(caption), parse_mode: 'HTML' as const } : {}),
    ...(fitsCaption && keyboard ? { reply_markup: keyboard } : {}),
    ...(target.quoteMessageId
      ? { reply_parameters: { message_id: target.quoteMessageId, allow_sending_without_reply: true } }
      : {}),
  });
  if (!fitsCaption) await sendText(api, { chatId: target.chatId }, reply.text, keyboard);
}

/** Telegram refuses to open a chat the person never started (403), or no longer knows it. */
function isUnreachable(error: unknown): boolean {
  return isGrammyError(error, 403) || isGrammyError(error, 400, /chat not found/i);
}

/**
 * Sends the replies in order, one at a time, so the chat reads in the order dialog wrote.
 * In a group, `direct` replies go to the speaker's private chat first and never to the group;
 * the group then hears the notice, or how to open that chat when Telegram refuses it.
 */
export async function deliverReplies(api: Api, target: DeliveryTarget, replies: Reply[]): Promise<void> {
  const direct = replies.filter((reply) => reply.direct);
  if (direct.length === 0 || target.directChatId === undefined || String(target.directChatId) === String(target.chatId)) {
    await deliverInOrder(api, target, replies);
    return;
  }
  let reached = true;
  try {
    await deliverInOrder(api, { chatId: target.directChatId }, direct);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    reached = false;
  }
  for (const reply of replies.filter((candidate) => !candidate.direct)) {
    if (reached || !reply.undelivered) await deliverInOrder(api, target, [reply]);
    else await sendText(api, target, reply.undelivered, openChatButton(target.botUsername));
  }
}

function openChatButton(botUsername: string | undefined): InlineKeyboard | undefined {
  return botUsername ? new InlineKeyboard().url(`@${botUsername}`, `https://t.me/${botUsername}`) : undefined;
}

/** Only the first `editsPrevious` reply edits (there is one pressed message to replace). */
async function deliverInOrder(api: Api, target: DeliveryTarget, replies: Reply[]): Promise<void> {
  let pressedMessageId = target.pressedMessageId;
  for (const reply of replies) {
    if (reply.file) {
      await sendFile(api, target, { ...reply, file: reply.file });
      if (reply.image) await sendImage(api, { chatId: target.chatId }, { text: '', image: reply.image });
      continue;
    }
    if (reply.image) {
      await sendImage(api, target, { ...reply, image: reply.image });
      continue;
    }
    if (!reply.text.trim()) continue; // Telegram refuses empty messages
    if (reply.editsPrevious && pressedMessageId !== undefined) {
      const messageId = pressedMessageId;
      pressedMessageId = undefined;
      if (await editInPlace(api, target.chatId, messageId, reply)) continue;
    }
    await sendText(api, target, reply.text, toKeyboard(reply.buttons));
  }
}
