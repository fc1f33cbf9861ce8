// Reply -> Discord message payloads. Dialog's light formatting (**bold**, _italic_,
// `code`) is Discord markdown already, so text passes through; what Discord limits
// (2000 characters, 5 rows of 5 buttons, unique custom ids) is enforced here. A file
// (/export) and an image (stats card) become attachments.
import { Readable } from 'node:stream';
import { ActionRowBuilder, AttachmentBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import { fileBytes } from '../shared/files.js';
import { decodeButton } from '../../dialog/buttons.js';
import type { Button, Reply } from '../../dialog/messages.js';
import { splitText as splitIntoPieces, truncateText } from '../../dialog/split-text.js';

export const CONTENT_LIMIT = 2000;
const BUTTONS_PER_ROW = 5;
const MAX_ROWS = 5;
const LABEL_LIMIT = 80;
const CUSTOM_ID_LIMIT = 100;

export interface DiscordMessagePayload {
  content: string;
  components: ActionRowBuilder<ButtonBuilder>[];
  files: AttachmentBuilder[];
  /** Habit names are the person's words: never let them ping anyone. */
  allowedMentions: { parse: [] };
}

function buttonStyle(data: string): ButtonStyle {
  const action = decodeButton(data);
  if (action?.action === 'log' && action.kind === 'done') return ButtonStyle.Success;
  if (action?.action === 'confirm' && action.answer === 'yes') return ButtonStyle.Primary;
  return ButtonStyle.Secondary;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${truncateText(text, limit - 1)}…`;
}

/** Rows of at most 5 buttons, at most 5 rows; a custom id Discord would refuse is dropped. */
export function buttonRows(rows: Button[][] | undefined): ActionRowBuilder<ButtonBuilder>[] {
  const seen = new Set<string>();
  const result: ActionRowBuilder<ButtonBuilder>[] = [];
  for (const row of rows ?? []) {
    const usable = row.filter((button) => {
      if (!button.data || button.data.length > CUSTOM_ID_LIMIT || seen.has(button.data)) return false;
      seen.add(button.data);
      return true;
    });
    for (let start = 0; start < usable.length; start += BUTTONS_PER_ROW) {
      const buttons = usable.slice(start, start + BUTTONS_PER_ROW).map((button) =>
        new ButtonBuilder()
          .setCustomId(button.data)
          .setLabel(truncate(button.label.trim() || '…', LABEL_LIMIT))
          .setStyle(buttonStyle(button.data)));
      result.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons));
    }
  }
  return result.slice(0, MAX_ROWS);
}

/** Splits text into pieces Discord accepts, at line breaks where it can, never inside a grapheme. */
export function splitText(text: string, limit = CONTENT_LIMIT): string[] {
  return splitIntoPieces(text, limit);
}

/**
 * One reply becomes one or more messages: the text in pieces of at most 2000 characters,
 * with the buttons and files on the last piece (where the person reads last).
 */
export function renderReply(reply: Reply): DiscordMessagePayload[] {
  const files: AttachmentBuilder[] = [];
  // A stream: discord.js reads it when the message is sent (Discord caps attachments anyway).
  if (reply.file) files.push(new AttachmentBuilder(Readable.from(fileBytes(reply.file)), { name: reply.file.name }));
  if (reply.image) {
    files.push(new AttachmentBuilder(Buffer.from(reply.image.png), { name: 'habit-coach.png', description: truncate(reply.image.alt, 1024) }));
  }
  const pieces = splitText(reply.text);
  return pieces.map((content, index) => {
    const last = index === pieces.length - 1;
    return {
      content,
      components: last ? buttonRows(reply.buttons) : [],
      files: last ? files : [],
      allowedMentions: { parse: [] },
    };
  });
}
