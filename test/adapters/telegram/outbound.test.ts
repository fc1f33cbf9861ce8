// Reply -> Telegram calls, for reply shapes the conversation can produce (edits in place,
// images, long texts), checked on a recording API client.
import { readAll, textFile } from '../../support/files.js';
import { Api, InputFile } from 'grammy';
import { beforeEach, describe, expect, it } from 'vitest';
import { deliverReplies } from '../../../src/adapters/telegram/outbound.js';
import { recordApiCalls, type Recorder } from './recorder.js';

describe('delivering replies to Telegram', () => {
  let api: Api;
  let recorder: Recorder;
  beforeEach(() => {
    api = new Api('123456:TEST-outbound-token-abcdefgh');
    recorder = recordApiCalls(api);
  });

  it('given a reply that edits the pressed message then that message is edited, and its old buttons go', async () => {
    await deliverReplies(api, { chatId: 42, pressedMessageId: 900 }, [{ text: 'Undone: **Pushups**', editsPrevious: true }]);
    expect(recorder.calls).toEqual([{
      method: 'editMessageText',
      messageId: 900,
      payload: { chat_id: 42, message_id: 900, text: 'Undone: <b>Pushups</b>', parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    }]);
  });

  it('given an edit with new buttons then the edited message carries them', async () => {
    await deliverReplies(api, { chatId: 42, pressedMessageId: 900 }, [
      { text: 'Next question', editsPrevious: true, buttons: [[{ label: 'Yes', data: 'y' }, { label: 'No', data: 'n' }]] },
    ]);
    expect(recorder.calls[0]?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Yes', callback_data: 'y' }, { text: 'No', callback_data: 'n' }]] });
  });

  it('given only the first of two replies edits then the second is sent as a new message', async () => {
    await deliverReplies(api, { chatId: 42, pressedMessageId: 900 }, [
      { text: 'one', editsPrevious: true }, { text: 'two', editsPrevious: true },
    ]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['editMessageText', 'sendMessage']);
  });

  it('given the same button pressed twice then "message is not modified" is not an error', async () => {
    recorder.failNext('editMessageText', 400, 'Bad Request: message is not modified');
    await deliverReplies(api, { chatId: 42, pressedMessageId: 900 }, [{ text: 'same', editsPrevious: true }]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['editMessageText']);
  });

  it('given a message Telegram can no longer edit then the reply is sent instead', async () => {
    recorder.failNext('editMessageText', 400, "Bad Request: message can't be edited");
    await deliverReplies(api, { chatId: 42, pressedMessageId: 900 }, [{ text: 'fresh', editsPrevious: true }]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['editMessageText', 'sendMessage']);
    expect(recorder.calls[1]?.payload.text).toBe('fresh');
  });

  it('given an edit without a pressed message (a typed answer) then it is sent', async () => {
    await deliverReplies(api, { chatId: 42 }, [{ text: 'typed', editsPrevious: true }]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['sendMessage']);
  });

  it('given an image then it goes through sendPhoto with the text as caption and the buttons', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);
    await deliverReplies(api, { chatId: 42 }, [{ text: '**Week** card', image: { png, alt: 'week' }, buttons: [[{ label: 'Share', data: 's' }]] }]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['sendPhoto']);
    expect(recorder.calls[0]?.payload).toMatchObject({ chat_id: 42, caption: '<b>Week</b> card', parse_mode: 'HTML' });
    expect(recorder.calls[0]?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Share', callback_data: 's' }]] });
  });

  it('given an image with text too long for a caption then the text follows as a message', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);
    await deliverReplies(api, { chatId: 42 }, [{ text: 'x'.repeat(2000), image: { png, alt: 'stats card' } }]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['sendPhoto', 'sendMessage']);
    expect(recorder.calls[0]?.payload.caption).toBeUndefined();
  });

  it('given a text longer than Telegram allows then it arrives in pieces, buttons on the last', async () => {
    const text = Array.from({ length: 400 }, (_, index) => `line ${index} of the export summary`).join('\n');
    await deliverReplies(api, { chatId: 42 }, [{ text, buttons: [[{ label: 'OK', data: 'ok' }]] }]);
    const sent = recorder.of('sendMessage');
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((call) => String(call.payload.text).length <= 4096)).toBe(true);
    expect(sent.map((call) => call.payload.reply_markup !== undefined)).toEqual([...sent.slice(1).map(() => false), true]);
  });

  it('given replies in a group then the first message quotes the member, and empty texts are skipped', async () => {
    await deliverReplies(api, { chatId: -100, quoteMessageId: 31 }, [{ text: '  ' }, { text: 'hello group' }]);
    expect(recorder.calls).toHaveLength(1);
    expect(recorder.calls[0]?.payload.reply_parameters).toEqual({ message_id: 31, allow_sending_without_reply: true });
  });

  it('given a file (/export) then it is sent as a document with its name and content, the text as caption', async () => {
    const content = '{\n  "format": "habit-coach-export"\n}\n';
    await deliverReplies(api, { chatId: 42 }, [{ text: 'Your **data**', file: textFile('habit-coach-export.json', 'application/json', content) }]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['sendDocument']);
    const [call] = recorder.calls;
    expect(call?.payload).toMatchObject({ chat_id: 42, caption: 'Your <b>data</b>', parse_mode: 'HTML' });
    const document = call?.payload.document;
    expect(document).toBeInstanceOf(InputFile);
    expect((document as InputFile).filename).toBe('habit-coach-export.json');
    expect(await readAll(await (document as InputFile).toRaw())).toBe(content);
  });

  it('given a file whose text is too long for a caption then the text follows as a message', async () => {
    await deliverReplies(api, { chatId: 42 }, [{ text: 'y'.repeat(2000), file: textFile('entries.csv', 'text/csv', 'a,b\n') }]);
    expect(recorder.calls.map((call) => call.method)).toEqual(['sendDocument', 'sendMessage']);
    expect(recorder.calls[0]?.payload.caption).toBeUndefined();
  });
});
