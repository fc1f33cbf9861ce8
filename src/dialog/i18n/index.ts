// The one way user-facing text is produced: t(key, vars) in the person's language.
// Keys are typed by the English catalog; pt-BR must have every one (a test checks the
// placeholders match too).
//
// Messages are ICU MessageFormat, formatted by intl-messageformat. Why ICU (and not Fluent or
// i18next): its `{name}` placeholder is exactly the syntax the catalogs already used, so every
// existing key, and every key added with plain placeholders, stays valid unchanged; plurals and
// selects get CLDR's rules (`{count, plural, =0 {…} one {…} other {…}}`) instead of a one/other
// pair picked by hand. Beware ICU's escaping: an apostrophe right before `{`, `}` or `#` quotes
// it, and `#` inside a plural arm is the count (a test renders every message to catch these).
import { IntlMessageFormat } from 'intl-messageformat';
import { LANGUAGES, type Locale } from '../../core/languages.js';
import { en, type MessageKey } from './en.js';
import { es } from './es.js';
import { ptBR } from './pt-BR.js';
import type { Message, Vars } from './types.js';

export type { MessageKey } from './en.js';
export type { Message, Vars } from './types.js';

export type Translate = (key: MessageKey, vars?: Vars) => string;

export const catalogs: Record<Locale, Record<MessageKey, Message>> = { en, 'pt-BR': ptBR, es };

/** The language a platform hint names ('pt-PT' -> pt-BR, 'es-MX' -> es), from the registry. */
export { localeFromHint } from '../../core/languages.js';

/** A legacy `{one, other}` pair (a key added the old way) as the ICU plural it means. */
export function icuSource(message: Message): string {
  return typeof message === 'string' ? message : `{count, plural, one {${message.one}} other {${message.other}}}`;
}

// The parts of intl-messageformat's AST read here (types from @formatjs/icu-messageformat-parser).
const ARGUMENT = 1;
interface AstNode { type: number; value?: unknown; options?: Record<string, { value: AstNode[] }> }

/** Every argument a message names, and those that are plain `{name}` (filled as text, not as a formatted number). */
function argumentsOf(nodes: AstNode[], all = new Set<string>(), plain = new Set<string>()): { all: Set<string>; plain: Set<string> } {
  for (const node of nodes) {
    if (typeof node.value === 'string' && node.type !== 0 && node.type !== 7) {
      all.add(node.value);
      if (node.type === ARGUMENT) plain.add(node.value);
    }
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, all, plain);
  }
  return { all, plain };
}

interface Compiled {
  format: IntlMessageFormat;
  /** Arguments the message names. */
  names: string[];
  /** Plain `{name}` arguments (never formatted: a year or an id is said as given). */
  plain: Set<string>;
}

function compile(locale: Locale, message: Message): Compiled {
  // ignoreTag: "<" in a message is text, not the start of a rich-text tag.
  const format = new IntlMessageFormat(icuSource(message), LANGUAGES[locale].formatLocale, undefined, { ignoreTag: true });
  const { all, plain } = argumentsOf(format.getAst());
  return { format, names: [...all], plain };
}

function render(compiled: Compiled, vars: Vars): string {
  const values: Record<string, string | number> = {};
  for (const name of compiled.names) {
    const value = vars[name];
    // A missing value is shown as its placeholder, as before: visible, never a crash.
    if (value === undefined) values[name] = `{${name}}`;
    else values[name] = compiled.plain.has(name) ? String(value) : value;
  }
  return String(compiled.format.format(values));
}

// One translator per language, made on first use; inside it one compiled message per key, made
// on first use and kept: the dialog is hot, and parsing a message costs more than formatting it.
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
  const compiled = new Map<MessageKey, Compiled>();
  return (key, vars = {}) => {
    let message = compiled.get(key);
    if (!message) {
      const source = catalog[key] ?? en[key];
      message = compile(catalog[key] !== undefined ? locale : 'en', source);
      compiled.set(key, message);
    }
    return render(message, vars);
  };
}

/** The placeholders a message uses (plural and select arguments included), for the catalog consistency test. */
export function placeholdersOf(message: Message): string[] {
  const format = new IntlMessageFormat(icuSource(message), 'en', undefined, { ignoreTag: true });
  return [...argumentsOf(format.getAst()).all].sort();
}
