// The console chat as a person scripts it: `printf '...' | habit-coach chat --db memory`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

interface Run { code: number | null; stdout: string; stderr: string }

function run(args: string[], input: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/habit-coach.js', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const temp = mkdtempSync(join(tmpdir(), 'habit-coach-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('habit-coach chat (scripted)', () => {
  it('given piped lines, then each gets a reply, buttons print as numbers, and it exits 0 at the end of input', async () => {
    const script = ['hi', 'skip', '/new Pushups', '1', '🎯 Target', '20 pushups', "that's all", 'did 20 pushups', '/today'].join('\n');
    const result = await run(['chat', '--db', 'memory', '--now', '2026-11-23T09:00:00', '--lang', 'en', '--user', 'ana'], `${script}\n`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('> hi');
    expect(out).toContain("Hi ana! I'm your habit coach");
    expect(out).toMatch(/ {2}\d\) Skip setup/);
    expect(out).toContain('All set!');
    expect(out).toContain('How often do you want to do Pushups?');
    expect(out).toContain('Created Pushups, every day');
    expect(out).toContain('Pushups done: 20 pushups, today');
    expect(out).toContain('1) ↩️ Undo');
    expect(out).toContain('Today, Mon 23 Nov');
    expect(out).not.toContain('**');
  }, 60_000);

  it('given a bad option, then it says which and exits 2', async () => {
    const result = await run(['chat', '--db', 'memory', '--now', 'yesterday-ish'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--now');
  }, 30_000);
});

describe('habit-coach export and import', () => {
  it('given a chat on a PGlite directory, then export prints the JSON and import loads it into another person', async () => {
    const db = join(temp, 'pglite');
    await run(['chat', '--db', db, '--lang', 'en', '--user', 'ana'], 'hi\nskip\n/new Read\n1\ndone\nread today\n');
    const exported = await run(['export', '--user', 'ana', '--db', db], '');
    expect(exported.code).toBe(0);
    const file = JSON.parse(exported.stdout) as { format: string; habits: { name: string }[]; entries: unknown[] };
    expect(file.format).toBe('habit-coach-export');
    expect(file.habits.map((habit) => habit.name)).toEqual(['Read']);
    expect(file.entries).toHaveLength(1);

    const path = join(temp, 'ana.json');
    writeFileSync(path, exported.stdout);
    const imported = await run(['import', '--user', 'bob', path, '--db', db], '');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 habits, 1 entries');
    const bob = await run(['export', '--user', 'bob', '--db', db], '');
    expect((JSON.parse(bob.stdout) as { habits: { name: string }[] }).habits.map((habit) => habit.name)).toEqual(['Read']);

    const missing = await run(['export', '--user', 'nobody', '--db', db], '');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no console user named "nobody"');
  }, 120_000);
});
