// A stand-in Bot API for the fault specs: it records every sendMessage (the platform's view of
// what people received) and can hold answers, so a worker can be killed while its message is
// on the wire: the platform has the message, the worker never hears back.
import { createServer, type ServerResponse } from 'node:http';

export interface ReceivedMessage {
  chatId: string;
  text: string;
  at: number;
  /** Refused with an error (e.g. a scripted 429): the person did not get it. */
  refused: boolean;
}

export interface FakeTelegram {
  /** Use as TELEGRAM_API_ROOT. */
  url: string;
  received: ReceivedMessage[];
  /** Whether to answer the n-th sendMessage (0-based) or keep the caller waiting. */
  hold(predicate: (index: number) => boolean): void;
  /** Answers every held sendMessage now (ok), and holds no more. */
  release(): void;
  /** The next sendMessage calls are refused with 429 Too Many Requests, retry_after in seconds. */
  tooManyRequests(retryAfterSeconds: number, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const received: ReceivedMessage[] = [];
  const held: { response: ServerResponse; body: Record<string, unknown> }[] = [];
  let holding: (index: number) => boolean = () => false;
  const refusals: number[] = [];
  let messageId = 1;
  const answer = (response: ServerResponse, body: Record<string, unknown>): void => {
    const result = { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: 'private' }, text: body.text };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const method = (request.url ?? '').split('/').pop() ?? '';
      const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      if (method !== 'sendMessage') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: true }));
        return;
      }
      const index = received.length;
      const refusal = refusals.shift();
      received.push({ chatId: String(body.chat_id), text: String(body.text), at: Date.now(), refused: refusal !== undefined });
      if (refusal !== undefined) {
        const description = `Too Many Requests: retry after ${refusal}`;
        response.writeHead(429, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ok: false, error_code: 429, description, parameters: { retry_after: refusal } }));
        return;
      }
      if (holding(index)) {
        held.push({ response, body });
        return;
      }
      answer(response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    hold: (predicate) => { holding = predicate; },
    release() {
      holding = () => false;
      for (const { response, body } of held.splice(0)) answer(response, body);
    },
    tooManyRequests: (retryAfterSeconds, times = 1) => { for (let i = 0; i < times; i += 1) refusals.push(retryAfterSeconds); },
    async close() {
      for (const { response } of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
