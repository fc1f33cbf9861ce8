// The model's tools: one zod schema per tool is both the gate (llm-tools.ts validates every
// call with it) and, through zod's own JSON Schema output, what the model is shown. There is
// no second, hand-written copy to drift from the gate.
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { frequencySchema, targetSchema } from '../app/habit-input.js';
import { localDateSchema } from '../app/schemas.js';

const habitRef = z.string().trim().min(1).max(80).describe("The habit's name, exactly as in the person's habit list.");
const optionalNote = z.string().trim().max(500).nullish();
const date = localDateSchema.nullish().describe("The person's local date, YYYY-MM-DD. Omit for today.");

export const toolArgumentSchemas = {
  log_habit: z
    .object({
      habit: habitRef,
      kind: z.enum(['done', 'slip']).nullish(),
      quantity: z.number().finite().nonnegative().max(1_000_000).nullish().describe("How much, in the habit's unit (e.g. 20 for 20 pushups)."),
      date,
      note: optionalNote,
    })
    .strict(),
  skip_habit: z.object({ habit: habitRef, reason: optionalNote, date }).strict(),
  undo_last: z.object({}).strict(),
  get_stats: z.object({ habit: habitRef.nullish() }).strict(),
  create_habit: z
    .object({
      name: z.string().trim().min(1).max(60),
      kind: z.enum(['build', 'break']).nullish(),
      frequency: frequencySchema.nullish().describe('How often: daily; weekdays (1 = Monday); times per week; every n days; times per month.'),
      target: targetSchema.nullish(),
    })
    .strict(),
} as const;

export type ToolName = keyof typeof toolArgumentSchemas;

const DESCRIPTIONS: Record<ToolName, string> = {
  log_habit: 'Record that the person did a habit (kind "done"), or slipped on a habit they are breaking (kind "slip"). Only when they clearly say it happened.',
  skip_habit: 'Record a planned skip of a habit (sick, travelling, rest day). Keeps the streak.',
  undo_last: "Remove the person's most recent entry, when they ask to undo it.",
  get_stats: "The person's streaks, strength score, success rate and today's status, for one habit or all.",
  create_habit: 'Create a new habit for the person, when they ask for one.',
};

/** A tool's parameters as JSON Schema: what the model may send (the input side of the schema). */
export function toolParameters(name: ToolName): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(toolArgumentSchemas[name], { io: 'input' });
  return schema;
}

export const TOOL_DEFINITIONS: ChatCompletionFunctionTool[] = (Object.keys(toolArgumentSchemas) as ToolName[]).map((name) => ({
  type: 'function',
  function: { name, description: DESCRIPTIONS[name], parameters: toolParameters(name) },
}));
