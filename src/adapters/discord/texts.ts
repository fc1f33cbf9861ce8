// The few words the Discord adapter says itself (everything else comes from dialog):
// the apology after a failure and the labels of the /new modal.

export type AdapterLocale = 'en' | 'pt-BR';

/** Discord sends locales like 'pt-BR', 'en-US', 'en-GB'. */
export function adapterLocale(discordLocale: string | null | undefined): AdapterLocale {
  return discordLocale?.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
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
} as const satisfies Record<AdapterLocale, Record<string, string>>;

export type AdapterTextKey = keyof (typeof TEXTS)['en'];

export function adapterText(locale: AdapterLocale, key: AdapterTextKey, vars: Record<string, string> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
