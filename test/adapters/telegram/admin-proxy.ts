// A small Bot API proxy in front of telegram-test-api for a group's week: it answers the two
// methods the emulator lacks that a group needs (getChatAdministrators, with the chat's admins
// as the test sets them, and setMyCommands), forwards everything else to the emulator, and
// records every call with the emulator's answer, so a test reads what the bot sent where
// (the emulator forgets stored messages after a minute).
import { createServer } from 'node:http';

export interface ProxiedCall {
  method: string;
  body: Record<string, unknown>;
  /** The answer's `result` (a sent message carries its message_id). */
  result: unknown;
}

export interface AdminProxy {
  /** The bot's apiRoot. */
  url: string;
  calls: ProxiedCall[];
  /** The admins getChatAdministrators lists for a chat (by Telegram user id). */
  setAdmins(chatId: number | string, admins: { id: number; first_name: string }[]): void;
  close(): Promise<void>;
}

export async function startAdminProxy(emulatorUrl: string): Promise<AdminProxy> {
  const calls: ProxiedCall[] = [];
  const admins = new Map<string, { id: number; first_name: string }[]>();
  const server = createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const url = request.url ?? '';
      const contentType = request.headers['content-type'] ?? '';
      const method = url.split('/').pop() ?? '';
      const body = contentType.includes('json') && raw.length > 0 ? JSON.parse(raw.toString('utf8')) as Record<string, unknown> : {};
      const answer = (status: number, payload: { ok: boolean; result?: unknown }) => {
        if (method !== 'getUpdates') calls.push({ method, body, result: payload.result });
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      };
      if (method === 'getChatAdministrators') {
        const listed = admins.get(String(body.chat_id)) ?? [];
        return answer(200, { ok: true, result: listed.map((user, index) => ({ status: index === 0 ? 'creator' : 'administrator', is_anonymous: false, user: { ...user, is_bot: false } })) });
      }
      if (method === 'setMyCommands') return answer(200, { ok: true, result: true });
      const forwarded = await fetch(`${emulatorUrl}${url}`, { method: request.method ?? 'POST', headers: { 'content-type': contentType || 'application/json' }, ...(raw.length > 0 ? { body: raw } : {}) });
      const text = await forwarded.text();
      const parsed = JSON.parse(text) as { ok: boolean; result?: unknown };
      answer(forwarded.status, parsed);
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('admin proxy did not bind');
  return {
    url: `http://127.0.0.1:${address.port}`,
    calls,
    setAdmins: (chatId, list) => admins.set(String(chatId), list),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
