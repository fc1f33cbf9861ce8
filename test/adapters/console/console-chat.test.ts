import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import { startChat, type ChatHarness } from '../../dialog/support/chat.js';

describe('console chat adapter', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  async function script(lines: string[], filesDir?: string): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => { printed += chunk.toString(); });
    input.end(`${lines.join('\n')}\n`);
    await runConsoleChat({ conversation: chat.conversation, input, output, userName: 'ana', localeHint: 'en', interactive: false, ...(filesDir ? { filesDir } : {}) });
    return printed;
  }

  it('given piped lines, then each is echoed and answered, and numbered buttons can be pressed by number or label', async () => {
    const printed = await script(['hi', 'skip', '/new Read', '1', "that's all", 'read today', '1']);
    expect(printed).toContain('> hi\nHi ana!');
    expect(printed).toContain('  1) Every day  2) On some weekdays');
    expect(printed).toContain('Created Read, every day');
    expect(printed).toContain('Read done: today');
    expect(printed).toContain('Undone: ✅ Read done: today');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect(await chat.db.repos.entries.listForUser(user!.id)).toEqual([]);
  });

  it('given a line with NUL bytes and half an emoji, then it is read without them', async () => {
    const printed = await script(['hi', 'skip', '/new Re\u0000ad\ud83d', '1', "that's all"]);
    expect(printed).toContain('Created Read, every day');
  });

  it('given a number that is not a button, then it is read as text', async () => {
    const printed = await script(['hi', 'skip', '7']);
    expect(printed).toContain('> 7\n');
    expect(printed).not.toContain('went wrong');
  });

  it('given /export, then the file is written to disk (a second one beside the first) and /import PATH takes it back exactly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'habit-coach-files-'));
    try {
      const printed = await script(['hi', 'skip', '/new Read', '1', "that's all", 'read today', '/export', '/export'], dir);
      const first = join(dir, 'habit-coach-export.json');
      expect(printed).toContain(`📎 ${first}`);
      expect(printed).toContain(`📎 ${join(dir, 'habit-coach-export-1.json')}`);
      expect(printed).not.toContain('"format"'); // the data is in the file, not on the screen
      const exported = await readFile(first, 'utf8');

      const again = await script(['/new Walk', '1', "that's all", `/import ${first}`, 'yes', '/export'], dir);
      expect(again).toContain('Imported 1 habits');
      expect(await readdir(dir)).toContain('habit-coach-export-2.json');
      expect(await readFile(join(dir, 'habit-coach-export-2.json'), 'utf8')).toBe(exported);

      const missing = await script([`/import ${join(dir, 'nothing-here.json')}`], dir);
      expect(missing).toContain("couldn't fetch that file");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('console choices are buttons', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  async function script(lines: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => { printed += chunk.toString(); });
    input.end(`${lines.join('\n')}\n`);
    await runConsoleChat({ conversation: chat.conversation, input, output, userName: 'ana', localeHint: 'en', interactive: false });
    return printed;
  }

  it('given a menu whose labels are numbers, then its choices are letters and typing "2" means 2 days, not the second option', async () => {
    const printed = await script(['hi', 'skip', '/new Water plants', '4', '2', "that's all"]);
    expect(printed).toMatch(/ {2}a\) 2 {2}b\) 3/);
    expect(printed).toContain('Created Water plants, every 2 days');
  });

  it('given a letter at a menu of numbers, then it presses the option with that letter', async () => {
    const printed = await script(['hi', 'skip', '/new Water plants', '4', 'b', "that's all"]);
    expect(printed).toContain('Created Water plants, every 3 days');
  });

  it('given a number nobody offered at the day-start question, then it is refused and nothing changes; "6am" is an hour the question asks for', async () => {
    const printed = await script(['hi', 'skip', '/settings', 'day starts at', '6']);
    expect(printed).toContain('There is no choice "6" here: pick 1–4');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect(user?.dayStartHour).toBe(0);
    await script(['6am']);
    expect((await chat.db.repos.users.findByIdentity('console', 'ana'))?.dayStartHour).toBe(6);
  });

  it('given a restart in the middle of a flow, then a typed number still presses the option it named and never logs', async () => {
    await script(['hi', 'skip', '/new Pushups', '1', 'done', '/new Read']);
    chat.restart();
    const printed = await script(['1']);
    expect(printed).toContain('Created Read, every day');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect(await chat.db.repos.entries.listForUser(user!.id)).toEqual([]);
  });

  it('given a number typed outside any menu, then nothing is logged, even with one numeric habit', async () => {
    await script(['hi', 'skip', '/new Pushups', '1', 'done']);
    chat.restart();
    const printed = await script(['4']);
    expect(printed).toContain('A number alone doesn\'t say which habit');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect(await chat.db.repos.entries.listForUser(user!.id)).toEqual([]);
  });
});
