// Reply files in tests: one made from a string, and whatever an adapter handed on (a stream,
// an async iterable, a buffer) read back as text.
import type { ReplyFile } from '../../src/dialog/messages.js';

export function textFile(name: string, mimeType: string, content: string): ReplyFile {
  return { name, mimeType, chunks: () => (async function* () { yield await Promise.resolve(content); })() };
}

export async function readAll(source: unknown): Promise<string> {
  if (source instanceof Uint8Array) return Buffer.from(source).toString('utf8');
  if (typeof source === 'string') return source;
  const parts: Buffer[] = [];
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}
