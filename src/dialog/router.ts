// Decides who answers a message: a pressed button, a /command, the active flow, or the
// free-text reader (logs, questions, greetings). A command always wins over a flow: it
// leaves the flow, and /cancel (or "cancel") leaves it without doing anything else.
import type { DialogState } from '../app/ports.js';
import { ownValue } from '../core/own.js';
import { decodeButton, flowTokenOf } from './buttons.js';
import { undoCoachHabit } from './coach-chat.js';
import { COMMANDS, PICKERS, PRIVATE_DATA_COMMANDS, commandName } from './commands/index.js';
import { importDocument } from './commands/data.js';
import { answerPrivately } from './private-data.js';
import { FLOWS } from './flows/index.js';
import { startOnboarding } from './flows/onboarding.js';
import { handleFreeText } from './free-text.js';
import { logFromButton, undoCorrection, undoEntry } from './commands/logging.js';
import { undoGoalProgress } from './commands/goals.js';
import { snoozeFromButton } from './reminders.js';
import { groupButton } from './commands/groups-buttons.js';
import { partnerButton } from './commands/partners.js';
import { pickOption, rememberMenu, savedMenu, typesChoices } from './menu.js';
import type { Reply } from './messages.js';
import { normalizeAnswer, reply } from './replies.js';
import type { Turn } from './turn.js';
import { wordsOf } from './i18n/words/index.js';

const CANCEL_WORDS = wordsOf('cancel');
const MAX_TEXT = 4000;

export function isCommand(text: string | undefined): boolean {
  return /^\/[a-z]/i.test(text?.trim() ?? '');
}

/** "/new@HabitBot gym" -> { name: 'new', args: 'gym' } */
export function readCommand(text: string): { name: string; args: string } | null {
  const match = /^\/([a-z][a-z0-9_-]*)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!match) return null;
  return { name: normalizeAnswer(match[1]!).replace(/-/g, '_'), args: (match[2] ?? '').trim() };
}

async function leaveFlow(turn: Turn, state: DialogState): Promise<void> {
  await ownValue(FLOWS, state.flow)?.onLeave?.(turn, state);
  await turn.clearState();
}

export async function route(turn: Turn): Promise<Reply[]> {
  const replies = await answer(turn);
  await rememberMenu(turn, replies);
  return replies;
}

async function answer(turn: Turn): Promise<Reply[]> {
  const { message, t } = turn;
  if (message.button) return routeButton(turn, message.button.data);
  const text = (message.text ?? message.attachment?.caption ?? '').trim();
  // A file sent on its own is an export coming back.
  if (text === '' && message.document) return answerPrivately(turn, importDocument);
  if (message.unreadableText && !message.attachment) return [reply(t('input.unreadable'))];
  if (text === '') return [reply(message.attachment ? t('input.photo_only') : t('input.empty'))];
  if (text.length > MAX_TEXT) return [reply(t('input.too_long', { max: MAX_TEXT }))];

  const state = await turn.state();
  const command = isCommand(text) ? readCommand(text) : null;
  if (command) {
    const cancel = command.name === 'cancel' || CANCEL_WORDS.has(command.name);
    const kept = state && !cancel ? ownValue(FLOWS, state.flow) : undefined;
    if (state && !kept?.afterCommand) await leaveFlow(turn, state);
    if (cancel) return [reply(state ? t('flow.cancelled') : t('flow.nothing_to_cancel'))];
    const handler = ownValue(COMMANDS, command.name);
    if (!handler) return [reply(t('command.unknown', { command: command.name }))];
    // /export, /import and /delete asked in a group answer privately (private-data.ts).
    const replies = PRIVATE_DATA_COMMANDS.has(handler) ? await answerPrivately(turn, (where) => handler(where, command.args)) : await handler(turn, command.args);
    return state && kept?.afterCommand ? kept.afterCommand(turn, state, commandName(command.name), replies) : replies;
  }
  if (state) {
    if (CANCEL_WORDS.has(normalizeAnswer(text))) {
      await leaveFlow(turn, state);
      return [reply(t('flow.cancelled'))];
    }
    // A typed choice of the menu the flow's question showed (kept with the state, so it
    // survives a restart); a key that names no option is refused, never read as an answer.
    if (typesChoices(turn)) {
      const pick = pickOption(text, savedMenu(state.data));
      // Typed, so the answer is a new message below it, not an edit of the question.
      if (pick && 'option' in pick) return (await routeButton(turn, pick.option.data)).map(({ editsPrevious: _edit, ...typed }) => typed);
      if (pick) return [reply(t('menu.no_such_option', { text, range: pick.noSuchOption }))];
    }
    const flow = ownValue(FLOWS, state.flow);
    // The same "yes" typed twice, or sent twice at once: one of them answers.
    const claimed = flow ? await turn.claimState(state) : null;
    if (flow && !claimed) return [reply(t('flow.already_done'))];
    const answered = flow && claimed ? await answerClaimed(turn, claimed, () => flow.onText(turn, claimed, text)) : null;
    if (answered) return answered;
    // Not an answer to the flow's question: the flow ends and the text is read as usual.
    await leaveFlow(turn, state);
  }
  // Never in a group: the setup's questions are private, and the group's messages are not answers to them.
  if (!turn.user.onboardedAt && turn.message.chat.kind !== 'group') return startOnboarding(turn);
  return handleFreeText(turn, text);
}

/**
 * A pressed button that answers a question (a flow's choice, a confirmation, a picker, Undo)
 * replaces the message it was pressed on: the choice is made and its buttons go. The first
 * reply edits; any others follow as new messages. Images and files cannot replace text.
 */
function inPlace(replies: Reply[]): Reply[] {
  const [first, ...rest] = replies;
  if (!first || first.image || first.file) return replies;
  return [{ ...first, editsPrevious: true }, ...rest];
}

/** Handles a claimed step's answer; a step the flow stayed on can then be answered again. */
async function answerClaimed<T>(turn: Turn, claimed: DialogState, answer: () => Promise<T>): Promise<T> {
  try {
    return await answer();
  } finally {
    await turn.releaseState(claimed);
  }
}

async function routeButton(turn: Turn, data: string): Promise<Reply[]> {
  const { t } = turn;
  const action = decodeButton(data);
  if (!action) return [reply(t('button.invalid'))];
  switch (action.action) {
    // Done under a list (/today, a reminder) answers below it, so the list stays in view.
    case 'log': {
      const replies = await logFromButton(turn, action);
      return action.inPlace ? inPlace(replies) : replies;
    }
    case 'undo': return inPlace(await undoEntry(turn, action.entryId));
    case 'undo_coach': return action.target === 'entry' ? undoEntry(turn, action.id) : undoCoachHabit(turn, action.id);
    case 'undo_progress': return inPlace(await undoGoalProgress(turn, action.progressId));
    case 'undo_correction': return inPlace(await undoCorrection(turn, action));
    case 'snooze': return snoozeFromButton(turn, action);
    case 'group': return groupButton(turn, action);
    case 'partner': return partnerButton(turn, action);
    case 'pick': {
      const picker = ownValue(PICKERS, action.command);
      const replies = picker ? await picker(turn, action.habitId) : [reply(t('button.invalid'))];
      return action.inPlace ? inPlace(replies) : replies;
    }
    case 'choose':
    case 'confirm': {
      const state = await turn.state();
      const flow = state ? ownValue(FLOWS, state.flow) : undefined;
      if (!state || !flow) return inPlace([reply(t('button.expired'))]);
      // A Yes carries the question it answers: from an earlier question (or someone else's
      // message) it answers nothing. Choices are namespaced by step, so old ones without a
      // token (a review question sent by the worker) are still read by their flow.
      if (action.action === 'confirm' ? action.flow !== flowTokenOf(state.token) : action.flow && action.flow !== flowTokenOf(state.token)) {
        return inPlace([reply(t('button.expired'))]);
      }
      // Two presses of one button (Discord does not serialize them, nor do replicas): one acts.
      const claimed = await turn.claimState(state);
      if (!claimed) return inPlace([reply(t('flow.already_done'))]);
      if (action.action === 'choose') return inPlace(await answerClaimed(turn, claimed, () => flow.onChoice(turn, claimed, action.value)));
      return inPlace(flow.onConfirm ? await answerClaimed(turn, claimed, () => flow.onConfirm!(turn, claimed, action.answer === 'yes')) : [reply(t('button.expired'))]);
    }
  }
}
