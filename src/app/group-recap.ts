// The stand-in weekly recap's facts: the group's name and language, the week, and who is an
// active member. BOARD's recap (each member's week on shared commitments, the leaderboard,
// streaks, the coach's line) replaces it; the jobs only need a GroupRecapComposer.
import type { Locale } from '../core/languages.js';
import type { GroupRosterRepository } from './ports.js';

export interface WeekRoster {
  group: string;
  locale: Locale;
  /** The group's local week, its first day. */
  week: string;
  members: string[];
}

/** The roster of a group for its recap of `week`; null when the group is gone or has no active member. */
export async function weekRoster(deps: { groupRoster: GroupRosterRepository }, groupId: string, week: string): Promise<WeekRoster | null> {
  const roster = await deps.groupRoster.roster(groupId);
  if (!roster || roster.members.length === 0) return null;
  return { group: roster.name, locale: roster.locale, week, members: roster.members };
}
