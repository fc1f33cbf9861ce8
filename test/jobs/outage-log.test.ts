// A Redis outage is logged as one warning, then at most one a minute: not one per reconnect
// attempt from every connection, queue and worker. Real pino output over a stopped Redis.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobWorker } from '../../src/jobs/index.js';
import { startRedis } from '../support/servers.js';
import { RecordingNotifier } from './support/recording-notifier.js';
import { waitFor } from './support/wait.js';
import { createJobsWorld, type JobsWorld } from './support/world.js';

let world: JobsWorld;

beforeAll(async () => {
  world = await createJobsWorld('2026-06-10T09:00:00Z');
});
afterAll(async () => {
  await world.close();
});

interface LogLine { level: number; msg: string; heldBack?: number }

function capturedPino(): { logger: pino.Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const warnings = (lines: LogLine[]) => lines.filter((line) => line.level === 40);

async function workerOverStoppedRedis(outageWarningEveryMs?: number) {
  const redis = await startRedis();
  const { logger, lines } = capturedPino();
  const worker = await startJobWorker({
    redisUrl: redis.url, database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
    notifiers: { telegram: new RecordingNotifier() }, logger, limiter: null, sweepEveryMs: 1000, schedulerCheckMs: 500,
    ...(outageWarningEveryMs ? { outageWarningEveryMs } : {}),
  });
  await redis.kill();
  return { redis, worker, lines };
}

describe('a Redis outage in the logs', () => {
  it('given Redis stopped for 5 seconds under a worker, then the log holds one warning, not several a second', async () => {
    const { redis, worker, lines } = await workerOverStoppedRedis();
    let restarted = false;
    try {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      expect(warnings(lines).map((line) => line.msg)).toEqual(['redis unreachable: retrying']);

      await redis.restart();
      restarted = true;
      await waitFor(() => lines.some((line) => line.msg === 'redis is back'), 20_000, 'the recovery line');
      // Back, but empty (it keeps nothing): the scheduler is put back, with a warning of its own.
      expect(warnings(lines).filter((line) => /unreachable/.test(line.msg))).toHaveLength(1);
    } finally {
      if (!restarted) await redis.restart(); // a worker closes only with Redis there
      await worker.close();
      await redis.stop();
    }
  }, 40_000);

  it('given a longer outage, then one more warning per interval says how many reports were held back', async () => {
    const { redis, worker, lines } = await workerOverStoppedRedis(2000); // the minute, shortened by configuration
    try {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const warned = warnings(lines);
      expect(warned.length).toBeGreaterThanOrEqual(2);
      expect(warned.length).toBeLessThanOrEqual(3);
      expect(warned[1]).toMatchObject({ msg: 'redis still unreachable: retrying' });
      expect(warned[1]!.heldBack).toBeGreaterThan(0);
    } finally {
      await redis.restart(); // a worker closes only with Redis there
      await waitFor(() => lines.some((line) => line.msg === 'redis is back'), 20_000, 'the recovery line');
      await worker.close();
      await redis.stop();
    }
  }, 40_000);
});
