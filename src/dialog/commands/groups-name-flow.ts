// The one question /group asks when the platform gave no chat title: the group's name.
import type { Flow } from '../flows/flow.js';
import { reply } from '../replies.js';
import { createGroup, GROUP_NAME_FLOW } from './groups.js';

export const groupNameFlow: Flow = {
  name: GROUP_NAME_FLOW,
  async onText(turn, _state, text) {
    await turn.clearState();
    return createGroup(turn, text);
  },
  onChoice: (turn) => Promise.resolve([reply(turn.t('button.expired'))]),
};
