import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config', () => {
  it('given an empty environment, then it runs embedded: PGlite, no Redis, no platforms', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PGLITE_PATH).toBe('./.data/pglite');
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('given empty strings, then they count as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: ' ' }).DATABASE_URL).toBeUndefined();
  });

  it('given a bad variable, then the error names it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'nope' })).toThrow(/TELEGRAM_BOT_TOKEN/);
    expect(() => loadConfig({ LLM_TIMEOUT_MS: 'soon' })).toThrow(/LLM_TIMEOUT_MS/);
  });

  it('given a Telegram webhook URL without a secret, then startup stops with an error naming the secret', () => {
    const webhookOnly = { TELEGRAM_BOT_TOKEN: '123456:abcdefghijklmnopqrstuvwxyz', TELEGRAM_WEBHOOK_URL: 'https://coach.example/telegram/hook' };
    expect(() => loadConfig(webhookOnly)).toThrow(ConfigError);
    expect(() => loadConfig(webhookOnly)).toThrow(/TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set/);
    expect(loadConfig({ ...webhookOnly, TELEGRAM_WEBHOOK_SECRET: 'a-fixed_secret' }).TELEGRAM_WEBHOOK_SECRET).toBe('a-fixed_secret');
  });

  it('given valid values, then they are parsed', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/db', LLM_TIMEOUT_MS: '1500' });
    expect(config.DATABASE_URL).toBe('postgres://u@localhost:5432/db');
    expect(config.LLM_TIMEOUT_MS).toBe(1500);
  });

  it('given nothing about rate limits, then a person may send 20 at once and 1 a second after; 0 turns it off', () => {
    expect(loadConfig({})).toMatchObject({ RATE_LIMIT_BURST: 20, RATE_LIMIT_PER_SECOND: 1 });
    expect(loadConfig({ RATE_LIMIT_BURST: '0' }).RATE_LIMIT_BURST).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_PER_SECOND: '0' })).toThrow(/RATE_LIMIT_PER_SECOND/);
  });
});
