import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/languages.js';
import { catalogs, createTranslator, localeFromHint, placeholdersOf } from '../../../src/dialog/i18n/index.js';

describe('message catalogs', () => {
  const en = catalogs.en;
  const others = LOCALES.filter((locale) => locale !== 'en');

  it('given every language, then its catalog has exactly the English keys', () => {
    for (const locale of others) expect({ locale, keys: Object.keys(catalogs[locale]).sort() }).toEqual({ locale, keys: Object.keys(en).sort() });
  });

  it('given any key, then every language uses the same placeholders', () => {
    for (const locale of others) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect({ locale, key, placeholders: placeholdersOf(catalogs[locale][key]) }).toEqual({ locale, key, placeholders: placeholdersOf(en[key]) });
      }
    }
  });

  it('given a plural message in one language, then the others have plural forms too', () => {
    const plural = (message: unknown) => typeof message === 'object' || (typeof message === 'string' && /\{count, plural,/.test(message));
    for (const locale of others) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect({ locale, key, plural: plural(catalogs[locale][key]) }).toEqual({ locale, key, plural: plural(en[key]) });
      }
    }
  });

  it('given no message is empty, then nobody reads a blank reply', () => {
    for (const catalog of Object.values(catalogs)) {
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
    expect(createTranslator('es')('streak.day', { count: 0 })).toBe('0 días');
    expect(createTranslator('es')('streak.day', { count: 1 })).toBe('1 día');
    expect(createTranslator('es')('frequency.per_week', { count: 1 })).toBe('una vez por semana');
    expect(createTranslator('es')('frequency.per_week', { count: 3 })).toBe('3 veces por semana');
  });

  it('given Spanish platform hints from Telegram, Discord or a terminal, then they mean es', () => {
    for (const hint of ['es', 'es-MX', 'es-ES', 'es-419', 'es_AR.UTF-8', 'ES']) expect({ hint, locale: localeFromHint(hint) }).toEqual({ hint, locale: 'es' });
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
