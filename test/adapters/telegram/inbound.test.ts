import { describe, expect, it } from 'vitest';
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { groupChatterFrom, inboundFromButton, inboundFromMessage } from '../../../src/adapters/telegram/inbound.js';
import { botInfo, buttonPress, groupChat, member, privateChat, textMessage } from './updates.js';

const me: UserFromGetMe = botInfo;

function messageOf(update: Update): Message {
  if (!update.message) throw new Error('not a message update');
  return update.message;
}

const translate = (update: Update) => inboundFromMessage(update, messageOf(update), me);

describe('a private message', () => {
  it('becomes an inbound message with the person, chat, language, update id and the bot it reached', () => {
    const update = textMessage({ updateId: 501, chat: privateChat, text: 'did 20 pushups', languageCode: 'pt-BR' });
    expect(translate(update)).toEqual({
      platform: 'telegram',
      user: { externalId: String(member.id), displayName: 'Ana Souza' },
      chat: { id: String(privateChat.id), kind: 'private' },
      text: 'did 20 pushups',
      updateId: '501',
      botId: String(me.id),
      localeHint: 'pt-BR',
      addressedToBot: true,
    });
  });

  it('never passes on a NUL byte, a control character or half an emoji (the database refuses them)', () => {
    const update = textMessage({ chat: privateChat, text: 'did 20\u0000 pushups \u0007💪\ud83d' });
    expect(translate(update)?.text).toBe('did 20 pushups 💪');
  });

  it('keeps a /start deep-link payload in the text', () => {
    const update = textMessage({ chat: privateChat, text: '/start group_abc123', command: true });
    expect(translate(update)?.text).toBe('/start group_abc123');
  });

  it('passes a photo as an attachment with its largest file_id and caption', () => {
    const update = textMessage({ chat: privateChat, text: undefined, caption: 'proof for this week' });
    update.message!.photo = [
      { file_id: 'small', file_unique_id: 's', width: 90, height: 90 },
      { file_id: 'large', file_unique_id: 'l', width: 1280, height: 1280 },
    ];
    const inbound = translate(update);
    expect(inbound?.attachment).toEqual({ kind: 'photo', fileRef: 'large', caption: 'proof for this week' });
    expect(inbound?.text).toBeUndefined();
  });

  it('ignores stickers and messages from other bots', () => {
    const sticker = textMessage({ chat: privateChat, text: undefined });
    expect(translate(sticker)).toBeNull();
    const fromBot = textMessage({ chat: privateChat, text: 'hi' });
    fromBot.message!.from.is_bot = true;
    expect(translate(fromBot)).toBeNull();
  });
});

describe('a group message', () => {
  it('given plain chatter then nothing is passed on (privacy)', () => {
    expect(translate(textMessage({ chat: groupChat, text: 'did 20 pushups lol' }))).toBeNull();
  });

  it('given plain chatter then only that someone spoke goes on (no text, no name), to keep the group active', () => {
    const update = textMessage({ chat: groupChat, text: 'did 20 pushups lol' });
    const chatter = groupChatterFrom(update, messageOf(update), me);
    expect(chatter).toEqual({
      platform: 'telegram', user: { externalId: String(messageOf(update).from!.id) }, chat: { id: String(groupChat.id), kind: 'group' },
      updateId: String(update.update_id), botId: String(me.id), addressedToBot: false,
    });
    const command = textMessage({ chat: groupChat, text: `/stats@${me.username}`, command: true });
    expect(groupChatterFrom(command, messageOf(command), me)).toBeNull();
    const direct = textMessage({ chat: privateChat, text: 'hello' });
    expect(groupChatterFrom(direct, messageOf(direct), me)).toBeNull();
  });

  it('given /stats@thisbot then it is addressed and the name is dropped', () => {
    const inbound = translate(textMessage({ chat: groupChat, text: `/stats@${me.username} week`, command: true }));
    expect(inbound).toMatchObject({ text: '/stats week', addressedToBot: true, chat: { kind: 'group' } });
  });

  it('given a bare /stats then it is addressed (Telegram delivers it only when meant for this bot)', () => {
    expect(translate(textMessage({ chat: groupChat, text: '/stats', command: true }))?.text).toBe('/stats');
  });

  it('given /stats@otherbot then it is not for us', () => {
    expect(translate(textMessage({ chat: groupChat, text: '/stats@OtherBot', command: true }))).toBeNull();
  });

  it('given a mention then it is addressed and the mention is cut from the text', () => {
    const text = `@${me.username} did 20 pushups`;
    const update = textMessage({ chat: groupChat, text });
    update.message!.entities = [{ type: 'mention', offset: 0, length: me.username.length + 1 }];
    expect(translate(update)).toMatchObject({ text: 'did 20 pushups', addressedToBot: true });
  });

  it('given a reply to one of the bot’s messages then it is addressed', () => {
    const update = textMessage({ chat: groupChat, text: 'yes, done' });
    update.message!.reply_to_message = {
      message_id: 9, date: 0, chat: groupChat, from: me, text: 'Did you train today?',
    } as unknown as Message['reply_to_message'];
    expect(translate(update)).toMatchObject({ text: 'yes, done', addressedToBot: true });
  });
});

describe('a button press', () => {
  it('becomes an inbound button with the chat of the pressed message', () => {
    const update = buttonPress({ updateId: 77, chat: groupChat, data: '1:u:abc', messageId: 12 });
    expect(inboundFromButton(update, me)).toEqual({
      platform: 'telegram',
      user: { externalId: String(member.id), displayName: 'Ana Souza' },
      chat: { id: String(groupChat.id), kind: 'group' },
      button: { data: '1:u:abc' },
      updateId: '77',
      botId: String(me.id),
      localeHint: 'en',
      addressedToBot: true,
    });
  });
});
