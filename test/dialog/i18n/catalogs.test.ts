import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, localeFromHint, placeholdersOf } from '../../../src/dialog/i18n/index.js';

describe('message catalogs', () => {
  const en = catalogs.en;
  const pt = catalogs['pt-BR'];

  it('given both catalogs, then they have exactly the same keys', () => {
    expect(Object.keys(pt).sort()).toEqual(Object.keys(en).sort());
  });

  it('given any key, then both languages use the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholdersOf(pt[key]) }).toEqual({ key, placeholders: placeholdersOf(en[key]) });
    }
  });

  it('given a plural message in one language, then the other has plural forms too', () => {
    const plural = (message: unknown) => typeof message === 'object' || (typeof message === 'string' && /\{count, plural,/.test(message));
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, plural: plural(pt[key]) }).toEqual({ key, plural: plural(en[key]) });
    }
  });

  it('given no message is empty, then nobody reads a blank reply', () => {
    for (const catalog of [en, pt]) {
      for (const message of Object.values(catalog)) {
        const texts = typeof message === 'string' ? [message] : [message.one, message.other];
        for (const text of texts) expect(text.trim()).not.toBe('');
      }
    }
  });
});

describe('translate', () => {
  it('given vars, then placeholders are filled and plural forms chosen by count', () => {
    const t = createTranslator('en');
    expect(t('streak.day', { count: 1 })).toBe('1 day');
    expect(t('streak.day', { count: 5 })).toBe('5 days');
    // CLDR's pt puts 0 in 'one'; Portuguese says "0 dias" (issue 15: "🔥 0 dia").
    expect(createTranslator('pt-BR')('streak.day', { count: 0 })).toBe('0 dias');
    expect(createTranslator('pt-BR')('streak.day', { count: 1 })).toBe('1 dia');
    expect(createTranslator('pt-BR')('frequency.per_week', { count: 3 })).toBe('3 vezes por semana');
  });

  it('given platform locale hints, then Portuguese of any region means pt-BR', () => {
    expect(localeFromHint('pt')).toBe('pt-BR');
    expect(localeFromHint('pt-PT')).toBe('pt-BR');
    expect(localeFromHint('pt_BR.UTF-8')).toBe('pt-BR');
    expect(localeFromHint('en-US')).toBe('en');
    expect(localeFromHint('de')).toBeNull();
    expect(localeFromHint(undefined)).toBeNull();
  });
});
