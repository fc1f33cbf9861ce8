// A document a person sent (an export for /import): its size checked from what Telegram
// says, then fetched through getFile and the Bot API's file URL, counted again as it arrives.
import type { Api } from 'grammy';
import type { Document } from 'grammy/types';
import { MAX_IMPORT_FILE_BYTES } from '../../dialog/messages.js';
import { downloadDocument, type FetchedDocument } from '../shared/files.js';

const TELEGRAM_API_ROOT = 'https://api.telegram.org';

export async function fetchTelegramDocument(api: Api, document: Document, apiRoot: string | undefined): Promise<FetchedDocument> {
  const name = (document.file_name ?? 'file').slice(0, 255);
  if ((document.file_size ?? 0) > MAX_IMPORT_FILE_BYTES) return { name, problem: 'too_big' };
  let path: string | undefined;
  try {
    path = (await api.getFile(document.file_id)).file_path;
  } catch {
    return { name, problem: 'unreadable' };
  }
  if (!path) return { name, problem: 'unreadable' };
  const root = (apiRoot ?? TELEGRAM_API_ROOT).replace(/\/+$/, '');
  return downloadDocument(`${root}/file/bot${api.token}/${path}`, name, document.file_size);
}
