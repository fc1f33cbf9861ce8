// One call to an OpenAI-compatible chat completions endpoint, with a hard deadline and no
// retries, and the answer validated with zod. Failures come back as a reason, never thrown.
import { APIConnectionTimeoutError, APIError, APIUserAbortError, type OpenAI } from 'openai';
import type { ChatCompletionFunctionTool, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';

export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export type ModelFailureReason = 'timeout' | 'api_error' | 'invalid_output';

export type ModelTurn =
  | { ok: true; content: string | null; toolCalls: ToolCall[] }
  /** `detail` is safe to log: a status code or an error class, never a key or a prompt. */
  | { ok: false; reason: ModelFailureReason; detail: Record<string, string | number> };

const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          tool_calls: z
            .array(z.object({ id: z.string().min(1), type: z.literal('function'), function: z.object({ name: z.string(), arguments: z.string() }) }))
            .nullish(),
        }),
      }),
    )
    .min(1),
});

export interface ModelRequest {
  client: OpenAI;
  model: string;
  messages: ChatCompletionMessageParam[];
  tools?: ChatCompletionFunctionTool[];
  /** Aborted when the overall deadline passes. */
  signal: AbortSignal;
  /** Milliseconds left before the deadline. */
  timeoutMs: number;
}

function failure(error: unknown, signal: AbortSignal): ModelTurn {
  if (signal.aborted || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) {
    return { ok: false, reason: 'timeout', detail: { error: error instanceof Error ? error.name : 'unknown' } };
  }
  if (error instanceof APIError) {
    return { ok: false, reason: 'api_error', detail: { error: error.name, status: typeof error.status === 'number' ? error.status : 0 } };
  }
  return { ok: false, reason: 'api_error', detail: { error: error instanceof Error ? error.name : 'unknown' } };
}

export async function callModel(request: ModelRequest): Promise<ModelTurn> {
  if (request.signal.aborted || request.timeoutMs <= 0) return { ok: false, reason: 'timeout', detail: { error: 'deadline' } };
  let raw: unknown;
  try {
    raw = await request.client.chat.completions.create(
      {
        model: request.model,
        messages: request.messages,
        ...(request.tools && request.tools.length > 0 ? { tools: request.tools, tool_choice: 'auto' as const } : {}),
        temperature: 0.7,
        max_tokens: 400,
      },
      { signal: request.signal, timeout: request.timeoutMs, maxRetries: 0 },
    );
  } catch (error) {
    return failure(error, request.signal);
  }
  const parsed = completionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid_output', detail: { error: 'malformed_completion' } };
  const message = parsed.data.choices[0]?.message;
  const toolCalls = (message?.tool_calls ?? []).map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments }));
  return { ok: true, content: message?.content ?? null, toolCalls };
}
