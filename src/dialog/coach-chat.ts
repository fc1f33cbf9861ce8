// Connects the LLM coach's free chat to the conversation: what the rule parser could not
// read goes to the model, and any write it made is offered back with Undo buttons.
import type { CoachChat } from '../app/ports.js';
import { encodeButton } from './buttons.js';
import type { FreeTextHandler } from './deps.js';
import type { Button, Reply } from './messages.js';
import { createTranslator } from './i18n/index.js';

export function freeTextFromCoachChat(chat: CoachChat): FreeTextHandler {
  return async (user, text, options) => {
    const outcome = await chat.chat(user, text, { idempotencyKey: options.idempotencyKey });
    const t = createTranslator(user.locale);
    const undo: Button[] = (outcome.undo?.entryIds ?? []).slice(0, 3).map((entryId) => ({
      label: t('button.undo'),
      data: encodeButton({ action: 'undo', entryId }),
    }));
    const reply: Reply = undo.length > 0 ? { text: outcome.text, buttons: [undo] } : { text: outcome.text };
    return [reply];
  };
}
