// The console adapter: each typed line becomes an InboundMessage, each Reply is printed.
// Buttons print as numbered choices; typing the number or the label presses the button.
// Reads until the input ends, so a piped script (one message per line) runs to completion.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Button, Conversation, InboundMessage, Reply } from '../../dialog/messages.js';
import { importPath, readDocument, saveReplyFile } from './files.js';
import { buttonsOf, renderReply } from './render.js';

export interface ConsoleChatOptions {
  conversation: Conversation;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The person's name: their identity on the 'console' platform. */
  userName: string;
  /** 'en' | 'pt-BR' | a system locale such as 'pt_BR.UTF-8'. */
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

function normalize(text: string): string {
  return text.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/** The button a typed line presses: its number, or its label (case and accents ignored). */
export function pressedButton(line: string, buttons: Button[]): Button | undefined {
  const trimmed = line.trim();
  if (/^\d{1,2}$/.test(trimmed)) return buttons[Number(trimmed) - 1];
  const wanted = normalize(trimmed);
  if (wanted === '') return undefined;
  return buttons.find((button) => normalize(button.label.replace(/^\p{Extended_Pictographic}\s*/u, '')) === wanted
    || normalize(button.label) === wanted);
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
    const replies = await conversation.handle(message);
    // Only the latest replies' buttons can be pressed by number.
    buttons = [];
    for (const reply of replies) {
      const saved = reply.file ? await saveReplyFile(reply.file, options.filesDir ?? process.cwd()) : undefined;
      write(renderReply(reply, { color: interactive }, buttons.length + 1, saved));
      buttons.push(...buttonsOf(reply));
    }
    write('');
    prompt();
  }
}
