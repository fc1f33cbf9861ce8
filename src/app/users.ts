// People: first contact, settings, onboarding and "what day is it for them".
import { z } from 'zod';
import { localDateOf } from '../core/day.js';
import { DEFAULT_LOCALE, LANGUAGES, localeFromHint } from '../core/languages.js';
import { PLATFORMS, type LocalDate, type Locale, type User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { parseInput, type InvalidInput } from './outcome.js';
import type { UserPatch } from './ports.js';
import {
  localeSchema, localTimeSchema, personalitySchema, timeZoneSchema, weekdaySchema,
} from './schemas.js';

export const identitySchema = z.object({
  platform: z.enum(PLATFORMS),
  externalId: z.string().trim().min(1).max(200),
  displayName: z.string().trim().min(1).max(100).optional(),
  localeHint: z.string().trim().max(35).optional(),
});
export type Identity = z.input<typeof identitySchema>;

export type EnsureUserOutcome = { ok: true; user: User; created: boolean } | InvalidInput;

/** The language a platform hint names ('pt_PT' -> pt-BR, 'es-419' -> es); English when it names none we speak. */
export function guessLocale(hint?: string | null): Locale {
  return localeFromHint(hint) ?? DEFAULT_LOCALE;
}

/**
 * The zone a new person starts in until onboarding asks: the deployment's DEFAULT_TIME_ZONE when
 * it is a valid zone; without one, the language's usual zone (Brazil for Portuguese, Mexico City
 * for Spanish, UTC for English).
 */
export function startingZone(locale: Locale, configured?: string): string {
  const zone = configured ? timeZoneSchema.safeParse(configured) : null;
  if (zone?.success) return zone.data;
  return LANGUAGES[locale].defaultTimeZone;
}

/** Finds the person behind a platform identity, creating them on first contact. */
export async function ensureUser(deps: AppDeps, identity: Identity): Promise<EnsureUserOutcome> {
  const parsed = parseInput(identitySchema, identity);
  if (!parsed.ok) return parsed;
  const { platform, externalId, displayName, localeHint } = parsed.value;
  const existing = await deps.repos.users.findByIdentity(platform, externalId);
  if (existing) return { ok: true, user: existing, created: false };
  const locale = guessLocale(localeHint);
  try {
    const user = await deps.repos.users.create(
      { platform, externalId },
      { displayName: displayName ?? externalId, locale, timeZone: startingZone(locale, deps.defaultTimeZone) },
    );
    return { ok: true, user, created: true };
  } catch (error) {
    // Two first messages raced: the other one created the person.
    const raced = await deps.repos.users.findByIdentity(platform, externalId);
    if (raced) return { ok: true, user: raced, created: false };
    throw error;
  }
}

export const settingsSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100),
    timeZone: timeZoneSchema,
    locale: localeSchema,
    dayStartHour: z.number().int().min(0).max(23),
    personality: personalitySchema,
    quietHours: z.object({ start: localTimeSchema, end: localTimeSchema }).nullable(),
    weekStart: z.union([z.literal(1), z.literal(7)]),
    eveningNudgeEnabled: z.boolean(),
    eveningNudgeTime: localTimeSchema.nullable(),
    weeklyReviewEnabled: z.boolean(),
    reviewDay: weekdaySchema.nullable(),
    reviewTime: localTimeSchema.nullable(),
    shareStats: z.boolean(),
  })
  .partial()
  .strict();
export type SettingsInput = z.input<typeof settingsSchema>;

export type UpdateSettingsOutcome = { ok: true; user: User } | { ok: false; error: 'unknown_user' } | InvalidInput;

/** Changes any of the person's settings; an invalid value changes nothing. */
export async function updateSettings(deps: AppDeps, user: Pick<User, 'id'>, settings: SettingsInput): Promise<UpdateSettingsOutcome> {
  const parsed = parseInput(settingsSchema, settings);
  if (!parsed.ok) return parsed;
  const patch: UserPatch = parsed.value;
  const updated = await deps.repos.users.update(user.id, patch);
  return updated ? { ok: true, user: updated } : { ok: false, error: 'unknown_user' };
}

/** Marks onboarding done (skipping counts), applying whatever settings it gathered. */
export async function completeOnboarding(
  deps: AppDeps,
  user: Pick<User, 'id'>,
  settings: SettingsInput = {},
): Promise<UpdateSettingsOutcome> {
  const parsed = parseInput(settingsSchema, settings);
  if (!parsed.ok) return parsed;
  const updated = await deps.repos.users.update(user.id, { ...parsed.value, onboardedAt: deps.clock.now() });
  return updated ? { ok: true, user: updated } : { ok: false, error: 'unknown_user' };
}

/** The person's current local date: their zone, shifted by their day-start hour. */
export function userToday(user: Pick<User, 'timeZone' | 'dayStartHour'>, now: Date): LocalDate {
  return localDateOf(now, user.timeZone, user.dayStartHour);
}
