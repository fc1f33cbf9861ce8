// Stands in for Telegram at the API-client level: every call is recorded and answered like
// the Bot API would, with nothing sent over the network. Installed last, so it is the
// outermost transformer and sees each call exactly as the bot made it.
import { GrammyError, type Api } from 'grammy';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** The message this call created or edited (sendMessage, sendPhoto, editMessageText). */
  messageId?: number;
}

export interface Recorder {
  calls: RecordedCall[];
  /** The calls of these methods, in order. */
  of(...methods: string[]): RecordedCall[];
  /** Texts the bot sent or edited, in order. */
  texts(): string[];
  /** The next call of `method` fails as Telegram would with this code and description. */
  failNext(method: string, code: number, description: string): void;
  clear(): void;
}

export function recordApiCalls(api: Api): Recorder {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, { code: number; description: string }>();
  let messageId = 500;
  api.config.use((_prev, method, payload) => {
    const body = { ...(payload as Record<string, unknown>) };
    const call: RecordedCall = { method, payload: body };
    calls.push(call);
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return Promise.reject(new GrammyError(`Call to '${method}' failed!`, { ok: false, error_code: failure.code, description: failure.description }, method, body));
    }
    let result: unknown = true;
    if (method === 'editMessageText') call.messageId = Number(body.message_id);
    if (method === 'sendMessage' || method === 'sendPhoto') {
      call.messageId = messageId;
      result = { message_id: messageId++, date: 1_760_000_000, chat: { id: Number(body.chat_id), type: 'private' }, text: body.text };
    }
    // The result type depends on the method; the Bot API's shape is what matters here.
    return Promise.resolve({ ok: true, result } as never);
  });
  return {
    calls,
    of: (...methods) => calls.filter((call) => methods.includes(call.method)),
    texts: () => calls.filter((call) => call.method === 'sendMessage' || call.method === 'editMessageText').map((call) => String(call.payload.text)),
    failNext: (method, code, description) => failures.set(method, { code, description }),
    clear: () => { calls.length = 0; },
  };
}
