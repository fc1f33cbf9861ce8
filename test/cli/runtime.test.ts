// The runtime built from configuration, over a real PostgreSQL database: what the deployment's
// settings change for the people who talk to it.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { InboundMessage } from '../../src/dialog/messages.js';
import { FixedClock } from '../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let sequence = 0;
function hello(externalId: string, localeHint: string): InboundMessage {
  return { platform: 'telegram', user: { externalId, displayName: externalId }, chat: { id: externalId, kind: 'private' }, text: 'hi', updateId: `rt-${++sequence}`, localeHint };
}

describe('createRuntime', () => {
  let db: TestDatabase;
  let runtime: Runtime | undefined;
  beforeEach(async () => { db = await createTestDatabase(); });
  afterEach(async () => {
    await runtime?.close();
    runtime = undefined;
    await db.close();
  });

  const start = async (env: Record<string, string> = {}) => {
    const config = loadConfig({ DATABASE_URL: db.url ?? undefined, LOG_LEVEL: 'silent', ...env });
    runtime = await createRuntime(config, { clock: new FixedClock('2026-11-23T12:00:00Z'), logger: pino({ level: 'silent' }) });
    return runtime;
  };

  describe('DEFAULT_TIME_ZONE', () => {
    it('given it set, then new people start in that zone whatever their language, and setup says so', async () => {
      const { conversation, repos } = await start({ DEFAULT_TIME_ZONE: 'Europe/Lisbon' });
      const [welcome] = await conversation.handle(hello('ana', 'en'));
      expect(welcome?.text).toContain('Now: Europe/Lisbon');
      await conversation.handle(hello('bia', 'pt-BR'));
      expect((await repos.users.findByIdentity('telegram', 'ana'))?.timeZone).toBe('Europe/Lisbon');
      expect((await repos.users.findByIdentity('telegram', 'bia'))?.timeZone).toBe('Europe/Lisbon');
    });

    it('given it unset, then its documented default (America/Sao_Paulo) is where everyone starts', async () => {
      const { conversation, repos } = await start();
      await conversation.handle(hello('ana', 'en'));
      expect((await repos.users.findByIdentity('telegram', 'ana'))?.timeZone).toBe('America/Sao_Paulo');
    });

    it('given a zone that does not exist, then startup stops with an error naming the variable', async () => {
      await expect(start({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).rejects.toThrow(ConfigError);
      await expect(start({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).rejects.toThrow(/DEFAULT_TIME_ZONE: unknown time zone "Mars\/Olympus"/);
    });
  });
});
