// The console adapter: each typed line becomes an InboundMessage, each Reply is printed.
// Buttons print as numbered choices (letters when their labels are numbers); typing the key
// or the label presses the button.
// Reads until the input ends, so a piped script (one message per line) runs to completion.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { cleanInbound } from '../../dialog/clean-text.js';
import type { Button, Conversation, InboundMessage, Reply } from '../../dialog/messages.js';
import { pickOption } from '../../dialog/menu.js';
import { importPath, readDocument, saveReplyFile } from './files.js';
import { buttonsOf, renderReplies, renderReply } from './render.js';

export interface ConsoleChatOptions {
  conversation: Conversation;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The person's name: their identity on the 'console' platform. */
  userName: string;
  /** 'en' | 'pt-BR' | 'es' | a system locale such as 'pt_BR.UTF-8' or 'es_MX.UTF-8'. */
  localeHint?: string;
  /** Interactive terminal: show a prompt and colours. Scripted: echo each line as `> line`. */
  interactive: boolean;
  /** Ends the chat early (Ctrl-C), as if the input had ended. */
  signal?: AbortSignal;
  /** Where /export files are written (default: the current directory). */
  filesDir?: string;
  /** Messages the bot sends first (reminders): called once with a printer for them; their buttons become pressable. (jobs engineer; additive) */
  onPushReady?: (print: (reply: Reply) => void) => void;
}

/**
 * The button a typed line presses: its label (case and accents ignored) first, then its key
 * (a number, or a letter when the labels are numbers). A key that names no button is sent as
 * text: the dialog knows the menu and answers it.
 */
export function pressedButton(line: string, buttons: Button[]): Button | undefined {
  const pick = pickOption(line, buttons);
  return pick && 'option' in pick ? buttons.find((button) => button.data === pick.option.data) : undefined;
}

/** Runs the chat until the input ends. Resolves once every line has been answered. */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { conversation, output, interactive } = options;
  const session = randomUUID().slice(0, 8);
  let sequence = 0;
  let buttons: Button[] = [];
  const write = (text: string) => output.write(`${text}\n`);
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity, ...(options.signal ? { signal: options.signal } : {}) });
  const prompt = () => { if (interactive) output.write('> '); };

  options.onPushReady?.((reply) => {
    output.write(`\n${renderReply(reply, { color: interactive }, buttons.length + 1)}\n`);
    buttons.push(...buttonsOf(reply));
    prompt();
  });
  prompt();
  for await (const line of lines) {
    if (!interactive) write(`> ${line}`);
    if (line.trim() === '') { prompt(); continue; }
    const pressed = pressedButton(line, buttons);
    const path = pressed ? null : importPath(line);
    const message: InboundMessage = {
      platform: 'console',
      user: { externalId: options.userName, displayName: options.userName },
      chat: { id: options.userName, kind: 'private' },
      updateId: `${session}-${++sequence}`,
      ...(options.localeHint ? { localeHint: options.localeHint } : {}),
      ...(pressed ? { button: { data: pressed.data } } : { text: path ? '/import' : line }),
      ...(path ? { document: await readDocument(path) } : {}),
    };
    const replies = await conversation.handle(cleanInbound(message));
    // Only the latest replies' buttons can be pressed by their key.
    buttons = replies.flatMap(buttonsOf);
    const saved: (string | undefined)[] = [];
    for (const reply of replies) saved.push(reply.file ? await saveReplyFile(reply.file, options.filesDir ?? process.cwd()) : undefined);
    write(renderReplies(replies, { color: interactive }, saved));
    write('');
    prompt();
  }
}
