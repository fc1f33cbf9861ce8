// Button data: compact, versioned and validated. Telegram allows 64 bytes of callback
// data, so ids are packed (a UUID becomes 22 base64url characters) and every field is
// checked on the way back in: a stale or forged button gets a clear reply, never a crash.
//
// Anyone can send any button data, so none of it is trusted beyond what the presser could do
// by typing: every id is looked up among the presser's own rows (someone else's is "not
// found"); undo_correction names a stored correction row instead of a day and an amount;
// confirm and choose act on the presser's own flow state and carry its token; the day,
// amount and kind of a log button go through the same checks as a typed log (no future days,
// a backdate past 7 days asks first); a snooze slot only ever re-sends the presser's own
// reminder once, and not once its time is past.
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
  /**
   * Undo a correction: give the entry back the day and quantity it had before. The button names
   * the stored correction row (the presser's own), never the day or quantity: a forged payload
   * cannot move an entry anywhere.
   */
  | { action: 'undo_correction'; correctionId: string }
  /**
   * Answer to the pending confirmation of the active flow (backdate, delete, import, link...).
   * `flow`: the start of the flow state's token when the question was asked (stampFlowButtons),
   * so a Yes from an earlier question (or someone else's) never answers the one now pending.
   */
  | { action: 'confirm'; answer: 'yes' | 'no'; flow?: string }
  /** A choice inside the active flow (frequency, personality, optional field...); `flow` as for confirm. */
  | { action: 'choose'; value: string; flow?: string }
  /** Pick a habit for a command that needs one (/edit, /archive, /pause). `inPlace` as for 'log'. */
  | { action: 'pick'; command: string; habitId: string; inPlace?: boolean }
  /** Snooze a reminder: re-deliver its local slot ('YYYYMMDDTHHmm') once, 30 minutes later (jobs engineer; additive). */
  | { action: 'snooze'; habitId: string; slot: string }
  /**
   * A group's buttons (groups engineer; additive): join the group (its id), adopt a commitment
   * (its id), or an admin removing a member (their user id). Each is checked against the chat it
   * was pressed in and the presser: nobody acts for someone else.
   */
  | { action: 'group'; op: GroupButtonOp; id: string }
  /**
   * A partner request's Accept / Decline (`id`: the request's token) or End (`id`: the
   * partnership). Each works only for the person it is for (partners engineer; additive).
   */
  | { action: 'partner'; op: PartnerButtonOp; id: string };

export const PARTNER_BUTTON_OPS = { accept: 'a', decline: 'd', end: 'e' } as const;
export type PartnerButtonOp = keyof typeof PARTNER_BUTTON_OPS;

export const GROUP_BUTTON_OPS = { join: 'j', adopt: 'a', remove: 'x' } as const;
export type GroupButtonOp = keyof typeof GROUP_BUTTON_OPS;

const ID = z.string().min(1).max(40);
const DATE = z.string().regex(/^\d{8}$/);
const WORD = z.string().regex(/^[A-Za-z0-9_.+-]{1,24}$/);
const SLOT = z.string().regex(/^\d{8}T\d{4}$/);
/** The first characters of a flow state's token (a UUID): enough to tell questions apart. */
export const FLOW_TOKEN_LENGTH = 8;
const FLOW_TOKEN = /^[0-9a-f]{8}$/;

/** The part of a flow state's token that its buttons carry. */
export function flowTokenOf(token: string): string {
  return token.replaceAll('-', '').slice(0, FLOW_TOKEN_LENGTH).toLowerCase();
}

/**
 * Gives the active flow's buttons (confirm, choose) the token of the state they answer. Done
 * once for all replies of a message, after the flow has saved its state, so the question
 * builders need not know it.
 */
/** True when some reply has a flow button (confirm, choose) still without its token. */
export function needsFlowToken(replies: { buttons?: { data: string }[][] }[]): boolean {
  return replies.some((reply) => reply.buttons?.some((row) => row.some((button) => {
    const action = decodeButton(button.data);
    return (action?.action === 'confirm' || action?.action === 'choose') && !action.flow;
  })));
}

export function stampFlowButtons<R extends { buttons?: { label: string; data: string }[][] }>(replies: R[], token: string): R[] {
  const flow = flowTokenOf(token);
  return replies.map((reply) => {
    if (!reply.buttons) return reply;
    const buttons = reply.buttons.map((row) => row.map((button) => {
      const action = decodeButton(button.data);
      if (!action || (action.action !== 'confirm' && action.action !== 'choose') || action.flow) return button;
      return { ...button, data: encodeButton({ ...action, flow }) };
    }));
    return { ...reply, buttons };
  });
}

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
    case 'undo_correction': parts.push('r', packId(action.correctionId)); break;
    case 'confirm': parts.push('y', action.answer === 'yes' ? '1' : '0', ...(action.flow ? [action.flow] : [])); break;
    case 'choose': parts.push('c', action.value, ...(action.flow ? [action.flow] : [])); break;
    case 'pick': parts.push(action.inPlace ? 'K' : 'k', action.command, packId(action.habitId)); break;
    case 'snooze': parts.push('z', packId(action.habitId), action.slot); break;
    case 'group': parts.push('g', GROUP_BUTTON_OPS[action.op], packId(action.id)); break;
    case 'partner': parts.push('P', PARTNER_BUTTON_OPS[action.op], packId(action.id)); break;
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
    case 'r':
      return args.length === 1 && ID.safeParse(args[0]).success ? { action: 'undo_correction', correctionId: unpackId(args[0]!) } : null;
    case 'y': {
      const [answer, flow] = args;
      if (args.length > 2 || (answer !== '1' && answer !== '0') || (flow !== undefined && !FLOW_TOKEN.test(flow))) return null;
      return { action: 'confirm', answer: answer === '1' ? 'yes' : 'no', ...(flow ? { flow } : {}) };
    }
    case 'c': {
      const [value, flow] = args;
      if (args.length > 2 || !WORD.safeParse(value).success || (flow !== undefined && !FLOW_TOKEN.test(flow))) return null;
      return { action: 'choose', value: value!, ...(flow ? { flow } : {}) };
    }
    case 'k':
    case 'K':
      return args.length === 2 && WORD.safeParse(args[0]).success && ID.safeParse(args[1]).success
        ? { action: 'pick', command: args[0]!, habitId: unpackId(args[1]!), ...(code === 'K' ? { inPlace: true } : {}) }
        : null;
    case 'z':
      return args.length === 2 && ID.safeParse(args[0]).success && SLOT.safeParse(args[1]).success
        ? { action: 'snooze', habitId: unpackId(args[0]!), slot: args[1]! }
        : null;
    case 'g': {
      const op = (Object.keys(GROUP_BUTTON_OPS) as GroupButtonOp[]).find((name) => GROUP_BUTTON_OPS[name] === args[0]);
      return args.length === 2 && op && ID.safeParse(args[1]).success ? { action: 'group', op, id: unpackId(args[1]!) } : null;
    }
    case 'P': {
      const op = (Object.keys(PARTNER_BUTTON_OPS) as PartnerButtonOp[]).find((name) => PARTNER_BUTTON_OPS[name] === args[0]);
      return args.length === 2 && op && ID.safeParse(args[1]).success ? { action: 'partner', op, id: unpackId(args[1]!) } : null;
    }
    default:
      return null;
  }
}
