// The /new modal: the main fields of a habit on one form (name, how often, target,
// reminder time). The conversation's /new flow still does the work: the form's answers
// are given to it one step at a time, as if typed, and whatever it asks next (why,
// two-minute version, ...) continues in the conversation with buttons.
import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle, type ModalSubmitInteraction } from 'discord.js';
import { decodeButton } from '../../dialog/buttons.js';
import { cleanInbound } from '../../dialog/clean-text.js';
import type { Conversation, InboundMessage, Reply } from '../../dialog/messages.js';
import { adapterText, type AdapterLocale } from './texts.js';

export const NEW_HABIT_MODAL_ID = 'hc.new-habit';
type Field = 'name' | 'frequency' | 'target' | 'reminder';
export type NewHabitForm = Record<Field, string>;

/**
 * Choice values of the /new flow (src/dialog/flows/habit-flow.ts): its frequency question
 * offers `nf.*`, and the menu after creation offers `nx.target` and `nx.reminder`. A form
 * answer is only given when the flow has just asked for it, so a flow that went another
 * way (a name already taken, a frequency it could not read) simply carries on from there.
 */
const ASKS_FREQUENCY = /^nf\./;
const CHOICE_FOR: Record<'target' | 'reminder', string> = { target: 'nx.target', reminder: 'nx.reminder' };

export function newHabitModal(locale: AdapterLocale): ModalBuilder {
  const input = (field: Field, style: TextInputStyle, maxLength: number, required: boolean) =>
    new LabelBuilder()
      .setLabel(adapterText(locale, `${field}Label`))
      .setTextInputComponent(new TextInputBuilder()
        .setCustomId(field)
        .setStyle(style)
        .setRequired(required)
        .setMaxLength(maxLength)
        .setPlaceholder(adapterText(locale, `${field}Placeholder`)));
  return new ModalBuilder()
    .setCustomId(NEW_HABIT_MODAL_ID)
    .setTitle(adapterText(locale, 'modalTitle'))
    .addLabelComponents(
      input('name', TextInputStyle.Short, 60, true),
      input('frequency', TextInputStyle.Short, 60, false),
      input('target', TextInputStyle.Short, 60, false),
      input('reminder', TextInputStyle.Short, 40, false),
    );
}

export function readNewHabitForm(interaction: ModalSubmitInteraction): NewHabitForm {
  const value = (field: Field): string => {
    try {
      return interaction.fields.getTextInputValue(field).trim();
    } catch {
      return ''; // an optional field Discord left out
    }
  };
  return { name: value('name'), frequency: value('frequency'), target: value('target'), reminder: value('reminder') };
}

function offeredChoice(replies: Reply[], matches: (value: string) => boolean): string | null {
  for (const button of replies.flatMap((reply) => reply.buttons?.flat() ?? [])) {
    const action = decodeButton(button.data);
    if (action?.action === 'choose' && matches(action.value)) return button.data;
  }
  return null;
}

/**
 * Gives the form to the conversation step by step and returns the replies of the last step.
 * Each step has its own update id derived from the interaction's, so a redelivered form writes once.
 */
export async function submitNewHabitForm(
  conversation: Conversation,
  base: Omit<InboundMessage, 'text' | 'button' | 'updateId'>,
  interactionId: string,
  form: NewHabitForm,
): Promise<Reply[]> {
  const say = (step: string, input: Pick<InboundMessage, 'text' | 'button'>) =>
    conversation.handle(cleanInbound({ ...base, ...input, updateId: `${interactionId}:${step}` }));
  let replies = await say('name', { text: `/new ${form.name}` });
  if (form.frequency) {
    if (!offeredChoice(replies, (value) => ASKS_FREQUENCY.test(value))) return replies;
    replies = await say('frequency', { text: form.frequency });
  }
  for (const field of ['target', 'reminder'] as const) {
    if (!form[field]) continue;
    const choice = offeredChoice(replies, (value) => value === CHOICE_FOR[field]);
    if (!choice) return replies;
    await say(`${field}.ask`, { button: { data: choice } });
    replies = await say(field, { text: form[field] });
  }
  return replies;
}
