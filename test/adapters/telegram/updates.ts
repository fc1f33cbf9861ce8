// Telegram updates as the Bot API sends them, built for tests.
import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';

export const botInfo: UserFromGetMe = {
  id: 7001,
  is_bot: true,
  first_name: 'Habit Coach',
  username: 'HabitCoachTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export const member: User = { id: 4242, is_bot: false, first_name: 'Ana', last_name: 'Souza', language_code: 'en' };
export const otherMember: User = { id: 4343, is_bot: false, first_name: 'Bruno', language_code: 'pt-BR' };
export const privateChat: Chat.PrivateChat = { id: 4242, type: 'private', first_name: 'Ana' };
export const groupChat: Chat.SupergroupChat = { id: -100777, type: 'supergroup', title: 'Morning runners' };

let nextUpdateId = 1000;
let nextMessageId = 1;
export const freshUpdateId = (): number => nextUpdateId++;

export interface MessageSpec {
  updateId?: number;
  chat: Chat;
  from?: User;
  text: string | undefined;
  caption?: string;
  /** Marks the first word as a bot_command entity, as Telegram does for "/cmd ...". */
  command?: boolean;
  languageCode?: string;
}

export function textMessage(spec: MessageSpec): Update {
  const from: User = { ...(spec.from ?? member) };
  if (spec.languageCode) from.language_code = spec.languageCode;
  const message = { message_id: nextMessageId++, date: 1_760_000_000, chat: spec.chat, from } as Message;
  if (spec.text !== undefined) message.text = spec.text;
  if (spec.caption !== undefined) message.caption = spec.caption;
  if (spec.command && spec.text) {
    const length = spec.text.split(' ')[0]!.length;
    message.entities = [{ type: 'bot_command', offset: 0, length }];
  }
  return { update_id: spec.updateId ?? freshUpdateId(), message } as Update;
}

export interface PressSpec {
  updateId?: number;
  chat: Chat;
  from?: User;
  data: string;
  /** The bot message carrying the button. */
  messageId: number;
}

export function buttonPress(spec: PressSpec): Update {
  const updateId = spec.updateId ?? freshUpdateId();
  return {
    update_id: updateId,
    callback_query: {
      id: `cb-${updateId}`,
      from: spec.from ?? member,
      chat_instance: 'ci',
      data: spec.data,
      message: { message_id: spec.messageId, date: 1_760_000_000, chat: spec.chat, from: botInfo, text: '…' },
    },
  };
}
