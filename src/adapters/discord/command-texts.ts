// Names and descriptions of the slash commands and their options, in English (the
// default Discord shows), Brazilian Portuguese (pt-BR clients) and Spanish (es-ES and es-419 clients). Discord
// always sends the English name back, so only these tables know the translations.

import type { Locale } from '../../core/languages.js';

export const COMMAND_NAMES = [
  'log', 'new', 'habits', 'today', 'stats', 'streaks', 'week', 'goals', 'review',
  'pause', 'settings', 'coach', 'export', 'import', 'delete', 'link',
  'group', 'join', 'leave', 'members', 'leaderboard', 'partner', 'share', 'unshare', 'commit', 'remove',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** A text in every language of the registry (Discord gets each under its own locale names). */
export type LocalizedText = Record<Locale, string>;

export interface NameAndDescription {
  name: LocalizedText;
  description: LocalizedText;
}

export const COMMAND_TEXTS: Record<CommandName, NameAndDescription> = {
  log: {
    name: { en: 'log', 'pt-BR': 'registrar', es: 'registrar' },
    description: { en: 'Log a habit', 'pt-BR': 'Registrar um hábito', es: 'Registrar un hábito' },
  },
  new: {
    name: { en: 'new', 'pt-BR': 'novo', es: 'nuevo' },
    description: { en: 'Create a new habit', 'pt-BR': 'Criar um hábito novo', es: 'Crear un hábito nuevo' },
  },
  habits: {
    name: { en: 'habits', 'pt-BR': 'habitos', es: 'habitos' },
    description: { en: 'List your habits', 'pt-BR': 'Listar seus hábitos', es: 'Ver tus hábitos' },
  },
  today: {
    name: { en: 'today', 'pt-BR': 'hoje', es: 'hoy' },
    description: { en: 'What is due today, with buttons to mark it', 'pt-BR': 'O que falta hoje, com botões para marcar', es: 'Lo que falta hoy, con botones para marcarlo' },
  },
  stats: {
    name: { en: 'stats', 'pt-BR': 'estatisticas', es: 'estadisticas' },
    description: { en: 'Streaks, score and success rate', 'pt-BR': 'Sequências, pontuação e taxa de sucesso', es: 'Rachas, puntaje y tasa de éxito' },
  },
  streaks: {
    name: { en: 'streaks', 'pt-BR': 'sequencias', es: 'rachas' },
    description: { en: 'Current and longest streaks', 'pt-BR': 'Sequências atuais e recordes', es: 'Rachas actuales y récords' },
  },
  week: {
    name: { en: 'week', 'pt-BR': 'semana', es: 'semana' },
    description: { en: 'This week at a glance', 'pt-BR': 'A semana num relance', es: 'Tu semana de un vistazo' },
  },
  goals: {
    name: { en: 'goals', 'pt-BR': 'metas', es: 'metas' },
    description: { en: 'Your goals and their progress', 'pt-BR': 'Suas metas e o progresso delas', es: 'Tus metas y su avance' },
  },
  review: {
    name: { en: 'review', 'pt-BR': 'revisao', es: 'revision' },
    description: { en: 'Review your week now: summary and a few questions', 'pt-BR': 'Revisar sua semana agora: resumo e algumas perguntas', es: 'Revisa tu semana ahora: resumen y unas preguntas' },
  },
  pause: {
    name: { en: 'pause', 'pt-BR': 'pausar', es: 'pausar' },
    description: { en: 'Pause a habit or everything (vacation, sick)', 'pt-BR': 'Pausar um hábito ou tudo (férias, doença)', es: 'Pausar un hábito o todo (vacaciones, enfermedad)' },
  },
  settings: {
    name: { en: 'settings', 'pt-BR': 'ajustes', es: 'ajustes' },
    description: { en: 'Language, time zone, coach, day start, nudge, review, quiet hours', 'pt-BR': 'Idioma, fuso, coach, início do dia, alerta, revisão, silêncio', es: 'Idioma, zona horaria, coach, inicio del día, aviso, revisión, silencio' },
  },
  coach: {
    name: { en: 'coach', 'pt-BR': 'coach', es: 'coach' },
    description: { en: 'Choose your coach: yoda, general or mentor', 'pt-BR': 'Escolher seu coach: yoda, general ou mentor', es: 'Elige tu coach: yoda, general o mentor' },
  },
  export: {
    name: { en: 'export', 'pt-BR': 'exportar', es: 'exportar' },
    description: { en: 'Get all your data as JSON', 'pt-BR': 'Receber todos os seus dados em JSON', es: 'Recibir todos tus datos en JSON' },
  },
  import: {
    name: { en: 'import', 'pt-BR': 'importar', es: 'importar' },
    description: { en: 'Bring back your data from an export file (replaces what is here)', 'pt-BR': 'Trazer seus dados de um arquivo exportado (substitui o que há aqui)', es: 'Recuperar tus datos de un archivo exportado (reemplaza lo que hay aquí)' },
  },
  delete: {
    name: { en: 'delete', 'pt-BR': 'apagar', es: 'borrar' },
    description: { en: 'Delete yourself and everything you logged', 'pt-BR': 'Apagar você e tudo o que registrou', es: 'Borrar tu cuenta y todo lo que registraste' },
  },
  link: {
    name: { en: 'link', 'pt-BR': 'vincular', es: 'vincular' },
    description: { en: 'Link this account with your Telegram one', 'pt-BR': 'Vincular esta conta à do Telegram', es: 'Vincular esta cuenta con la de Telegram' },
  },
  group: {
    name: { en: 'group', 'pt-BR': 'grupo', es: 'grupo' },
    description: { en: "This channel's accountability group: its card, settings, or a bridge to Telegram", 'pt-BR': 'O grupo deste canal: o cartão, as configurações, ou uma ponte ao Telegram', es: 'El grupo de este canal: su tarjeta, los ajustes, o un puente a Telegram' },
  },
  join: {
    name: { en: 'join', 'pt-BR': 'entrar', es: 'unirme' },
    description: { en: "Join this channel's group", 'pt-BR': 'Entrar no grupo deste canal', es: 'Unirte al grupo de este canal' },
  },
  leave: {
    name: { en: 'leave', 'pt-BR': 'sair', es: 'salir' },
    description: { en: "Leave this channel's group", 'pt-BR': 'Sair do grupo deste canal', es: 'Salir del grupo de este canal' },
  },
  leaderboard: {
    name: { en: 'leaderboard', 'pt-BR': 'classificacao', es: 'clasificacion' },
    description: { en: "The group's leaderboard: week, month or all", 'pt-BR': 'A classificação do grupo: semana, mes ou tudo', es: 'La clasificación del grupo: semana, mes o todo' },
  },
  partner: {
    name: { en: 'partner', 'pt-BR': 'parceiro', es: 'companero' },
    description: { en: 'Ask a member to be accountability partners, or "end NAME"', 'pt-BR': 'Convidar um membro para ser sua dupla, ou "encerrar NOME"', es: 'Invitar a un miembro a ser tu compañero, o "terminar NOMBRE"' },
  },
  members: {
    name: { en: 'members', 'pt-BR': 'membros', es: 'miembros' },
    description: { en: 'Members and what they share', 'pt-BR': 'Membros e o que compartilham', es: 'Miembros y lo que comparten' },
  },
  share: {
    name: { en: 'share', 'pt-BR': 'compartilhar', es: 'compartir' },
    description: { en: 'Share one of your habits with this group', 'pt-BR': 'Compartilhar um hábito seu com este grupo', es: 'Compartir uno de tus hábitos con este grupo' },
  },
  unshare: {
    name: { en: 'unshare', 'pt-BR': 'descompartilhar', es: 'descompartir' },
    description: { en: 'Stop sharing a habit with this group', 'pt-BR': 'Parar de compartilhar um hábito com este grupo', es: 'Dejar de compartir un hábito con este grupo' },
  },
  commit: {
    name: { en: 'commit', 'pt-BR': 'compromisso', es: 'compromiso' },
    description: { en: 'Admins: a commitment for the group, e.g. "Read | daily | 10 pages"', 'pt-BR': 'Admins: um compromisso do grupo, ex.: "Ler | todo dia | 10 páginas"', es: 'Admins: un compromiso del grupo, p. ej. "Leer | todos los días | 10 páginas"' },
  },
  remove: {
    name: { en: 'remove', 'pt-BR': 'remover', es: 'quitar' },
    description: { en: 'Admins: remove a member from the group', 'pt-BR': 'Admins: remover um membro do grupo', es: 'Admins: quitar a un miembro del grupo' },
  },
};

export const OPTION_TEXTS = {
  habit: {
    name: { en: 'habit', 'pt-BR': 'habito', es: 'habito' },
    description: { en: 'Which habit', 'pt-BR': 'Qual hábito', es: 'Qué hábito' },
  },
  quantity: {
    name: { en: 'quantity', 'pt-BR': 'quantidade', es: 'cantidad' },
    description: { en: 'How much (in the habit\'s unit)', 'pt-BR': 'Quanto (na unidade do hábito)', es: 'Cuánto (en la unidad del hábito)' },
  },
  date: {
    name: { en: 'date', 'pt-BR': 'data', es: 'fecha' },
    description: { en: 'When: yesterday, monday, 2025-03-01...', 'pt-BR': 'Quando: ontem, segunda, 2025-03-01...', es: 'Cuándo: ayer, lunes, 2025-03-01...' },
  },
  share: {
    name: { en: 'share', 'pt-BR': 'compartilhar', es: 'compartir' },
    description: { en: 'Show it to the channel (otherwise only you see it)', 'pt-BR': 'Mostrar no canal (senão só você vê)', es: 'Mostrarlo en el canal (si no, solo tú lo ves)' },
  },
  until: {
    name: { en: 'until', 'pt-BR': 'ate', es: 'hasta' },
    description: { en: 'Last day of the pause: friday, 2025-03-10...', 'pt-BR': 'Último dia da pausa: sexta, 2025-03-10...', es: 'Último día de la pausa: viernes, 2025-03-10...' },
  },
  file: {
    name: { en: 'file', 'pt-BR': 'arquivo', es: 'archivo' },
    description: { en: 'The .json file /export gave you', 'pt-BR': 'O arquivo .json que o /exportar deu', es: 'El archivo .json que te dio /exportar' },
  },
  code: {
    name: { en: 'code', 'pt-BR': 'codigo', es: 'codigo' },
    description: { en: 'The code the other app gave you (leave empty to get one)', 'pt-BR': 'O código que o outro app deu (vazio para gerar um)', es: 'El código que te dio la otra app (vacío para generar uno)' },
  },
  text: {
    name: { en: 'text', 'pt-BR': 'texto', es: 'texto' },
    description: { en: 'What follows: "settings", "settings recap sun 18:00", "bridge", "bridge CODE", a name...', 'pt-BR': 'O que vem depois: "config", "config resumo dom 18:00", "ponte", "ponte CÓDIGO", um nome...', es: 'Lo que sigue: "ajustes", "ajustes resumen dom 18:00", "puente", "puente CÓDIGO", un nombre...' },
  },
  member: {
    name: { en: 'member', 'pt-BR': 'membro', es: 'miembro' },
    description: { en: "The member's name as the group shows it", 'pt-BR': 'O nome do membro como o grupo mostra', es: 'El nombre del miembro como lo muestra el grupo' },
  },
  period: {
    name: { en: 'period', 'pt-BR': 'periodo', es: 'periodo' },
    description: { en: 'week (the default), month or all', 'pt-BR': 'semana (o padrão), mes ou tudo', es: 'semana (por defecto), mes o todo' },
  },
} satisfies Record<string, NameAndDescription>;
export type OptionName = keyof typeof OPTION_TEXTS;
