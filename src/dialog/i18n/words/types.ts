// The words a person types to answer the dialog (not the log parser's: those are its lexicons).
// One file per language declares them; index.ts merges them. All written without accents and in
// lower case: answers are compared after normalizeAnswer.
import type { Personality, Weekday } from '../../../core/types.js';

export interface DialogWords {
  /** Typed "yes" to a yes/no question. */
  yes: readonly string[];
  /** Typed "no" to a yes/no question. */
  no: readonly string[];
  /** Leaves any question (also as /cancel aliases). */
  cancel: readonly string[];
  /** "Skip this question". */
  skip: readonly string[];
  /** "I'm done adding details". */
  done: readonly string[];
  /** Turns a switch off (evening nudge, review, quiet hours). */
  off: readonly string[];
  /** A goal without a deadline (besides the skip words). */
  noDeadline: readonly string[];
  /** Answers that name this language at "Which language?" ("espanol", "spanish"). */
  languageNames: readonly string[];
  /** Other names of the coach personalities ("sargento" -> general). */
  personalities: Readonly<Record<string, Personality>>;
  /** "midnight" for the day-start question. */
  midnight: readonly string[];
  /** Weekday names and abbreviations typed for a habit's days. */
  weekdays: Readonly<Record<string, Weekday>>;
  /** Small counts typed in words ("twice", "tres"). */
  counts: Readonly<Record<string, number>>;
  /** The words of a typed frequency ("3 veces por semana", "cada 2 días", "lun mié vie"). */
  frequency: {
    /** Whole answers that mean every day. */
    daily: readonly string[];
    /** Whole answers that mean Monday to Friday. */
    workdays: readonly string[];
    /** Whole answers that mean Saturday and Sunday. */
    weekends: readonly string[];
    /** Whole answers that mean every second day. */
    everyOtherDay: readonly string[];
    /** After a count: "times", "x", "veces". */
    times: readonly string[];
    /** Between the count and the period: "a", "per", "por", "al". */
    per: readonly string[];
    week: readonly string[];
    month: readonly string[];
    /** Before a count of days: "every", "a cada", "cada". */
    every: readonly string[];
    days: readonly string[];
    /** Before a list of weekdays: "on", "nas", "los". */
    weekdayLeads: readonly string[];
    /** Joins list items: "and", "e", "y". */
    and: readonly string[];
  };
  /** Before a target's amount: "at most", "no máximo", "como máximo" (and "at least" ones). */
  atMost: readonly string[];
  atLeast: readonly string[];
  /** Words of a pause ("/pausar vacaciones por 2 semanas") and of a simple date answer ("mañana", "en 3 días"). */
  pause: {
    /** Before the end date: "until", "até", "hasta". */
    until: readonly string[];
    /** Before a span: "for", "por", "durante". */
    spanFor: readonly string[];
    sick: readonly string[];
    vacation: readonly string[];
    /** Every habit at once: "everything", "tudo", "todo". */
    everything: readonly string[];
    /** Words around the habit's name that are not the name: "I'm", "estou", "estoy", "my". */
    filler: readonly string[];
  };
  dates: {
    today: readonly string[];
    tomorrow: readonly string[];
    /** A week from today: "a week", "uma semana", "una semana". */
    aWeek: readonly string[];
    /** Before a date, dropped: "on", "next", "na", "el", "este". */
    leads: readonly string[];
    /** Before "3 days": "in", "em", "daqui a", "en", "dentro de". */
    inLeads: readonly string[];
    dayUnits: readonly string[];
    weekUnits: readonly string[];
  };
  /** Units that are money, said with cents ("108,70 reais", "2.50 pesos"); lower case, accents kept. */
  moneyUnits: readonly string[];
  /** Words before a habit's anchor, dropped when it is saved: "after I", "depois de", "después de". */
  anchorLeads: readonly string[];
  /** The first words of a habit to break: "no", "quit", "parar de", "dejar de". */
  breakPrefixes: readonly string[];
  /** After /group: the word that opens the group's settings ("settings", "config", "ajustes"). */
  groupSettings: readonly string[];
  /** /leaderboard's periods and /stats's "me" in a group. */
  boardPeriods: Readonly<Record<string, 'week' | 'month' | 'all'>>;
  me: readonly string[];
  /** "/partner end NAME": the word that ends a partnership. */
  partnerEnd: readonly string[];
  /** After /group: the word that bridges the group to a chat on the other platform ("bridge", "ponte", "puente"). */
  groupBridge: readonly string[];
  /** The names of a group's settings after "/group settings" ("zone", "fuso", "idioma" -> language). */
  groupSettingKeys: Readonly<Record<string, 'zone' | 'week' | 'language' | 'coach' | 'proof' | 'recap' | 'name'>>;
  /**
   * Command names in this language -> the command's English name. The English names are the
   * commands themselves; an alias never shadows another language's alias for a different command.
   */
  commands: Readonly<Record<string, string>>;
}
