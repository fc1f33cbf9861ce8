// The language registry (issue 16, "language as data"): one declaration per language, and
// every part of the dialog reads it, so a language is added by data alone.
import { describe, expect, it } from 'vitest';
import { apologyFor } from '../../../src/adapters/telegram/apology.js';
import { adapterLocale } from '../../../src/adapters/discord/texts.js';
import { guessLocale, startingZone } from '../../../src/app/users.js';
import { LANGUAGES, LOCALES, localeFromHint } from '../../../src/core/languages.js';
import { COMMANDS, commandName } from '../../../src/dialog/commands/index.js';
import { readStartPayload } from '../../../src/dialog/commands/help.js';
import { formatDate, formatQuantity, weekdayName } from '../../../src/dialog/format.js';
import { catalogs } from '../../../src/dialog/i18n/index.js';
import { DIALOG_WORDS } from '../../../src/dialog/i18n/words/index.js';

describe('the language registry', () => {
  it('given every declared language, then it has a catalog, dialog words and its own code', () => {
    expect(LOCALES).toEqual(['en', 'pt-BR', 'es']);
    for (const locale of LOCALES) {
      expect(LANGUAGES[locale].code).toBe(locale);
      expect(catalogs[locale]).toBeDefined();
      expect(DIALOG_WORDS[locale]).toBeDefined();
    }
  });

  it('given platform hints, then each names its language, and an unknown one names none', () => {
    const cases: [string, string | null][] = [
      ['es', 'es'], ['es-MX', 'es'], ['es-ES', 'es'], ['es-419', 'es'], ['es_CO.UTF-8', 'es'],
      ['pt', 'pt-BR'], ['pt-PT', 'pt-BR'], ['en-GB', 'en'], ['de', null], ['', null],
    ];
    for (const [hint, locale] of cases) expect({ hint, locale: localeFromHint(hint) }).toEqual({ hint, locale });
    expect(guessLocale('es-AR')).toBe('es');
    expect(guessLocale('fr')).toBe('en');
    expect(startingZone('es')).toBe('America/Mexico_City');
  });

  it('given the adapters\' own words, then a Spanish client gets them in Spanish', () => {
    expect(apologyFor('es-MX')).toContain('Perdón');
    expect(adapterLocale('es-419')).toBe('es');
    expect(adapterLocale('es-ES')).toBe('es');
  });

  it('given money and dates in Spanish, then Intl formats them the Latin-American way, with cents and without stray dots', () => {
    expect(formatQuantity(108.7, 'pesos', 'es')).toBe('108.70 pesos');
    expect(formatQuantity(108.7, 'reais', 'pt-BR')).toBe('108,70 reais');
    expect(formatQuantity(1500, 'pasos', 'es')).toBe('1,500 pasos');
    expect(formatDate('es', '2026-11-27')).toBe('vie 27 de nov');
    expect(weekdayName('es', 3, 'long')).toBe('miércoles');
  });

  it('given a "lang-es" deep link, then a new person starts in Spanish', () => {
    expect(readStartPayload('lang-es')).toEqual({ kind: 'language', locale: 'es' });
    expect(readStartPayload('lang-pt')).toEqual({ kind: 'language', locale: 'pt-BR' });
    expect(readStartPayload('lang-xx')).toBeNull();
  });
});

describe('command names in every language', () => {
  it('given the Spanish names, then each runs its command', () => {
    const spanish = { nuevo: 'new', hoy: 'today', pausar: 'pause', reanudar: 'resume', metas: 'goals', semana: 'week', rachas: 'streaks',
      estadisticas: 'stats', ayuda: 'help', ajustes: 'settings', deshacer: 'undo', exportar: 'export', importar: 'import', borrar: 'delete', revision: 'review' };
    for (const [alias, name] of Object.entries(spanish)) {
      expect({ alias, name: commandName(alias) }).toEqual({ alias, name });
      expect(COMMANDS[alias]).toBe(COMMANDS[name]);
    }
  });

  it('given every language\'s aliases, then each names a real command and no two languages give one name two meanings', () => {
    const seen = new Map<string, string>();
    for (const locale of LOCALES) {
      for (const [alias, name] of Object.entries(DIALOG_WORDS[locale].commands)) {
        expect({ locale, alias, known: name in COMMANDS }).toEqual({ locale, alias, known: true });
        expect({ alias, name: seen.get(alias) ?? name }).toEqual({ alias, name });
        seen.set(alias, name);
      }
    }
  });
});
