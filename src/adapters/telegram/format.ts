// Dialog's light formatting (`**bold**`, `_italic_`, `` `code` ``) rendered as Telegram HTML.
// HTML parse mode needs only &, < and > escaped, so any text the dialog echoes back (a habit
// named "<b>" or "R&D") arrives exactly as typed instead of breaking the message.

import { splitText } from '../../dialog/split-text.js';

export const TELEGRAM_TEXT_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

// Code first so nothing inside backticks is read as bold or italic. Underscores count as
// italic only at word edges, so snake_case and URLs stay as they are.
const MARKUP = /`([^`\n]+)`|\*\*(?!\s)([^*\n]+?)\*\*|(?<![\p{L}\p{N}_\\])_(?!\s)([^_\n]+?)_(?![\p{L}\p{N}_])/gu;

/** Converts light formatting to Telegram HTML, escaping everything else. */
export function toTelegramHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    html += escapeHtml(text.slice(last, match.index));
    const [whole, code, bold, italic] = match;
    if (code !== undefined) html += `<code>${escapeHtml(code)}</code>`;
    else if (bold !== undefined) html += `<b>${escapeHtml(bold)}</b>`;
    else if (italic !== undefined) html += `<i>${escapeHtml(italic)}</i>`;
    last = match.index + whole.length;
  }
  return html + escapeHtml(text.slice(last));
}

/** The same text without markers, for places that take no formatting (alt text, logs). */
export function stripFormatting(text: string): string {
  return text.replace(MARKUP, (_whole, code?: string, bold?: string, italic?: string) => code ?? bold ?? italic ?? '');
}

/**
 * Splits long text into pieces Telegram accepts, preferring line breaks, so a long /export
 * summary or help page arrives whole instead of failing with "message is too long".
 * Splitting happens before formatting so tags are never cut in half.
 */
export function splitForTelegram(text: string, limit = TELEGRAM_TEXT_LIMIT - 96): string[] {
  if (text.length <= limit) return [text];
  // Cut between graphemes (never half an emoji), at a line break where there is one.
  return splitText(text, limit).map((piece) => piece.trimEnd()).filter((piece) => piece.length > 0);
}
