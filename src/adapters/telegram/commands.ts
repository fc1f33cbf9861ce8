// The command menus Telegram shows next to the text box (one for private chats, one for group
// chats), in English (the default) and in each other language of the registry (for people
// whose Telegram language is pt, es...). Setting it is a courtesy: when it
// fails (an emulator without setMyCommands, a network blip) the bot logs it and runs anyway.
import type { Api } from 'grammy';
import type { BotCommand, LanguageCode } from 'grammy/types';
import { DEFAULT_LOCALE, LANGUAGES, LOCALES, type Locale } from '../../core/languages.js';
import { toApiSignal } from './api.js';
import type { TelegramLogger } from './logger.js';

type Menu = Record<Locale, BotCommand[]>;

// Portuguese and Spanish speakers see dialog's aliases (/hoje, /hoy, /novo, /nuevo...), which its
// help text uses too; dialog accepts every language's names for everyone.
const entries: Record<Locale, [string, string]>[] = [
  { en: ['today', 'What is due today, with Done and Skip buttons'], 'pt-BR': ['hoje', 'O que falta hoje, com botões Feito e Pular'], es: ['hoy', 'Lo que falta hoy, con botones Hecho y Saltar'] },
  { en: ['new', 'Create a habit'], 'pt-BR': ['novo', 'Criar um hábito'], es: ['nuevo', 'Crear un hábito'] },
  { en: ['habits', 'Your habits'], 'pt-BR': ['habitos', 'Seus hábitos'], es: ['habitos', 'Tus hábitos'] },
  { en: ['stats', 'Streaks, score and success rate'], 'pt-BR': ['stats', 'Sequências, pontuação e taxa de sucesso'], es: ['estadisticas', 'Rachas, puntaje y tasa de éxito'] },
  { en: ['streaks', 'Current and longest streaks'], 'pt-BR': ['streaks', 'Sequências atuais e recordes'], es: ['rachas', 'Rachas actuales y récords'] },
  { en: ['week', 'This week at a glance'], 'pt-BR': ['semana', 'A semana num relance'], es: ['semana', 'Tu semana de un vistazo'] },
  { en: ['goals', 'Your goals and their progress'], 'pt-BR': ['metas', 'Suas metas e o progresso delas'], es: ['metas', 'Tus metas y su avance'] },
  { en: ['undo', 'Undo the last thing logged'], 'pt-BR': ['desfazer', 'Desfazer o último registro'], es: ['deshacer', 'Deshacer el último registro'] },
  { en: ['pause', 'Pause a habit or everything (vacation, sick)'], 'pt-BR': ['pausar', 'Pausar um hábito ou tudo (férias, doença)'], es: ['pausar', 'Pausar un hábito o todo (vacaciones, enfermedad)'] },
  { en: ['review', 'Your weekly review, any time'], 'pt-BR': ['revisao', 'Sua revisão semanal, quando quiser'], es: ['revision', 'Tu revisión semanal, cuando quieras'] },
  { en: ['settings', 'Language, time zone, coach and day start'], 'pt-BR': ['config', 'Idioma, fuso, coach e início do dia'], es: ['ajustes', 'Idioma, zona horaria, coach e inicio del día'] },
  { en: ['export', 'Download your data'], 'pt-BR': ['exportar', 'Baixar seus dados'], es: ['exportar', 'Descargar tus datos'] },
  { en: ['partner', 'Your accountability partners and how they are doing'], 'pt-BR': ['parceiro', 'Suas duplas e como elas estão indo'], es: ['companero', 'Tus compañeros y cómo van'] },
  { en: ['link', 'Join your Discord account to this one'], 'pt-BR': ['vincular', 'Juntar sua conta do Discord a esta'], es: ['vincular', 'Unir tu cuenta de Discord a esta'] },
  { en: ['help', 'What I can do'], 'pt-BR': ['ajuda', 'O que eu sei fazer'], es: ['ayuda', 'Lo que sé hacer'] },
];

// Group chats get their own menu (scope all_group_chats): the group's commands first, then the
// few personal ones that make sense said in a group.
const groupEntries: Record<Locale, [string, string]>[] = [
  { en: ['group', "This chat's group: its card; settings and bridge for admins"], 'pt-BR': ['grupo', 'O grupo deste chat: o cartão; config e ponte para admins'], es: ['grupo', 'El grupo de este chat: su tarjeta; ajustes y puente para admins'] },
  { en: ['join', "Join this chat's group"], 'pt-BR': ['entrar', 'Entrar no grupo deste chat'], es: ['unirme', 'Unirte al grupo de este chat'] },
  { en: ['members', 'Members and what they share'], 'pt-BR': ['membros', 'Membros e o que compartilham'], es: ['miembros', 'Miembros y lo que comparten'] },
  { en: ['share', 'Share one of your habits with this group'], 'pt-BR': ['compartilhar', 'Compartilhar um hábito seu com este grupo'], es: ['compartir', 'Compartir uno de tus hábitos con este grupo'] },
  { en: ['unshare', 'Stop sharing a habit with this group'], 'pt-BR': ['descompartilhar', 'Parar de compartilhar um hábito com este grupo'], es: ['descompartir', 'Dejar de compartir un hábito con este grupo'] },
  { en: ['commit', 'A commitment for the whole group (admins)'], 'pt-BR': ['compromisso', 'Um compromisso para o grupo todo (admins)'], es: ['compromiso', 'Un compromiso para todo el grupo (admins)'] },
  { en: ['leaderboard', "The group's leaderboard: week, month or all"], 'pt-BR': ['classificacao', 'A classificação do grupo: semana, mes ou tudo'], es: ['clasificacion', 'La clasificación del grupo: semana, mes o todo'] },
  { en: ['partner', 'Ask a member to be your accountability partner'], 'pt-BR': ['parceiro', 'Convidar um membro para ser sua dupla'], es: ['companero', 'Invitar a un miembro a ser tu compañero'] },
  { en: ['leave', "Leave this chat's group"], 'pt-BR': ['sair', 'Sair do grupo deste chat'], es: ['salir', 'Salir del grupo de este chat'] },
  { en: ['remove', 'Remove a member (admins)'], 'pt-BR': ['remover', 'Remover um membro (admins)'], es: ['quitar', 'Quitar a un miembro (admins)'] },
  { en: ['log', 'Log a habit of yours'], 'pt-BR': ['registrar', 'Registrar um hábito seu'], es: ['registrar', 'Registrar un hábito tuyo'] },
  { en: ['undo', 'Undo the last thing logged'], 'pt-BR': ['desfazer', 'Desfazer o último registro'], es: ['deshacer', 'Deshacer el último registro'] },
  { en: ['help', 'What I can do'], 'pt-BR': ['ajuda', 'O que eu sei fazer'], es: ['ayuda', 'Lo que sé hacer'] },
];

function menuOf(list: Record<Locale, [string, string]>[]): Menu {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, list.map((entry) => ({ command: entry[locale][0], description: entry[locale][1] }))]),
  ) as Menu;
}

/** Private chats (the default scope, now that group chats have their own). */
export const commandMenu = menuOf(entries);
export const groupCommandMenu = menuOf(groupEntries);

/**
 * Sets the menu: English as the default for every language, then each language's own. Never
 * throws; returns whether every call worked. `signal` ends retries (shutdown, or a deadline).
 */
export async function setCommandMenu(api: Api, logger: TelegramLogger, signal?: AbortSignal): Promise<boolean> {
  const apiSignal = toApiSignal(signal);
  // Telegram names languages by ISO 639-1 code only ('pt' covers pt-BR clients, 'es' every Spanish one).
  const groups = { scope: { type: 'all_group_chats' as const } };
  const calls: [string, () => Promise<true>][] = [
    ['default', () => api.setMyCommands(commandMenu[DEFAULT_LOCALE], {}, apiSignal)],
    ...LOCALES.flatMap((locale): [string, () => Promise<true>][] => {
      const code = LANGUAGES[locale].telegramCode;
      return code ? [[code, () => api.setMyCommands(commandMenu[locale], { language_code: code as LanguageCode }, apiSignal)]] : [];
    }),
    ['groups', () => api.setMyCommands(groupCommandMenu[DEFAULT_LOCALE], groups, apiSignal)],
    ...LOCALES.flatMap((locale): [string, () => Promise<true>][] => {
      const code = LANGUAGES[locale].telegramCode;
      return code ? [[`groups ${code}`, () => api.setMyCommands(groupCommandMenu[locale], { ...groups, language_code: code as LanguageCode }, apiSignal)]] : [];
    }),
  ];
  let allSet = true;
  for (const [language, call] of calls) {
    try {
      await call();
    } catch (error) {
      allSet = false;
      logger.warn({ err: error, language }, 'telegram: could not set the command menu; running without it');
    }
  }
  return allSet;
}
