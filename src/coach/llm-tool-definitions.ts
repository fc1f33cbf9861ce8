// The tools as the model sees them (OpenAI function-calling JSON Schema). The zod schemas in
// llm-tools.ts are the real gate: whatever the model sends is validated there.
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';

const date = { type: 'string', description: "The person's local date, YYYY-MM-DD. Omit for today." };
const habit = { type: 'string', description: "The habit's name, exactly as in the person's habit list." };

const tool = (name: string, description: string, properties: Record<string, unknown>, required: string[] = []): ChatCompletionFunctionTool => ({
  type: 'function',
  function: { name, description, parameters: { type: 'object', properties, required, additionalProperties: false } },
});

export const TOOL_DEFINITIONS: ChatCompletionFunctionTool[] = [
  tool(
    'log_habit',
    'Record that the person did a habit (kind "done"), or slipped on a habit they are breaking (kind "slip"). Only when they clearly say it happened.',
    {
      habit,
      kind: { type: 'string', enum: ['done', 'slip'] },
      quantity: { type: 'number', description: "How much, in the habit's unit (e.g. 20 for 20 pushups)." },
      date,
      note: { type: 'string' },
    },
    ['habit'],
  ),
  tool('skip_habit', 'Record a planned skip of a habit (sick, travelling, rest day). Keeps the streak.', { habit, reason: { type: 'string' }, date }, ['habit']),
  tool('undo_last', "Remove the person's most recent entry, when they ask to undo it.", {}),
  tool('get_stats', "The person's streaks, strength score, success rate and today's status, for one habit or all.", { habit }),
  tool(
    'create_habit',
    'Create a new habit for the person, when they ask for one.',
    {
      name: { type: 'string' },
      kind: { type: 'string', enum: ['build', 'break'] },
      frequency: {
        type: 'object',
        description: 'One of: {kind:"daily"}, {kind:"weekdays",days:[1..7, 1=Monday]}, {kind:"per_week",times}, {kind:"every_n_days",n}, {kind:"per_month",times}.',
      },
      target: {
        type: 'object',
        properties: { quantity: { type: 'number' }, unit: { type: 'string' }, direction: { type: 'string', enum: ['at_least', 'at_most'] } },
        required: ['quantity', 'unit'],
      },
    },
    ['name'],
  ),
];
