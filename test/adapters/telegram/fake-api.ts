// A stand-in Bot API server on 127.0.0.1 for what telegram-test-api cannot do: answer 429
// with retry_after, fail with 5xx, or record multipart uploads. Each method's answers are
// scripted; a method with no script answers ok with a plausible result.
import { createServer, type IncomingMessage } from 'node:http';

export interface FakeRequest {
  method: string;
  contentType: string;
  /** Parsed JSON body, or {} for multipart uploads (see `raw`). */
  body: Record<string, unknown>;
  raw: Buffer;
  headers: IncomingMessage['headers'];
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface FakeAnswer {
  status: number;
  body: Record<string, unknown>;
}

export const ok = (result: unknown): FakeAnswer => ({ status: 200, body: { ok: true, result } });
export const tooManyRequests = (retryAfter: number): FakeAnswer => ({
  status: 429,
  body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } },
});
export const failure = (status: number, description: string): FakeAnswer => ({
  status, body: { ok: false, error_code: status, description },
});

export interface FakeTelegramApi {
  /** Use as the bot's apiRoot. */
  url: string;
  requests: FakeRequest[];
  /** Requests of these methods, in arrival order. */
  of(...methods: string[]): FakeRequest[];
  /** The next answers for a method, used up in order before falling back to the default. */
  script(method: string, ...answers: FakeAnswer[]): void;
  close(): Promise<void>;
}

function defaultAnswer(method: string, body: Record<string, unknown>, nextMessageId: () => number): FakeAnswer {
  switch (method) {
    case 'getMe':
      return ok({ id: 7001, is_bot: true, first_name: 'Habit Coach', username: 'HabitCoachTestBot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
    case 'sendMessage':
    case 'sendPhoto':
      return ok({ message_id: nextMessageId(), date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id ?? 0), type: 'private' }, text: body.text });
    case 'getUpdates':
      return ok([]);
    default:
      return ok(true);
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeTelegramApi(): Promise<FakeTelegramApi> {
  const requests: FakeRequest[] = [];
  const scripts = new Map<string, FakeAnswer[]>();
  let messageId = 100;
  const server = createServer((request, response) => {
    void (async () => {
      const arrived = Date.now();
      const raw = await readBody(request);
      const method = (request.url ?? '').split('/').pop() ?? '';
      const contentType = request.headers['content-type'] ?? '';
      const body = contentType.includes('json') && raw.length > 0 ? JSON.parse(raw.toString('utf8')) as Record<string, unknown> : {};
      requests.push({ method, contentType, body, raw, headers: request.headers, at: arrived });
      const answer = scripts.get(method)?.shift() ?? defaultAnswer(method, body, () => messageId++);
      if (method === 'getUpdates' && answer.status === 200) await new Promise((resolve) => setTimeout(resolve, 50)); // long-poll-ish
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake Telegram API did not bind');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    of: (...methods) => requests.filter((request) => methods.includes(request.method)),
    script: (method, ...answers) => scripts.set(method, [...(scripts.get(method) ?? []), ...answers]),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
