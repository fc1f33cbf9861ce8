// zod schemas for the values use cases accept from the outside (dialog, adapters, import files).
import { z } from 'zod';
import { isValidLocalDate, isValidTimeZone } from '../core/day.js';
import { LOCALES, PERSONALITIES } from '../core/types.js';

export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => isValidLocalDate(value), 'not a real calendar date');

export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');

export const weekdaySchema = z.union([
  z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7),
]);

/** "UTC+3", "GMT-5", "+03:00": whole-hour offsets become the IANA Etc zones (whose signs are inverted). */
function offsetZone(value: string): string | null {
  const match = /^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?00)?$/i.exec(value);
  if (!match) return /^(UTC|GMT|Z)$/i.test(value) ? 'UTC' : null;
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}

/** An IANA zone ("Europe/Lisbon") or a whole-hour UTC offset ("UTC+3"), stored as an IANA name. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .transform((value, ctx) => {
    const zone = offsetZone(value) ?? value;
    if (!isValidTimeZone(zone)) {
      ctx.addIssue({ code: 'custom', message: `unknown time zone "${value}"` });
      return z.NEVER;
    }
    return zone;
  });

/** Row ids are uuids (any version); import files must carry them. */
export const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a uuid');
export const localeSchema = z.enum(LOCALES);
export const personalitySchema = z.enum(PERSONALITIES);
export const shortTextSchema = z.string().trim().min(1).max(500);
/** Optional free text: empty or whitespace means "none". */
export const optionalTextSchema = z
  .string()
  .trim()
  .max(500)
  .nullish()
  .transform((value) => (value ? value : null));
