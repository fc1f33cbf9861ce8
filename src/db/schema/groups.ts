// Accountability groups. A group lives in one or two home chats (a Telegram group, a Discord
// channel; two when bridged), has its own settings (zone, week start, language, coach, proof
// and recap times), and members who are ordinary people with their own habits. Nothing of a
// member's is visible to the group until they share it: `group_shares` is that consent, per
// habit and group. Commitments are what the group agreed on; a member adopts one by linking a
// habit of their own (`group_commitment_adoptions`).
import { sql } from 'drizzle-orm';
import {
  check, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp, unique, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { LOCALES } from '../../core/languages.js';
import { PLATFORMS } from '../../core/types.js';
import { LOCAL_TIME_PATTERN, WEEKDAYS_ARRAY, WRITTEN_AT } from './checks.js';
import { habits } from './habits.js';
import { users } from './users.js';

const KNOWN_LOCALES = sql.raw(LOCALES.map((code) => `'${code}'`).join(', '));
const KNOWN_PLATFORMS = sql.raw(PLATFORMS.map((platform) => `'${platform}'`).join(', '));

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull().default('America/Sao_Paulo'),
    weekStart: smallint('week_start').notNull().default(1),
    locale: text('locale', { enum: LOCALES }).notNull().default('pt-BR'),
    personality: text('personality', { enum: ['yoda', 'general', 'mentor'] }).notNull().default('mentor'),
    /** ISO weekday and local 'HH:mm' of the weekly proof prompt. */
    proofDay: smallint('proof_day').notNull().default(5),
    proofTime: text('proof_time').notNull().default('18:00'),
    /** ISO weekday and local 'HH:mm' of the weekly recap. */
    recapDay: smallint('recap_day').notNull().default(7),
    recapTime: text('recap_time').notNull().default('18:00'),
    /** The last time a member spoke in a home chat: a group quiet for 4 weeks gets no posts. */
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    check('groups_name_not_blank', sql`length(btrim(${t.name})) > 0`),
    check('groups_time_zone_not_blank', sql`length(btrim(${t.timeZone})) > 0`),
    check('groups_week_start_monday_or_sunday', sql`${t.weekStart} in (1, 7)`),
    check('groups_locale_known', sql`${t.locale} in (${KNOWN_LOCALES})`),
    check('groups_personality_known', sql`${t.personality} in ('yoda', 'general', 'mentor')`),
    check('groups_proof_day_weekday', sql`${t.proofDay} between 1 and 7`),
    check('groups_recap_day_weekday', sql`${t.recapDay} between 1 and 7`),
    check('groups_proof_time_format', sql`${t.proofTime} ~ ${sql.raw(LOCAL_TIME_PATTERN)}`),
    check('groups_recap_time_format', sql`${t.recapTime} ~ ${sql.raw(LOCAL_TIME_PATTERN)}`),
  ],
);

/** A group's home chats: one per platform at most (a bridged group has two). */
export const groupChats = pgTable(
  'group_chats',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    chatId: text('chat_id').notNull(),
    title: text('title'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    primaryKey({ columns: [t.platform, t.chatId] }),
    unique('group_chats_group_id_platform_unique').on(t.groupId, t.platform),
    check('group_chats_platform_known', sql`${t.platform} in (${KNOWN_PLATFORMS})`),
  ],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'active'; 'left' or 'removed' members are kept for history but out of every post. */
    status: text('status', { enum: ['active', 'left', 'removed'] }).notNull().default('active'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.userId] }),
    index('group_members_user_id_idx').on(t.userId),
    check('group_members_status_known', sql`${t.status} in ('active', 'left', 'removed')`),
    check('group_members_left_at_when_gone', sql`(${t.status} = 'active') = (${t.leftAt} is null)`),
  ],
);

/** A member's consent that one of their habits is visible to one group. */
export const groupShares = pgTable(
  'group_shares',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    habitId: uuid('habit_id')
      .notNull()
      .references(() => habits.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sharedAt: timestamp('shared_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.habitId] }), index('group_shares_habit_id_idx').on(t.habitId)],
);

/** What a group agreed to do: "3 workouts a week", "read 10 pages a day", "no alcohol on weekdays". */
export const groupCommitments = pgTable(
  'group_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['build', 'break'] }).notNull().default('build'),
    frequencyKind: text('frequency_kind', { enum: ['daily', 'weekdays', 'per_week', 'every_n_days', 'per_month'] })
      .notNull()
      .default('daily'),
    frequencyDays: smallint('frequency_days').array(),
    frequencyTimes: smallint('frequency_times'),
    frequencyEveryN: smallint('frequency_every_n'),
    targetQuantity: doublePrecision('target_quantity'),
    targetUnit: text('target_unit'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    index('group_commitments_group_id_idx').on(t.groupId),
    check('group_commitments_title_not_blank', sql`length(btrim(${t.title})) > 0`),
    check('group_commitments_kind_known', sql`${t.kind} in ('build', 'break')`),
    check(
      'group_commitments_frequency_days_weekdays',
      sql`${t.frequencyDays} is null or ${t.frequencyDays} <@ ${sql.raw(WEEKDAYS_ARRAY)}`,
    ),
    check('group_commitments_target_positive', sql`${t.targetQuantity} is null or ${t.targetQuantity} > 0`),
  ],
);

/** A member's habit that carries a commitment for them: logging it anywhere counts for the group. */
export const groupCommitmentAdoptions = pgTable(
  'group_commitment_adoptions',
  {
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => groupCommitments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    habitId: uuid('habit_id')
      .notNull()
      .references(() => habits.id, { onDelete: 'cascade' }),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.userId] }),
    index('group_commitment_adoptions_habit_id_idx').on(t.habitId),
  ],
);

/** Two members who keep an eye on each other. Either can end it; a request waits for the other's answer. */
export const partnerships = pgTable(
  'partnerships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['requested', 'active', 'declined', 'ended'] }).notNull().default('requested'),
    /** The answer buttons carry it, so an old or forged button cannot accept for someone else. */
    token: text('token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    notes: integer('notes').notNull().default(0),
  },
  (t) => [
    index('partnerships_requester_id_idx').on(t.requesterId),
    index('partnerships_partner_id_idx').on(t.partnerId),
    check('partnerships_not_oneself', sql`${t.requesterId} <> ${t.partnerId}`),
    // One open (requested or active) partnership per pair and group, whoever asked: a second
    // request, even sent at the same instant from both sides, is a duplicate.
    uniqueIndex('partnerships_open_pair_unique')
      .on(t.groupId, sql`least(${t.requesterId}, ${t.partnerId})`, sql`greatest(${t.requesterId}, ${t.partnerId})`)
      .where(sql`${t.status} in ('requested', 'active')`),
    uniqueIndex('partnerships_token_unique').on(t.token),
    check('partnerships_status_known', sql`${t.status} in ('requested', 'active', 'declined', 'ended')`),
  ],
);

/**
 * One-time codes that bridge a group to a second home chat on the other platform (`/group
 * bridge`). Only the code's SHA-256 is kept: a leaked table row cannot be typed into a chat.
 * Redeeming deletes the row (single use); one live code per group.
 */
export const groupBridgeCodes = pgTable(
  'group_bridge_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .unique('group_bridge_codes_group_id_unique')
      .references(() => groups.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
);
