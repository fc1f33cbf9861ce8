// Platform-neutral messages. Adapters translate between these and their platform;
// dialog never sees a platform type.
import type { Platform } from '../core/types.js';

/** The largest file /import takes: Telegram lets bots download at most 20 MB, and a year of entries is well under 1 MB. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

export interface InboundMessage {
  platform: Platform;
  /** The speaking person, as the platform names them. */
  user: { externalId: string; displayName?: string };
  /**
   * Where the message was said. Group chats need `addressedToBot` for anything but commands.
   * `title`: the group chat's name, when the platform gives one (a new group is named after it).
   */
  chat: { id: string; kind: 'private' | 'group'; title?: string };
  text?: string;
  /** The text had characters in it, but none that could be read (only NUL, control characters, broken emoji). */
  unreadableText?: boolean;
  /** A pressed button: the `data` of a Button this bot sent. */
  button?: { data: string };
  attachment?: { kind: 'photo'; fileRef: string; caption?: string };
  /**
   * A file the person sent (an export for /import), fetched by the adapter: its content as
   * UTF-8, or why it could not be had (larger than MAX_IMPORT_FILE_BYTES, or the download
   * failed). A caption, if any, arrives as `text`.
   */
  document?: { name: string; text: string } | { name: string; problem: 'too_big' | 'unreadable' };
  /** The platform's own update id; the same id handled twice writes once. */
  updateId: string;
  /** The bot that received it (Telegram bot id, Discord application id), when the adapter knows it. */
  botId?: string;
  /** The platform's language hint, e.g. 'pt-BR', 'pt', 'en-US'. */
  localeHint?: string;
  /** In groups: the message mentions or replies to the bot, or is a command for it. */
  addressedToBot?: boolean;
  /**
   * In groups, for adapters that know who will see the answer: 'speaker' when only the speaker
   * will (Discord ephemeral), 'chat' when the speaker asked to show it to everyone (Discord
   * share:true). Either way a member's stats are shown; unset, only if they share them (User.shareStats).
   */
  audience?: 'speaker' | 'chat';
  /**
   * In groups, when the update itself says whether the speaker is an admin of the chat (Discord:
   * the interaction member's Manage Channel permission). Unset: ConversationDeps.chatAdmins is asked.
   */
  speakerIsAdmin?: boolean;
}

export interface Button {
  label: string;
  /** Opaque, at most 64 bytes (Telegram's callback_data limit). */
  data: string;
}

/**
 * A reply. `text` uses light formatting that every adapter can render:
 * `**bold**`, `_italic_` and `` `code` ``; adapters translate or strip it.
 */
export interface Reply {
  text: string;
  /** Rows of buttons. */
  buttons?: Button[][];
  image?: { png: Uint8Array; alt: string };
  /** A file to hand over (/export): a document on Telegram, an attachment on Discord, a file on the console. */
  file?: ReplyFile;
  /** Replace the message whose button was pressed instead of sending a new one. */
  editsPrevious?: boolean;
  /** In a group: show only to the speaker where the platform can (Discord ephemeral). */
  private?: boolean;
  /**
   * The speaker's own data (/export, /import, /delete): never shown in a group. In a group an
   * adapter sends it to the speaker's direct chat (Telegram) or shows it to them alone
   * (Discord ephemeral).
   */
  direct?: boolean;
  /**
   * Said in the group after `direct` replies went to the speaker's direct chat; when that chat
   * cannot be reached (the person never started the bot) adapters say `undelivered` instead.
   */
  undelivered?: string;
}

/**
 * A file's text, made as it is read: an export of years of entries streams through with
 * bounded memory. Each call of `chunks` starts it again from the beginning.
 */
export interface ReplyFile {
  name: string;
  mimeType: string;
  chunks: () => AsyncIterable<string>;
}

/** The whole text of a reply's file (for small files and tests). */
export async function readReplyFile(file: ReplyFile): Promise<string> {
  let text = '';
  for await (const chunk of file.chunks()) text += chunk;
  return text;
}

/** Where a notifier sends: a person's direct chat or a group chat. */
export interface NotifyTarget {
  platform: Platform;
  chatId: string;
}

/** Sends a message first (reminders, nudges). Adapters implement it. */
export interface Notifier {
  send(target: NotifyTarget, message: Reply): Promise<void>;
}

/** The platform-neutral conversation: one inbound message in, the replies to send out. */
export interface Conversation {
  handle(message: InboundMessage): Promise<Reply[]>;
  /**
   * The platform says someone left (or was removed from) a chat: Telegram chat_member and
   * left_chat_member, Discord guildMemberRemove. If the chat is a group's home they are out of it.
   */
  memberLeft?(event: ChatMemberLeft): Promise<void>;
}

export interface ChatMemberLeft {
  platform: Platform;
  chatId: string;
  userExternalId: string;
}
