// Throwaway PostgreSQL and Redis servers for tests and benchmarks.
// Used only when DATABASE_URL / REDIS_URL do not already point at running servers.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chmodSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function findPostgresBin(): string | null {
  const candidates = ['/usr/lib/postgresql'];
  for (const root of candidates) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(root, version, 'bin');
      if (existsSync(join(bin, 'initdb'))) return bin;
    }
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? initdb.replace(/\/initdb$/, '') : null;
  } catch {
    return null;
  }
}

function findRedisServer(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server on port ${port} did not start within ${timeoutMs} ms`);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface PostgresOptions {
  /**
   * Keep PostgreSQL's default durability (fsync, synchronous commit). Benchmarks use it so
   * their figures describe a production-like server; tests turn it off for speed.
   */
  durable?: boolean;
}

/** initdb into a temp directory and start postgres on a free port (as `postgres` when root). */
export async function startPostgres(options: PostgresOptions = {}): Promise<RunningServer> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error('PostgreSQL binaries not found: install them with `apt-get install -y postgresql` (or set DATABASE_URL).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'habit-coach-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const asPostgres = (cmd: string, args: string[]): string[] =>
    isRoot ? ['runuser', '-u', 'postgres', '--', cmd, ...args] : [cmd, ...args];
  const run = (argv: string[]): void => {
    const [cmd, ...rest] = argv;
    execFileSync(cmd!, rest, { stdio: 'pipe' });
  };
  run(asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']));
  const [cmd, ...args] = asPostgres(join(bin, 'postgres'), [
    '-D', data, '-p', String(port), '-k', dir,
    '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200',
    ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ]);
  const child = spawn(cmd!, args, { stdio: 'ignore', detached: false });
  await waitForPort(port, 20_000);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      // As root the child is `runuser`, which does not forward signals: signal the
      // postmaster itself (its pid is the first line of postmaster.pid), fast shutdown.
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const postmasterPid = readPostmasterPid(data);
      try {
        process.kill(postmasterPid ?? child.pid ?? 0, 'SIGINT');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readPostmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Start a redis-server without persistence on a free port. */
export async function startRedis(): Promise<RunningServer & { port: number; restart(): Promise<void>; kill(): Promise<void> }> {
  const redis = findRedisServer();
  if (!redis) {
    throw new Error('redis-server not found: install it with `apt-get install -y redis-server` (or set REDIS_URL).');
  }
  const port = await freePort();
  let child = launch();
  function launch() {
    return spawn(redis!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  }
  async function kill(): Promise<void> {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }
  await waitForPort(port, 10_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    async restart() {
      child = launch();
      await waitForPort(port, 10_000);
    },
    async stop() {
      if (child.exitCode === null) await kill();
    },
  };
}
