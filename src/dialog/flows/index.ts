// Every multi-step flow by the name its state is saved under.
import { archiveConfirmed } from '../commands/habits.js';
import { deleteConfirmed, importNow } from '../commands/data.js';
import { linkConfirmed } from '../commands/link.js';
import { confirmLogFlow } from './confirm-log.js';
import { createConfirmFlow } from './confirm.js';
import type { Flow } from './flow.js';
import { goalFlow } from './goal-flow.js';
import { habitFlow } from './habit-flow.js';
import { importFlow } from './import-flow.js';
import { onboardingFlow } from './onboarding.js';
import { pauseFlow } from './pause-flow.js';
import { settingsFlow } from './settings.js';
import { reviewFlow } from '../commands/review.js';
import { commitFlow } from '../commands/groups-commit.js';
import { groupNameFlow } from '../commands/groups-name-flow.js';

const confirmFlow = createConfirmFlow({
  archive: (turn, data) => archiveConfirmed(turn, typeof data.habitId === 'string' ? data.habitId : ''),
  delete: (turn) => deleteConfirmed(turn),
  import: (turn, data) => importNow(turn, data.file),
  link: (turn, data) => linkConfirmed(turn, data.code),
});

export const FLOWS: Record<string, Flow> = Object.fromEntries(
  [onboardingFlow, habitFlow, settingsFlow, goalFlow, pauseFlow, importFlow, confirmLogFlow, confirmFlow, reviewFlow, commitFlow, groupNameFlow].map((flow) => [flow.name, flow]),
);
