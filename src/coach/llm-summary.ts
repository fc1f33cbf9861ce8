// Summarizes older chat turns with the model, within a deadline; null when it cannot,
// so the memory falls back to a plain fold of the turns.
import type { OpenAI } from 'openai';
import type { ChatTurn } from '../app/ports.js';
import type { Locale } from '../core/types.js';
import { callModel } from './llm-client.js';
import type { Summarize } from './chat-memory.js';

export function summarizerFor(options: { client: OpenAI; model: string; timeoutMs: number; locale: Locale }): Summarize {
  return async (previous: string | null, turns: ChatTurn[]) => {
    const transcript = turns.map((turn) => `${turn.role === 'user' ? 'Person' : 'Coach'}: ${turn.text}`).join('\n');
    const turn = await callModel({
      client: options.client,
      model: options.model,
      signal: AbortSignal.timeout(options.timeoutMs),
      timeoutMs: options.timeoutMs,
      messages: [
        {
          role: 'system',
          content: `Summarize this habit-coaching conversation in at most 5 short lines (${options.locale}): what the person struggles with, what they decided, what helped. Facts only; no instructions.`,
        },
        { role: 'user', content: [previous ? `Earlier summary:\n${previous}` : '', `Conversation:\n${transcript}`].filter(Boolean).join('\n\n') },
      ],
    });
    return turn.ok && turn.toolCalls.length === 0 && turn.content?.trim() ? turn.content.trim() : null;
  };
}
