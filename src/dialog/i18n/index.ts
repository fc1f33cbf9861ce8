// The one way user-facing text is produced: t(key, vars) in the person's language.
// Keys are typed by the English catalog; pt-BR must have every one (a test checks the
// placeholders match too).
import type { Locale } from '../../core/types.js';
import { en, type MessageKey } from './en.js';
import { ptBR } from './pt-BR.js';
import type { Message, Vars } from './types.js';

export type { MessageKey } from './en.js';
export type { Message, Vars } from './types.js';

export type Translate = (key: MessageKey, vars?: Vars) => string;

export const catalogs: Record<Locale, Record<MessageKey, Message>> = { en, 'pt-BR': ptBR };

/** Guesses the language from a platform hint ('pt', 'pt-PT', 'pt_BR' -> pt-BR; anything else -> en). */
export function localeFromHint(hint: string | undefined | null): Locale | null {
  if (!hint) return null;
  return /^pt\b|^pt[-_]/i.test(hint.trim()) ? 'pt-BR' : /^en\b|^en[-_]/i.test(hint.trim()) ? 'en' : null;
}

function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

// One translator per language, made on first use: every message needs one, and building its
// Intl.PluralRules costs more than the rest of a short reply.
const translators = new Map<Locale, Translate>();

export function createTranslator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = buildTranslator(locale);
    translators.set(locale, translate);
  }
  return translate;
}

function buildTranslator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  const plurals = new Intl.PluralRules(locale);
  return (key, vars = {}) => {
    const message = catalog[key] ?? en[key];
    if (typeof message === 'string') return fill(message, vars);
    const count = Number(vars.count ?? 0);
    return fill(plurals.select(count) === 'one' ? message.one : message.other, vars);
  };
}

/** The placeholders a message uses, for the catalog consistency test. */
export function placeholdersOf(message: Message): string[] {
  const text = typeof message === 'string' ? message : `${message.one} ${message.other}`;
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}
