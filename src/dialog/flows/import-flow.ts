// "/import" alone: the next message is the export JSON.
import { offerImport, IMPORT_FLOW } from '../commands/data.js';
import { reply } from '../replies.js';
import type { Flow } from './flow.js';

export const importFlow: Flow = {
  name: IMPORT_FLOW,
  async onText(turn, _state, text) {
    if (!text.trimStart().startsWith('{')) return null;
    return offerImport(turn, text);
  },
  onChoice: (turn) => Promise.resolve([reply(turn.t('button.expired'))]),
};
