// Files on the console: an /export is written to a file (its path is printed), and
// "/import PATH" reads the file at PATH, with the same size cap as the chat platforms.
import { createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_IMPORT_FILE_BYTES, type InboundMessage, type ReplyFile } from '../../dialog/messages.js';
import { fileBytes } from '../shared/files.js';

/** Writes the file into `dir` under its own name, or name-1, name-2... beside an older one. Returns its path. */
export async function saveReplyFile(file: ReplyFile, dir: string): Promise<string> {
  const extension = extname(file.name);
  const stem = basename(file.name, extension);
  for (let attempt = 0; ; attempt += 1) {
    const path = resolve(join(dir, attempt === 0 ? file.name : `${stem}-${attempt}${extension}`));
    let handle;
    try {
      handle = await open(path, 'wx'); // never overwrites an earlier export
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    await pipeline(Readable.from(fileBytes(file)), createWriteStream('', { fd: handle }));
    return path;
  }
}

/** "/import PATH" (or /importar): the path, when the argument is not pasted JSON. */
export function importPath(line: string): string | null {
  const match = /^\/(?:import|importar)\s+(.+)$/i.exec(line.trim());
  const argument = match?.[1]?.trim();
  return argument && !argument.startsWith('{') ? argument : null;
}

/** The file at `path` as an inbound document. */
export async function readDocument(path: string): Promise<NonNullable<InboundMessage['document']>> {
  const name = basename(path).slice(0, 255);
  try {
    if ((await stat(path)).size > MAX_IMPORT_FILE_BYTES) return { name, problem: 'too_big' };
    const handle = await open(path, 'r');
    try {
      return { name, text: await handle.readFile('utf8') };
    } finally {
      await handle.close();
    }
  } catch {
    return { name, problem: 'unreadable' };
  }
}
