// When a group's scheduled posts fire, from the group's own clock (zone, recap day and time),
// and the group's activity: a member speaking in a home chat keeps its posts coming.
import { nextGroupWeeklySlot } from '../core/group-schedule.js';
import type { After } from '../core/reminders.js';
import type { Platform } from '../core/types.js';
import type { Clock, GroupActivityRepository, GroupClock, GroupScheduleKind } from './ports.js';

/** The next slot of a group's kind after `after`, or null when nothing will fire. */
export function nextGroupDelivery(kind: GroupScheduleKind, group: GroupClock, after: After): { at: Date; slot: string } | null {
  switch (kind) {
    case 'group_recap': {
      const slot = nextGroupWeeklySlot({ zone: group.timeZone, day: group.recapDay, time: group.recapTime }, after);
      return slot ? { at: slot.at, slot: slot.key } : null;
    }
  }
}

/**
 * Someone spoke in a chat: when it is a group's home chat, the group is active again (a group
 * quiet for four weeks gets no posts until then). The integrator calls this for every inbound
 * message from a group chat (not for the bot's own messages).
 */
export async function noteGroupActivity(
  deps: { groupActivity: GroupActivityRepository; clock: Clock },
  chat: { platform: Platform; chatId: string },
): Promise<boolean> {
  return deps.groupActivity.touch(chat, deps.clock.now());
}
