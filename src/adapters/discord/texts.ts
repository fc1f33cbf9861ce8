// The few words the Discord adapter says itself (everything else comes from dialog):
// the apology after a failure, the labels of the /new modal, and /link's answers.

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
    linkCode: 'Your link code: **{code}** (valid for 10 minutes). Send `/link {code}` to me on Telegram, and your two accounts become one profile — nothing is lost.',
    linked: 'Linked! Telegram and Discord are now one profile, with the habits and history of both.',
    linkInvalid: 'That code does not work: it may be mistyped, already used or older than 10 minutes. Make a new one with /link on the other app.',
    linkSameUser: 'That code was made by this same account. Type it on the other app.',
    linkBadCode: 'A link code is 6 letters and digits, like K7P2QX.',
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
    linkCode: 'Seu código de vínculo: **{code}** (vale por 10 minutos). Mande `/link {code}` para mim no Telegram, e suas duas contas viram um perfil só — nada se perde.',
    linked: 'Vinculado! Telegram e Discord agora são um perfil só, com os hábitos e o histórico dos dois.',
    linkInvalid: 'Esse código não funciona: pode estar errado, já usado ou ter mais de 10 minutos. Gere outro com /vincular no outro app.',
    linkSameUser: 'Esse código foi feito por esta mesma conta. Digite-o no outro app.',
    linkBadCode: 'Um código de vínculo tem 6 letras e dígitos, como K7P2QX.',
  },
} as const satisfies Record<AdapterLocale, Record<string, string>>;

export type AdapterTextKey = keyof (typeof TEXTS)['en'];

export function adapterText(locale: AdapterLocale, key: AdapterTextKey, vars: Record<string, string> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
