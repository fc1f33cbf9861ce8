// A small Bot API proxy in front of telegram-test-api, adding what the emulator lacks for
// files: sendDocument (answered and recorded with its bytes), getFile and the file download
// URL (serving files a test person sends), and a 403 for the private chat of a person who
// never started the bot, as Telegram answers. Everything else goes on to the emulator.
import { createServer } from 'node:http';

export interface SentDocument {
  chatId: string;
  name: string;
  caption: string | undefined;
  content: string;
}

export interface FileProxy {
  /** The bot's apiRoot. */
  url: string;
  documents: SentDocument[];
  /** A file a person sends: its file_id for a document message. */
  offerFile(content: string | Buffer): string;
  /** Telegram refuses to open this person's private chat (they never pressed Start). */
  neverStarted(chatId: number | string): void;
  close(): Promise<void>;
}

const forbidden = { ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" };

interface Part {
  name: string;
  filename?: string;
  body: Buffer;
}

/**
 * Multipart as grammY writes it. Hand-read because undici's parser refuses grammY's unquoted
 * `filename=x.json` (real Telegram accepts it).
 */
function multipartParts(raw: Buffer, contentType: string): Part[] {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return [];
  const text = raw.toString('latin1');
  return text.split(`--${boundary}`).slice(1, -1).map((chunk) => {
    const split = chunk.indexOf('\r\n\r\n');
    const headers = chunk.slice(0, split);
    const body = Buffer.from(chunk.slice(split + 4, chunk.length - 2), 'latin1');
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    return { name: /name="([^"]+)"/i.exec(headers)?.[1] ?? '', body, ...(filename ? { filename } : {}) };
  });
}

function documentOf(raw: Buffer, contentType: string): SentDocument {
  const parts = multipartParts(raw, contentType);
  const field = (name: string) => parts.find((part) => part.name === name);
  let file = field('document');
  // grammY attaches uploads as a separate part named in "attach://name".
  const attached = file?.body.toString('utf8');
  if (attached?.startsWith('attach://')) file = field(attached.slice('attach://'.length));
  if (!file?.filename) throw new Error('sendDocument without a file');
  return { chatId: field('chat_id')!.body.toString('utf8'), name: file.filename, caption: field('caption')?.body.toString('utf8'), content: file.body.toString('utf8') };
}

export async function startFileProxy(emulatorUrl: string): Promise<FileProxy> {
  const documents: SentDocument[] = [];
  const files = new Map<string, Buffer>();
  const blocked = new Set<string>();
  let messageId = 90_000;
  const server = createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const url = request.url ?? '';
      const contentType = request.headers['content-type'] ?? '';
      const answer = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const download = /^\/file\/bot[^/]+\/(.+)$/.exec(url);
      if (download) {
        const bytes = files.get(download[1]!);
        if (!bytes) return answer(404, { ok: false, error_code: 404, description: 'Not Found' });
        return response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
      }
      const method = url.split('/').pop() ?? '';
      const json = contentType.includes('json') && raw.length > 0 ? JSON.parse(raw.toString('utf8')) as Record<string, unknown> : {};
      if (method === 'sendDocument') {
        const document = documentOf(raw, contentType);
        if (blocked.has(document.chatId)) return answer(403, forbidden);
        documents.push(document);
        return answer(200, { ok: true, result: { message_id: messageId++, date: 1_760_000_000, chat: { id: Number(document.chatId), type: 'private' }, document: { file_id: 'sent', file_unique_id: 'sent', file_name: document.name } } });
      }
      if (method === 'getFile') {
        const id = String(json.file_id);
        return files.has(id)
          ? answer(200, { ok: true, result: { file_id: id, file_unique_id: id, file_size: files.get(id)!.length, file_path: `documents/${id}.json` } })
          : answer(400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      }
      if (method === 'sendMessage' && blocked.has(String(json.chat_id))) return answer(403, forbidden);
      const forwarded = await fetch(`${emulatorUrl}${url}`, { method: request.method ?? 'POST', headers: { 'content-type': contentType || 'application/json' }, ...(raw.length > 0 ? { body: raw } : {}) });
      response.writeHead(forwarded.status, { 'content-type': 'application/json' }).end(Buffer.from(await forwarded.arrayBuffer()));
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('file proxy did not bind');
  let fileNumber = 0;
  return {
    url: `http://127.0.0.1:${address.port}`,
    documents,
    offerFile(content) {
      const id = `file-${++fileNumber}`;
      files.set(id, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
      files.set(`documents/${id}.json`, files.get(id)!);
      return id;
    },
    neverStarted: (chatId) => blocked.add(String(chatId)),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
