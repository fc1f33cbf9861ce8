// Button data: compact, versioned and validated. Telegram allows 64 bytes of callback
// data, so ids are packed (a UUID becomes 22 base64url characters) and every field is
// checked on the way back in: a stale or forged button gets a clear reply, never a crash.
import { z } from 'zod';
import type { EntryKind, LocalDate } from '../core/types.js';

/** Bumped when the layout changes; buttons of another version are refused politely. */
const VERSION = '1';
const SEPARATOR = ':';
export const MAX_BUTTON_DATA_BYTES = 64;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PACKED_UUID = /^~[A-Za-z0-9_-]{22}$/;

/** Packs an id for button data: UUIDs shrink to '~' + 22 characters, other ids pass unchanged. */
export function packId(id: string): string {
  if (!UUID.test(id)) return id;
  return `~${Buffer.from(id.replaceAll('-', ''), 'hex').toString('base64url')}`;
}

export function unpackId(packed: string): string {
  if (!PACKED_UUID.test(packed)) return packed;
  const hex = Buffer.from(packed.slice(1), 'base64url').toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const packDate = (date: LocalDate): string => date.replaceAll('-', '');
const unpackDate = (packed: string): LocalDate => `${packed.slice(0, 4)}-${packed.slice(4, 6)}-${packed.slice(6, 8)}`;
const KIND_CODES: Record<EntryKind, string> = { done: 'd', skip: 's', slip: 'x' };
const kindFromCode = (code: string): EntryKind | undefined =>
  (Object.entries(KIND_CODES).find(([, value]) => value === code)?.[0] as EntryKind | undefined);

/** Everything a button can ask for. */
export type ButtonAction =
  /**
   * Log an entry for a habit (from /today, or a candidate of an ambiguous message). `inPlace`:
   * the button answers a question, so the reply replaces the message (not so under a list).
   */
  | { action: 'log'; habitId: string; kind: EntryKind; date: LocalDate; quantity: number | null; inPlace?: boolean }
  /** Undo the entry the echo was about. */
  | { action: 'undo'; entryId: string }
  /**
   * One of the Undo buttons under a coach reply (one per entry it wrote or habit it created).
   * Its answer comes below, so the reply's other Undo buttons stay usable.
   */
  | { action: 'undo_coach'; target: 'entry' | 'habit'; id: string }
  /** Undo a goal progress increment. */
  | { action: 'undo_progress'; progressId: string }
  /** Undo a correction: give the entry back the day and quantity it had before. */
  | { action: 'undo_correction'; entryId: string; date: LocalDate; quantity: number | null }
  /** Answer to the pending confirmation of the active flow (backdate, delete, import...). */
  | { action: 'confirm'; answer: 'yes' | 'no' }
  /** A choice inside the active flow (frequency, personality, optional field...). */
  | { action: 'choose'; value: string }
  /** Pick a habit for a command that needs one (/edit, /archive, /pause). `inPlace` as for 'log'. */
  | { action: 'pick'; command: string; habitId: string; inPlace?: boolean }
  /** Snooze a reminder: re-deliver its local slot ('YYYYMMDDTHHmm') once, 30 minutes later (jobs engineer; additive). */
  | { action: 'snooze'; habitId: string; slot: string };

const ID = z.string().min(1).max(40);
const DATE = z.string().regex(/^\d{8}$/);
const WORD = z.string().regex(/^[A-Za-z0-9_.+-]{1,24}$/);
const SLOT = z.string().regex(/^\d{8}T\d{4}$/);

export function encodeButton(action: ButtonAction): string {
  const parts: string[] = [VERSION];
  switch (action.action) {
    case 'log':
      // An upper-case code marks a button that answers a question (its reply edits in place).
      parts.push(action.inPlace ? 'L' : 'l', packId(action.habitId), KIND_CODES[action.kind], packDate(action.date));
      if (action.quantity !== null) parts.push(String(action.quantity));
      break;
    case 'undo': parts.push('u', packId(action.entryId)); break;
    case 'undo_coach': parts.push(action.target === 'entry' ? 'e' : 'h', packId(action.id)); break;
    case 'undo_progress': parts.push('p', packId(action.progressId)); break;
    case 'undo_correction':
      parts.push('r', packId(action.entryId), packDate(action.date));
      if (action.quantity !== null) parts.push(String(action.quantity));
      break;
    case 'confirm': parts.push('y', action.answer === 'yes' ? '1' : '0'); break;
    case 'choose': parts.push('c', action.value); break;
    case 'pick': parts.push(action.inPlace ? 'K' : 'k', action.command, packId(action.habitId)); break;
    case 'snooze': parts.push('z', packId(action.habitId), action.slot); break;
  }
  const data = parts.join(SEPARATOR);
  if (Buffer.byteLength(data) > MAX_BUTTON_DATA_BYTES) throw new Error(`button data too long: ${data}`);
  return data;
}

/** Reads button data back; null when it is not ours, of another version, or malformed. */
export function decodeButton(data: string): ButtonAction | null {
  if (Buffer.byteLength(data) > MAX_BUTTON_DATA_BYTES) return null;
  const [version, code, ...args] = data.split(SEPARATOR);
  if (version !== VERSION) return null;
  switch (code) {
    case 'l':
    case 'L': {
      const [habit, kindCode, date, quantity] = args;
      const kind = kindFromCode(kindCode ?? '');
      if (!ID.safeParse(habit).success || !kind || !DATE.safeParse(date).success) return null;
      const amount = quantity === undefined ? null : Number(quantity);
      if (amount !== null && (!Number.isFinite(amount) || amount < 0)) return null;
      if (args.length > 4) return null;
      return { action: 'log', habitId: unpackId(habit!), kind, date: unpackDate(date!), quantity: amount, ...(code === 'L' ? { inPlace: true } : {}) };
    }
    case 'u':
      return args.length === 1 && ID.safeParse(args[0]).success ? { action: 'undo', entryId: unpackId(args[0]!) } : null;
    case 'e':
    case 'h':
      return args.length === 1 && ID.safeParse(args[0]).success ? { action: 'undo_coach', target: code === 'e' ? 'entry' : 'habit', id: unpackId(args[0]!) } : null;
    case 'p':
      return args.length === 1 && ID.safeParse(args[0]).success ? { action: 'undo_progress', progressId: unpackId(args[0]!) } : null;
    case 'r': {
      const [entry, date, quantity] = args;
      if (args.length > 3 || !ID.safeParse(entry).success || !DATE.safeParse(date).success) return null;
      const amount = quantity === undefined ? null : Number(quantity);
      if (amount !== null && (!Number.isFinite(amount) || amount < 0)) return null;
      return { action: 'undo_correction', entryId: unpackId(entry!), date: unpackDate(date!), quantity: amount };
    }
    case 'y':
      return args.length === 1 && (args[0] === '1' || args[0] === '0') ? { action: 'confirm', answer: args[0] === '1' ? 'yes' : 'no' } : null;
    case 'c':
      return args.length === 1 && WORD.safeParse(args[0]).success ? { action: 'choose', value: args[0]! } : null;
    case 'k':
    case 'K':
      return args.length === 2 && WORD.safeParse(args[0]).success && ID.safeParse(args[1]).success
        ? { action: 'pick', command: args[0]!, habitId: unpackId(args[1]!), ...(code === 'K' ? { inPlace: true } : {}) }
        : null;
    case 'z':
      return args.length === 2 && ID.safeParse(args[0]).success && SLOT.safeParse(args[1]).success
        ? { action: 'snooze', habitId: unpackId(args[0]!), slot: args[1]! }
        : null;
    default:
      return null;
  }
}
