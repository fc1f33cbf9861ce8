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
