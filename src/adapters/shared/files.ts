// Files in and out of chats, the same for every adapter: a reply's file as bytes to upload
// (streamed, never held whole), and a person's file downloaded with a size cap.
import type { ReplyFile } from '../../dialog/messages.js';
import { MAX_IMPORT_FILE_BYTES, type InboundMessage } from '../../dialog/messages.js';

/** The file's text as UTF-8 bytes, chunk by chunk. */
export async function* fileBytes(file: ReplyFile): AsyncIterable<Uint8Array> {
  for await (const chunk of file.chunks()) yield Buffer.from(chunk, 'utf8');
}

export type FetchedDocument = NonNullable<InboundMessage['document']>;

const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * Downloads a file a person sent, refusing it past MAX_IMPORT_FILE_BYTES whatever the
 * platform claimed its size was (the body is counted as it arrives). Never throws.
 */
export async function downloadDocument(url: string, name: string, declaredSize?: number): Promise<FetchedDocument> {
  if (declaredSize !== undefined && declaredSize > MAX_IMPORT_FILE_BYTES) return { name, problem: 'too_big' };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok || !response.body) return { name, problem: 'unreadable' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > MAX_IMPORT_FILE_BYTES) {
        await response.body.cancel().catch(() => undefined);
        return { name, problem: 'too_big' };
      }
      chunks.push(chunk);
    }
    return { name, text: Buffer.concat(chunks).toString('utf8') };
  } catch {
    return { name, problem: 'unreadable' };
  }
}
