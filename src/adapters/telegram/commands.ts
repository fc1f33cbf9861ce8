// The command menu Telegram shows next to the text box, in English (the default) and
// Portuguese (for people whose Telegram language is pt). Setting it is a courtesy: when it
// fails (an emulator without setMyCommands, a network blip) the bot logs it and runs anyway.
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Locale } from '../../core/types.js';
import { toApiSignal } from './api.js';
import type { TelegramLogger } from './logger.js';

type Menu = Record<Locale, BotCommand[]>;

const entries: { command: string; en: string; 'pt-BR': string }[] = [
  { command: 'today', en: "Today's habits, with Done and Skip buttons", 'pt-BR': 'Hábitos de hoje, com botões Feito e Pular' },
  { command: 'new', en: 'Create a habit', 'pt-BR': 'Criar um hábito' },
  { command: 'habits', en: 'List your habits', 'pt-BR': 'Listar seus hábitos' },
  { command: 'stats', en: 'Streaks, scores and progress', 'pt-BR': 'Sequências, pontuação e progresso' },
  { command: 'undo', en: 'Undo the last thing logged', 'pt-BR': 'Desfazer o último registro' },
  { command: 'settings', en: 'Time zone, language, coach and reminders', 'pt-BR': 'Fuso, idioma, coach e lembretes' },
  { command: 'help', en: 'What I can do', 'pt-BR': 'O que eu sei fazer' },
];

export const commandMenu: Menu = {
  en: entries.map((entry) => ({ command: entry.command, description: entry.en })),
  'pt-BR': entries.map((entry) => ({ command: entry.command, description: entry['pt-BR'] })),
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
