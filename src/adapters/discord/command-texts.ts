// Names and descriptions of the slash commands and their options, in English (the
// default Discord shows) and Brazilian Portuguese (shown to pt-BR clients). Discord
// always sends the English name back, so only these tables know the translations.

export const COMMAND_NAMES = [
  'log', 'new', 'habits', 'today', 'stats', 'streaks', 'week', 'goals', 'review',
  'pause', 'settings', 'coach', 'export', 'import', 'delete', 'link',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface LocalizedText {
  en: string;
  'pt-BR': string;
}

export interface NameAndDescription {
  name: LocalizedText;
  description: LocalizedText;
}

export const COMMAND_TEXTS: Record<CommandName, NameAndDescription> = {
  log: {
    name: { en: 'log', 'pt-BR': 'registrar' },
    description: { en: 'Log a habit', 'pt-BR': 'Registrar um hábito' },
  },
  new: {
    name: { en: 'new', 'pt-BR': 'novo' },
    description: { en: 'Create a new habit', 'pt-BR': 'Criar um hábito novo' },
  },
  habits: {
    name: { en: 'habits', 'pt-BR': 'habitos' },
    description: { en: 'List your habits', 'pt-BR': 'Listar seus hábitos' },
  },
  today: {
    name: { en: 'today', 'pt-BR': 'hoje' },
    description: { en: 'What is due today, with buttons to mark it', 'pt-BR': 'O que falta hoje, com botões para marcar' },
  },
  stats: {
    name: { en: 'stats', 'pt-BR': 'estatisticas' },
    description: { en: 'Streaks, score and success rate', 'pt-BR': 'Sequências, pontuação e taxa de sucesso' },
  },
  streaks: {
    name: { en: 'streaks', 'pt-BR': 'sequencias' },
    description: { en: 'Current and longest streaks', 'pt-BR': 'Sequências atuais e recordes' },
  },
  week: {
    name: { en: 'week', 'pt-BR': 'semana' },
    description: { en: 'This week at a glance', 'pt-BR': 'A semana num relance' },
  },
  goals: {
    name: { en: 'goals', 'pt-BR': 'metas' },
    description: { en: 'Your goals and their progress', 'pt-BR': 'Suas metas e o progresso delas' },
  },
  review: {
    name: { en: 'review', 'pt-BR': 'revisao' },
    description: { en: 'Review your week now: summary and a few questions', 'pt-BR': 'Revisar sua semana agora: resumo e algumas perguntas' },
  },
  pause: {
    name: { en: 'pause', 'pt-BR': 'pausar' },
    description: { en: 'Pause a habit or everything (vacation, sick)', 'pt-BR': 'Pausar um hábito ou tudo (férias, doença)' },
  },
  settings: {
    name: { en: 'settings', 'pt-BR': 'ajustes' },
    description: { en: 'Language, time zone, coach, day start, nudge, review, quiet hours', 'pt-BR': 'Idioma, fuso, coach, início do dia, alerta, revisão, silêncio' },
  },
  coach: {
    name: { en: 'coach', 'pt-BR': 'coach' },
    description: { en: 'Choose your coach: yoda, general or mentor', 'pt-BR': 'Escolher seu coach: yoda, general ou mentor' },
  },
  export: {
    name: { en: 'export', 'pt-BR': 'exportar' },
    description: { en: 'Get all your data as JSON', 'pt-BR': 'Receber todos os seus dados em JSON' },
  },
  import: {
    name: { en: 'import', 'pt-BR': 'importar' },
    description: { en: 'Bring back your data from an export file (replaces what is here)', 'pt-BR': 'Trazer seus dados de um arquivo exportado (substitui o que há aqui)' },
  },
  delete: {
    name: { en: 'delete', 'pt-BR': 'apagar' },
    description: { en: 'Delete yourself and everything you logged', 'pt-BR': 'Apagar você e tudo o que registrou' },
  },
  link: {
    name: { en: 'link', 'pt-BR': 'vincular' },
    description: { en: 'Link this account with your Telegram one', 'pt-BR': 'Vincular esta conta à do Telegram' },
  },
};

export const OPTION_TEXTS = {
  habit: {
    name: { en: 'habit', 'pt-BR': 'habito' },
    description: { en: 'Which habit', 'pt-BR': 'Qual hábito' },
  },
  quantity: {
    name: { en: 'quantity', 'pt-BR': 'quantidade' },
    description: { en: 'How much (in the habit\'s unit)', 'pt-BR': 'Quanto (na unidade do hábito)' },
  },
  date: {
    name: { en: 'date', 'pt-BR': 'data' },
    description: { en: 'When: yesterday, monday, 2025-03-01...', 'pt-BR': 'Quando: ontem, segunda, 2025-03-01...' },
  },
  share: {
    name: { en: 'share', 'pt-BR': 'compartilhar' },
    description: { en: 'Show it to the channel (otherwise only you see it)', 'pt-BR': 'Mostrar no canal (senão só você vê)' },
  },
  until: {
    name: { en: 'until', 'pt-BR': 'ate' },
    description: { en: 'Last day of the pause: friday, 2025-03-10...', 'pt-BR': 'Último dia da pausa: sexta, 2025-03-10...' },
  },
  file: {
    name: { en: 'file', 'pt-BR': 'arquivo' },
    description: { en: 'The .json file /export gave you', 'pt-BR': 'O arquivo .json que o /exportar deu' },
  },
  code: {
    name: { en: 'code', 'pt-BR': 'codigo' },
    description: { en: 'The code the other app gave you (leave empty to get one)', 'pt-BR': 'O código que o outro app deu (vazio para gerar um)' },
  },
} satisfies Record<string, NameAndDescription>;
export type OptionName = keyof typeof OPTION_TEXTS;
