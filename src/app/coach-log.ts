// The coach's notable lines, kept in the coach message log when no model is configured (the
// LLM coach logs its own lines). Only moments that matter later are written (a milestone, a
// slip, a goal reached, a weekly analysis), so an ordinary log's echo costs no extra insert.
import type { Clock, Coach, CoachLineRequest, CoachLogRepository, CoachMoment } from './ports.js';

export const NOTABLE_MOMENTS: readonly CoachMoment[] = ['milestone', 'slip', 'goal_completed', 'weekly_analysis'];

export interface CoachLogOptions {
  log: CoachLogRepository;
  clock: Clock;
  /** Default: NOTABLE_MOMENTS. */
  moments?: readonly CoachMoment[];
  /** Told when a line could not be logged; the line is still said. */
  onError?: (error: unknown) => void;
}

/** The log row of one coach line (the template coach's or the model's). */
export function coachMessageOf(
  request: Pick<CoachLineRequest, 'user' | 'moment' | 'habitId' | 'goalId'>, text: string, fromModel: boolean, createdAt: Date,
): Parameters<CoachLogRepository['logMessage']>[1] {
  return {
    personality: request.user.personality,
    moment: request.moment,
    text,
    habitId: request.habitId ?? null,
    goalId: request.goalId ?? null,
    fromModel,
    createdAt,
  };
}

/** A coach that says what `coach` says and logs each line of the chosen moments (one insert per line). */
export function withCoachLog(coach: Coach, options: CoachLogOptions): Coach {
  const moments = new Set(options.moments ?? NOTABLE_MOMENTS);
  return {
    async line(request) {
      const text = await coach.line(request);
      if (!moments.has(request.moment)) return text;
      try {
        await options.log.logMessage(request.user.id, coachMessageOf(request, text, false, options.clock.now()));
      } catch (error) {
        options.onError?.(error);
      }
      return text;
    },
  };
}
