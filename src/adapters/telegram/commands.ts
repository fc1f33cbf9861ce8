// The command menu Telegram shows next to the text box, in English (the default) and
// Portuguese (for people whose Telegram language is pt). Setting it is a courtesy: when it
// fails (an emulator without setMyCommands, a network blip) the bot logs it and runs anyway.
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Locale } from '../../core/types.js';
import { toApiSignal } from './api.js';
import type { TelegramLogger } from './logger.js';

type Menu = Record<Locale, BotCommand[]>;

// Portuguese speakers see dialog's Portuguese aliases (/hoje, /novo...), which its help
// text uses too; dialog accepts both names in every language.
const entries: { en: [string, string]; 'pt-BR': [string, string] }[] = [
  { en: ['today', 'What is due today, with Done and Skip buttons'], 'pt-BR': ['hoje', 'O que falta hoje, com botões Feito e Pular'] },
  { en: ['new', 'Create a habit'], 'pt-BR': ['novo', 'Criar um hábito'] },
  { en: ['habits', 'Your habits'], 'pt-BR': ['habitos', 'Seus hábitos'] },
  { en: ['stats', 'Streaks, score and success rate'], 'pt-BR': ['stats', 'Sequências, pontuação e taxa de sucesso'] },
  { en: ['streaks', 'Current and longest streaks'], 'pt-BR': ['streaks', 'Sequências atuais e recordes'] },
  { en: ['week', 'This week at a glance'], 'pt-BR': ['semana', 'A semana num relance'] },
  { en: ['goals', 'Your goals and their progress'], 'pt-BR': ['metas', 'Suas metas e o progresso delas'] },
  { en: ['undo', 'Undo the last thing logged'], 'pt-BR': ['desfazer', 'Desfazer o último registro'] },
  { en: ['pause', 'Pause a habit or everything (vacation, sick)'], 'pt-BR': ['pausar', 'Pausar um hábito ou tudo (férias, doença)'] },
  { en: ['review', 'Your weekly review, any time'], 'pt-BR': ['revisao', 'Sua revisão semanal, quando quiser'] },
  { en: ['settings', 'Language, time zone, coach and day start'], 'pt-BR': ['config', 'Idioma, fuso, coach e início do dia'] },
  { en: ['export', 'Download your data'], 'pt-BR': ['exportar', 'Baixar seus dados'] },
  { en: ['link', 'Join your Discord account to this one'], 'pt-BR': ['vincular', 'Juntar sua conta do Discord a esta'] },
  { en: ['help', 'What I can do'], 'pt-BR': ['ajuda', 'O que eu sei fazer'] },
];

export const commandMenu: Menu = {
  en: entries.map(({ en: [command, description] }) => ({ command, description })),
  'pt-BR': entries.map(({ 'pt-BR': [command, description] }) => ({ command, description })),
};

/** Telegram names languages by ISO 639-1 code only: 'pt' covers pt-BR clients. */
const TELEGRAM_LANGUAGE = { 'pt-BR': 'pt' } as const satisfies Record<Exclude<Locale, 'en'>, string>;

/**
 * Sets the menu: English as the default for every language, Portuguese for 'pt'. Never
 * throws; returns whether every call worked. `signal` ends retries (shutdown, or a deadline).
 */
export async function setCommandMenu(api: Api, logger: TelegramLogger, signal?: AbortSignal): Promise<boolean> {
  const apiSignal = toApiSignal(signal);
  const calls: [string, () => Promise<true>][] = [
    ['default', () => api.setMyCommands(commandMenu.en, {}, apiSignal)],
    ['pt', () => api.setMyCommands(commandMenu['pt-BR'], { language_code: TELEGRAM_LANGUAGE['pt-BR'] }, apiSignal)],
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
