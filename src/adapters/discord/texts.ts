// The few words the Discord adapter says itself (everything else comes from dialog):
// the apology after a failure and the labels of the /new modal.
import { DEFAULT_LOCALE, localeFromHint, type Locale } from '../../core/languages.js';

export type AdapterLocale = Locale;

/** Discord sends locales like 'pt-BR', 'en-US', 'es-ES', 'es-419': the registry reads them. */
export function adapterLocale(discordLocale: string | null | undefined): AdapterLocale {
  return localeFromHint(discordLocale) ?? DEFAULT_LOCALE;
}

const TEXTS = {
  en: {
    apology: 'Sorry, something went wrong on my side. Nothing was changed — please try again in a moment.',
    modalTitle: 'New habit',
    nameLabel: 'Name',
    namePlaceholder: 'Read, 💪 pushups, no sugar...',
    frequencyLabel: 'How often',
    frequencyPlaceholder: 'daily · mon wed fri · 3 per week · every 2 days',
    targetLabel: 'Target (optional)',
    targetPlaceholder: '20 pushups · 30 min · at most 2 coffees',
    reminderLabel: 'Reminder time (optional)',
    reminderPlaceholder: '07:30',
    unknownCommand: 'I don\'t know /{command} any more — try /habits, or just write to me.',
  },
  'pt-BR': {
    apology: 'Desculpe, algo deu errado do meu lado. Nada foi alterado — tente de novo daqui a pouco.',
    modalTitle: 'Novo hábito',
    nameLabel: 'Nome',
    namePlaceholder: 'Ler, 💪 flexões, sem açúcar...',
    frequencyLabel: 'Com que frequência',
    frequencyPlaceholder: 'todo dia · seg qua sex · 3 por semana · a cada 2 dias',
    targetLabel: 'Meta (opcional)',
    targetPlaceholder: '20 flexões · 30 min · no máximo 2 cafés',
    reminderLabel: 'Horário do lembrete (opcional)',
    reminderPlaceholder: '07:30',
    unknownCommand: 'Não conheço mais /{command} — tente /habitos, ou simplesmente me escreva.',
  },
  es: {
    apology: 'Perdón, algo falló de mi lado. No se cambió nada — inténtalo de nuevo en un momento.',
    modalTitle: 'Hábito nuevo',
    nameLabel: 'Nombre',
    namePlaceholder: 'Leer, 💪 flexiones, sin azúcar...',
    frequencyLabel: 'Con qué frecuencia',
    frequencyPlaceholder: 'todos los días · lun mié vie · 3 por semana · cada 2 días',
    targetLabel: 'Meta (opcional)',
    targetPlaceholder: '20 flexiones · 30 min · como máximo 2 cafés',
    reminderLabel: 'Hora del recordatorio (opcional)',
    reminderPlaceholder: '07:30',
    unknownCommand: 'Ya no conozco /{command} — prueba /habitos, o simplemente escríbeme.',
  },
} as const satisfies Record<AdapterLocale, Record<string, string>>;

export type AdapterTextKey = keyof (typeof TEXTS)['en'];

export function adapterText(locale: AdapterLocale, key: AdapterTextKey, vars: Record<string, string> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
