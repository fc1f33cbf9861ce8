// Telegram update -> platform-neutral InboundMessage. Groups are the delicate part: the bot
// may only act on what was said to it (a command for it, a mention, a reply to one of its
// messages). Everything else said in a group is dropped here, before dialog ever sees it.
import type { Chat, Message, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';
import { cleanInbound } from '../../dialog/clean-text.js';
import type { ChatMemberLeft, InboundMessage } from '../../dialog/messages.js';

type ChatKind = InboundMessage['chat']['kind'];

function chatKind(chat: Chat): ChatKind | null {
  if (chat.type === 'private') return 'private';
  if (chat.type === 'group' || chat.type === 'supergroup') return 'group';
  return null; // channels: the bot has nothing to say there
}

/** A group's title (a new accountability group is named after it). */
function groupTitle(chat: Chat): { title?: string } {
  return 'title' in chat && chat.title ? { title: chat.title } : {};
}

function displayName(user: User): string {
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return full || user.username || String(user.id);
}

function person(user: User): InboundMessage['user'] {
  return { externalId: String(user.id), displayName: displayName(user) };
}

/** What a message's text says to the bot, with the bot's own name taken out of it. */
interface Addressing {
  text: string;
  addressed: boolean;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Reads a text (or caption) with its entities: `/cmd@thisbot` and `@thisbot ...` are for
 * us (and lose the name), `/cmd@otherbot` is not. A bare `/cmd` counts as ours: Telegram
 * only delivers it to a privacy-mode bot when the group meant it for this bot.
 */
export function readAddressing(text: string, entities: MessageEntity[] | undefined, me: UserFromGetMe): Addressing {
  let addressed = false;
  let result = text;
  const leadingCommand = entities?.find((entity) => entity.type === 'bot_command' && entity.offset === 0);
  if (leadingCommand) {
    const token = text.slice(0, leadingCommand.length);
    const at = token.indexOf('@');
    if (at === -1) {
      addressed = true;
    } else if (sameName(token.slice(at + 1), me.username)) {
      addressed = true;
      result = token.slice(0, at) + text.slice(leadingCommand.length);
    } else {
      return { text, addressed: false }; // another bot's command
    }
  }
  // Cut mentions of the bot from the end backwards so earlier offsets stay valid.
  const mentions = (entities ?? [])
    .filter((entity) =>
      (entity.type === 'mention' && sameName(text.slice(entity.offset + 1, entity.offset + entity.length), me.username)) ||
      (entity.type === 'text_mention' && entity.user.id === me.id))
    .sort((a, b) => b.offset - a.offset);
  if (mentions.length > 0) {
    addressed = true;
    if (!leadingCommand) {
      for (const mention of mentions) {
        result = result.slice(0, mention.offset) + result.slice(mention.offset + mention.length);
      }
      result = result.replace(/\s{2,}/g, ' ').replace(/^[\s,:]+/, '').trim();
    }
  }
  return { text: result, addressed };
}

function repliesToBot(message: Message, me: UserFromGetMe): boolean {
  return message.reply_to_message?.from?.id === me.id;
}

/** The largest size Telegram offers of a photo: the last one of `photo`. */
function largestPhoto(message: Message): string | undefined {
  return message.photo?.at(-1)?.file_id;
}

/**
 * Group chatter not said to the bot, reduced to the fact that someone spoke (no text, no
 * photo, no name): it keeps the chat's group active (dialog/group-activity.ts). Null for
 * anything else. Telegram delivers such messages only to bots with privacy mode off or made admin.
 */
export function groupChatterFrom(update: Update, message: Message, me: UserFromGetMe): InboundMessage | null {
  const from = message.from;
  if (chatKind(message.chat) !== 'group' || !from || from.is_bot) return null;
  if (inboundFromMessage(update, message, me)) return null;
  return {
    platform: 'telegram',
    user: { externalId: String(from.id) },
    chat: { id: String(message.chat.id), kind: 'group' },
    updateId: String(update.update_id),
    botId: String(me.id),
    addressedToBot: false,
  };
}

/** A message in a private chat or addressed to the bot in a group; null for anything to ignore. */
export function inboundFromMessage(update: Update, message: Message, me: UserFromGetMe): InboundMessage | null {
  const kind = chatKind(message.chat);
  const from = message.from;
  if (!kind || !from || from.is_bot) return null;
  const photo = largestPhoto(message);
  const rawText = message.text ?? message.caption;
  // Stickers, voice and service messages are not for us; a document may be an export for /import.
  if (rawText === undefined && !photo && !message.document) return null;
  const { text, addressed } = rawText === undefined
    ? { text: undefined, addressed: false }
    : readAddressing(rawText, message.entities ?? message.caption_entities, me);
  const addressedToBot = kind === 'private' || addressed || repliesToBot(message, me);
  if (!addressedToBot) return null; // privacy: never pass on a group message not said to the bot
  const inbound: InboundMessage = {
    platform: 'telegram',
    user: person(from),
    chat: { id: String(message.chat.id), kind, ...groupTitle(message.chat) },
    updateId: String(update.update_id),
    botId: String(me.id),
    addressedToBot,
  };
  if (from.language_code) inbound.localeHint = from.language_code;
  if (photo) {
    inbound.attachment = { kind: 'photo', fileRef: photo };
    if (text) inbound.attachment.caption = text;
  } else if (text !== undefined) {
    inbound.text = text;
  }
  return cleanInbound(inbound);
}

/**
 * A pressed inline button. Buttons are ours, so a press is always addressed to the bot;
 * a press on a message the bot no longer has (inline mode) carries no chat and is ignored.
 */
export function inboundFromButton(update: Update, me: UserFromGetMe): InboundMessage | null {
  const query = update.callback_query;
  const chat = query?.message?.chat;
  if (!query || query.data === undefined || !chat || query.from.id === me.id) return null;
  const kind = chatKind(chat);
  if (!kind) return null;
  const inbound: InboundMessage = {
    platform: 'telegram',
    user: person(query.from),
    chat: { id: String(chat.id), kind },
    button: { data: query.data },
    updateId: String(update.update_id),
    botId: String(me.id),
    addressedToBot: true,
  };
  if (query.from.language_code) inbound.localeHint = query.from.language_code;
  return cleanInbound(inbound);
}

/**
 * Someone left a group or was removed from it: a chat_member update (bots that receive them) or
 * the left_chat_member service message. Null for anything else, and for the bot itself.
 */
export function memberLeftFrom(update: Update, me: UserFromGetMe): ChatMemberLeft | null {
  const changed = update.chat_member;
  if (changed && chatKind(changed.chat) === 'group' && ['left', 'kicked'].includes(changed.new_chat_member.status)
    && !['left', 'kicked'].includes(changed.old_chat_member.status) && changed.new_chat_member.user.id !== me.id) {
    return { platform: 'telegram', chatId: String(changed.chat.id), userExternalId: String(changed.new_chat_member.user.id) };
  }
  const gone = update.message?.left_chat_member;
  if (gone && update.message && chatKind(update.message.chat) === 'group' && gone.id !== me.id) {
    return { platform: 'telegram', chatId: String(update.message.chat.id), userExternalId: String(gone.id) };
  }
  return null;
}
