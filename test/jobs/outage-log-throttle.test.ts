// The outage log's throttle on its own, with a hand-moved clock.
import { describe, expect, it } from 'vitest';
import type { JobLogger } from '../../src/jobs/context.js';
import { createOutageLog } from '../../src/jobs/outage-log.js';

function recordingLogger() {
  const warnings: string[] = [];
  const infos: string[] = [];
  const logger: JobLogger = {
    warn: (_fields: object, msg: string) => warnings.push(msg),
    info: (_fields: object, msg: string) => infos.push(msg),
    error: () => {},
    debug: () => {},
  };
  return { logger, warnings, infos };
}

describe('the outage log', () => {
  it('given the workers\' own connections report once more just after Redis is back, then no second outage is warned', () => {
    let now = 0;
    const { logger, warnings, infos } = recordingLogger();
    const log = createOutageLog(logger, 60_000, () => now);
    log.report('connection', new Error('ECONNREFUSED'));
    now = 4_000;
    log.report('delivery worker', new Error('ECONNREFUSED'));
    log.recovered();
    now = 4_300;
    log.report('sweep worker', new Error('ECONNREFUSED'));
    expect(warnings).toEqual(['redis unreachable: retrying']);
    expect(infos).toEqual(['redis is back']);
  });

  it('given Redis goes away again well after it came back, then that outage is warned afresh', () => {
    let now = 0;
    const { logger, warnings } = recordingLogger();
    const log = createOutageLog(logger, 60_000, () => now);
    log.report('connection', new Error('ECONNREFUSED'));
    log.recovered();
    now = 30_000;
    log.report('connection', new Error('ECONNREFUSED'));
    expect(warnings).toEqual(['redis unreachable: retrying', 'redis unreachable: retrying']);
  });
});
