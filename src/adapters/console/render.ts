// Renders a platform-neutral Reply for a terminal: light formatting becomes ANSI styles
// on a colour terminal (or is stripped for pipes), buttons become numbered choices.
import { choiceKey, labelsAreNumbers } from '../../dialog/menu.js';
import type { Button, Reply } from '../../dialog/messages.js';

export interface RenderOptions {
  /** ANSI bold/italic/dim; off when writing to a pipe or file. */
  color: boolean;
}

const ANSI = { bold: ['\u001b[1m', '\u001b[22m'], italic: ['\u001b[3m', '\u001b[23m'], code: ['\u001b[36m', '\u001b[39m'] } as const;

/** `**bold**`, `_italic_` and `` `code` `` to ANSI, or to plain text. */
export function renderFormatting(text: string, options: RenderOptions): string {
  const wrap = (style: keyof typeof ANSI) => (_whole: string, inner: string) =>
    options.color ? `${ANSI[style][0]}${inner}${ANSI[style][1]}` : inner;
  return text
    .replace(/\*\*(.+?)\*\*/gs, wrap('bold'))
    .replace(/(?<![\w\\])_(?!\s)(.+?)(?<!\s)_(?!\w)/gs, wrap('italic'))
    .replace(/`([^`]+)`/g, wrap('code'));
}

/** The buttons of a reply, flattened in reading order: what "1", "2", ... press. */
export function buttonsOf(reply: Reply): Button[] {
  return (reply.buttons ?? []).flat();
}

/**
 * One reply as terminal text; `firstNumber` continues the numbering across replies. `letters`:
 * the choices are keyed a), b), ... because some label is a number ("Every how many days? 2 3 7").
 * A file shows where it was saved (`savedPath`), or only its name.
 */
export function renderReply(reply: Reply, options: RenderOptions, firstNumber = 1, letters = labelsAreNumbers(buttonsOf(reply)), savedPath?: string): string {
  const lines = [renderFormatting(reply.text, options)];
  if (reply.image) lines.push(`[image: ${reply.image.alt}]`);
  if (reply.file) lines.push(`📎 ${savedPath ?? reply.file.name}`);
  let index = firstNumber - 1;
  for (const row of reply.buttons ?? []) {
    lines.push(row.map((button) => `  ${choiceKey(index++, letters)}) ${button.label}`).join(''));
  }
  return lines.join('\n');
}

/** The replies to one message, their choices keyed in one sequence (numbers, or letters for all). */
export function renderReplies(replies: Reply[], options: RenderOptions, savedPaths: readonly (string | undefined)[] = []): string {
  const letters = labelsAreNumbers(replies.flatMap(buttonsOf));
  let first = 1;
  return replies.map((reply, i) => {
    const text = renderReply(reply, options, first, letters, savedPaths[i]);
    first += buttonsOf(reply).length;
    return text;
  }).join('\n');
}
