// People and the platform accounts they talk to us from. Deleting a user removes
// everything they own: every child table cascades from here.
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { LOCALES } from '../../core/languages.js';
import { LOCAL_TIME_PATTERN } from './checks.js';

// The languages the registry declares, as the SQL list the locale check accepts.
const KNOWN_LOCALES = sql.raw(LOCALES.map((code) => `'${code}'`).join(', '));

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    displayName: text('display_name').notNull(),
    timeZone: text('time_zone').notNull().default('America/Sao_Paulo'),
    locale: text('locale', { enum: LOCALES }).notNull().default('pt-BR'),
    dayStartHour: smallint('day_start_hour').notNull().default(0),
    personality: text('personality', { enum: ['yoda', 'general', 'mentor'] }).notNull().default('mentor'),
    quietHoursStart: text('quiet_hours_start'),
    quietHoursEnd: text('quiet_hours_end'),
    weekStart: smallint('week_start').notNull().default(1),
    shareStats: boolean('share_stats').notNull().default(false),
    eveningNudgeEnabled: boolean('evening_nudge_enabled').notNull().default(true),
    eveningNudgeTime: text('evening_nudge_time'),
    reviewDay: smallint('review_day'),
    reviewTime: text('review_time'),
    weeklyReviewEnabled: boolean('weekly_review_enabled').notNull().default(true),
    onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_display_name_not_blank', sql`length(btrim(${t.displayName})) > 0`),
    check('users_time_zone_not_blank', sql`length(btrim(${t.timeZone})) > 0`),
    check('users_locale_known', sql`${t.locale} in (${KNOWN_LOCALES})`),
    check('users_day_start_hour_range', sql`${t.dayStartHour} between 0 and 23`),
    check('users_personality_known', sql`${t.personality} in ('yoda', 'general', 'mentor')`),
    check('users_week_start_monday_or_sunday', sql`${t.weekStart} in (1, 7)`),
    check(
      'users_quiet_hours_both_or_neither',
      sql`(${t.quietHoursStart} is null) = (${t.quietHoursEnd} is null)`,
    ),
    check('users_quiet_hours_start_format', sql`${t.quietHoursStart} ~ ${sql.raw(LOCAL_TIME_PATTERN)}`),
    check('users_quiet_hours_end_format', sql`${t.quietHoursEnd} ~ ${sql.raw(LOCAL_TIME_PATTERN)}`),
    check('users_evening_nudge_time_format', sql`${t.eveningNudgeTime} ~ ${sql.raw(LOCAL_TIME_PATTERN)}`),
    check('users_review_time_format', sql`${t.reviewTime} ~ ${sql.raw(LOCAL_TIME_PATTERN)}`),
    check('users_review_day_weekday', sql`${t.reviewDay} between 1 and 7`),
  ],
);

export const platformIdentities = pgTable(
  'platform_identities',
  {
    platform: text('platform', { enum: ['console', 'telegram', 'discord'] }).notNull(),
    externalId: text('external_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'platform_identities_platform_external_id_pk', columns: [t.platform, t.externalId] }),
    index('platform_identities_user_id_idx').on(t.userId),
    check('platform_identities_platform_known', sql`${t.platform} in ('console', 'telegram', 'discord')`),
    check('platform_identities_external_id_not_blank', sql`length(${t.externalId}) > 0`),
  ],
);

/** One-time /link codes: a person proves on one platform that they own an account on another. */
export const linkCodes = pgTable(
  'link_codes',
  {
    code: text('code').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('link_codes_user_id_idx').on(t.userId),
    check('link_codes_code_not_blank', sql`length(${t.code}) > 0`),
  ],
);

/**
 * Wrong /link codes a person typed, one row each: at most a few an hour are allowed (see
 * src/app/linking.ts). Kept in PostgreSQL so every bot process counts the same attempts.
 */
export const linkCodeFailures = pgTable(
  'link_code_failures',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('link_code_failures_user_id_failed_at_idx').on(t.userId, t.failedAt)],
);
