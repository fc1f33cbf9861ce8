// The zod schema of a habit's editable fields, shared by create and edit.
import { z } from 'zod';
import type { Frequency } from '../core/types.js';
import { localDateSchema, localTimeSchema, optionalTextSchema, weekdaySchema } from './schemas.js';

export const frequencySchema: z.ZodType<Frequency> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily') }),
  z.object({
    kind: z.literal('weekdays'),
    days: z.array(weekdaySchema).min(1).max(7).transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  }),
  z.object({ kind: z.literal('per_week'), times: z.number().int().min(1).max(7) }),
  z.object({ kind: z.literal('every_n_days'), n: z.number().int().min(1).max(365) }),
  z.object({ kind: z.literal('per_month'), times: z.number().int().min(1).max(31) }),
]);

/** A limit may be 0 ("at most 0 cigarettes"); an amount to reach must be more than 0. */
export const targetSchema = z.object({
  quantity: z.number().nonnegative().finite(),
  unit: z.string().trim().min(1).max(30),
  direction: z.enum(['at_least', 'at_most']).default('at_least'),
}).refine((target) => target.quantity > 0 || target.direction === 'at_most', { message: 'an amount to reach must be more than 0', path: ['quantity'] });

const synonymSchema = z.string().trim().min(1).max(60);

/** Every field a person can set on a habit. `category` is a name; it is created when new. */
export const habitFieldsSchema = z.object({
  name: z.string().trim().min(1).max(60),
  emoji: z.string().trim().max(16).nullish().transform((value) => (value ? value : null)),
  category: z.string().trim().max(40).nullish().transform((value) => (value ? value : null)),
  kind: z.enum(['build', 'break']),
  why: optionalTextSchema,
  identity: optionalTextSchema,
  frequency: frequencySchema,
  target: targetSchema.nullable(),
  twoMinuteVersion: optionalTextSchema,
  implementationIntention: optionalTextSchema,
  stackAnchor: optionalTextSchema,
  reminderTimes: z.array(localTimeSchema).max(12).transform((times) => [...new Set(times)].sort()),
  reminderDays: z.array(weekdaySchema).min(1).max(7).transform((days) => [...new Set(days)].sort((a, b) => a - b)).nullable(),
  synonyms: z.array(synonymSchema).max(30),
  multiplePerDay: z.boolean(),
  startDate: localDateSchema,
});

export const createHabitSchema = habitFieldsSchema.partial().required({ name: true }).strict();
export type CreateHabitInput = z.input<typeof createHabitSchema>;

export const editHabitSchema = habitFieldsSchema.partial().extend({ habitId: z.string().min(1) }).strict();
export type EditHabitInput = z.input<typeof editHabitSchema>;

/** Case, accents, punctuation and spacing do not make two names different. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
