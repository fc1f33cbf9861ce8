// A person's conversation with the coach, kept bounded: the recent turns verbatim and a
// summary of everything older. When the turns grow past a limit, the oldest are folded
// into the summary (by the model when one answers in time, otherwise by plain truncation).
import type { ChatMemory, ChatTurn } from '../app/ports.js';

export interface MemoryLimits {
  /** Past this many turns, the oldest are summarized. */
  maxTurns: number;
  /** How many recent turns stay verbatim after summarizing. */
  keepTurns: number;
  /** Characters kept of one turn and of the summary. */
  maxTurnChars: number;
  maxSummaryChars: number;
}

export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { maxTurns: 16, keepTurns: 8, maxTurnChars: 1000, maxSummaryChars: 1200 };

/** Writes a summary of `previous` plus `turns`; null when it cannot (the plain fold is used). */
export type Summarize = (previous: string | null, turns: ChatTurn[]) => Promise<string | null>;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A summary without a model: the earlier messages, shortened, newest kept when too long. */
export function foldTurns(previous: string | null, turns: ChatTurn[], maxChars: number): string {
  const lines = turns.map((turn) => `${turn.role === 'user' ? 'Person' : 'Coach'}: ${clip(turn.text.replace(/\s+/g, ' '), 120)}`);
  const text = [previous, ...lines].filter(Boolean).join('\n');
  return text.length <= maxChars ? text : `…${text.slice(text.length - maxChars + 1)}`;
}

export function emptyMemory(now: Date): ChatMemory {
  return { summary: null, turns: [], updatedAt: now };
}

/** Adds one exchange, clipped; folding the overflow is a separate, slower step (foldOldest). */
export function appendExchange(memory: ChatMemory, exchange: { userText: string; reply: string; now: Date }, limits: MemoryLimits = DEFAULT_MEMORY_LIMITS): ChatMemory {
  const turns: ChatTurn[] = [
    ...memory.turns,
    { role: 'user', text: clip(exchange.userText, limits.maxTurnChars), at: exchange.now },
    { role: 'assistant', text: clip(exchange.reply, limits.maxTurnChars), at: exchange.now },
  ];
  return { summary: memory.summary, turns, updatedAt: exchange.now };
}

/** The oldest turns to fold into the summary, or none while the turns are within the limit. */
export function turnsToFold(memory: ChatMemory, limits: MemoryLimits = DEFAULT_MEMORY_LIMITS): ChatTurn[] {
  return memory.turns.length <= limits.maxTurns ? [] : memory.turns.slice(0, memory.turns.length - limits.keepTurns);
}

const sameTurn = (a: ChatTurn, b: ChatTurn): boolean => a.role === b.role && a.text === b.text && a.at.getTime() === b.at.getTime();

/**
 * Replaces `older` (still the first turns of `memory`) by a summary: the model's when given,
 * otherwise a plain fold. Null when the memory changed meanwhile (cleared, or folded already).
 */
export function foldInto(memory: ChatMemory, older: ChatTurn[], summarized: string | null, limits: MemoryLimits = DEFAULT_MEMORY_LIMITS): ChatMemory | null {
  if (older.length === 0 || older.length > memory.turns.length || !older.every((turn, index) => sameTurn(turn, memory.turns[index]!))) return null;
  const summary = summarized?.trim() ? clip(summarized.trim(), limits.maxSummaryChars) : foldTurns(memory.summary, older, limits.maxSummaryChars);
  return { summary, turns: memory.turns.slice(older.length), updatedAt: memory.updatedAt };
}

/** Adds one exchange and, when the turns overflow, folds the oldest into the summary (both steps at once). */
export async function remember(
  memory: ChatMemory,
  exchange: { userText: string; reply: string; now: Date },
  options: { limits?: MemoryLimits; summarize?: Summarize } = {},
): Promise<ChatMemory> {
  const limits = options.limits ?? DEFAULT_MEMORY_LIMITS;
  const appended = appendExchange(memory, exchange, limits);
  const older = turnsToFold(appended, limits);
  if (older.length === 0) return appended;
  const summarized = options.summarize ? await options.summarize(appended.summary, older).catch(() => null) : null;
  return foldInto(appended, older, summarized, limits) ?? appended;
}
