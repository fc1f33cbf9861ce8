// Partner notes (issue 11 item 6) as a job: each pass asks the app which notes are due
// (app/partner-notes.ts) and sends each once, under its deterministic deliveries key
// ('partner_miss-<partnership>-<habit>-<date>', 'partner_week-<partnership>-<receiver>-<week>').
// The key lives in PostgreSQL, so a retried pass, two workers, or a wiped Redis never send a
// note twice. A receiver in quiet hours is left for a later pass (nothing is recorded), and the
// app looks back far enough (3 days for misses, 2 days for the week) that it is sent when they
// end. The pass runs with every sweep (a minute), in-process or on the worker.
import { z } from 'zod';
import { duePartnerNotes, type PartnerNote } from '../app/partner-notes.js';
import { isQuietAt } from '../core/reminders.js';
import { partnerNoteMessage } from '../dialog/partner-notes.js';
import { targetFor, type JobContext } from './context.js';
import { defineJob } from './definition.js';
import { isUnreachable, takeSendSlot } from './delivery.js';

export interface PartnerNotesReport {
  sent: number;
  /** Held for later: the receiver's quiet hours, or their chat is busy. */
  held: number;
  failed: number;
}

export const partnerNotesJob = defineJob({
  id: 'partner_notes',
  description: "partners' notes: a miss of a shared habit's due day, once per miss, and the week at the group's recap time",
  payload: z.object({}).strict(),
  handler: async (_payload, context) => ({ status: 'done', ...(await sendPartnerNotes(context)) }),
});

type Outcome = 'sent' | 'held' | 'failed' | 'done_before';

async function sendOne(context: JobContext, note: PartnerNote): Promise<Outcome> {
  const { deliveries, clock } = context;
  const now = clock.now();
  if (isQuietAt(now, note.receiver.timeZone, note.receiver.quietHours)) return 'held';
  const record = { key: note.key, userId: note.receiver.id, kind: note.kind, dueAt: note.dueAt };
  const target = targetFor(await context.repos.users.identities(note.receiver.id), context.notifiers);
  if (!target) return 'held';
  if ((await context.pacer.reserve(target)) > 0) return 'held';
  await takeSendSlot(context);
  const claim = await deliveries.claim({ ...record, now: clock.now() });
  if (!claim.claimed) return 'done_before';
  try {
    await context.notifiers[target.platform]!.send(target, partnerNoteMessage(note));
  } catch (error) {
    if (isUnreachable(error)) {
      await deliveries.finish({ ...record, now: clock.now(), status: 'failed', reason: 'unreachable', advance: null });
      return 'failed';
    }
    // Not sent: forget the claim so a later pass sends it.
    await deliveries.release(note.key);
    context.logger.warn({ key: note.key, err: error instanceof Error ? error.message : String(error) }, 'partner note not sent');
    return 'held';
  }
  await deliveries.finish({ ...record, now: clock.now(), status: 'sent', advance: null });
  return 'sent';
}

/** Sends every due partner note not sent before; never throws for one note's failure. */
export async function sendPartnerNotes(context: JobContext): Promise<PartnerNotesReport> {
  const report: PartnerNotesReport = { sent: 0, held: 0, failed: 0 };
  const due = await duePartnerNotes({ repos: context.repos, clock: context.clock });
  // Most passes find only notes sent before: one read drops them before any chat is paced.
  const recorded = await context.repos.partnerships.recordedNoteKeys(due.map((note) => note.key));
  for (const note of due.filter((candidate) => !recorded.has(candidate.key))) {
    const outcome = await sendOne(context, note);
    if (outcome === 'sent') report.sent += 1;
    else if (outcome === 'held') report.held += 1;
    else if (outcome === 'failed') report.failed += 1;
  }
  if (report.sent + report.failed > 0) context.logger.info({ ...report }, 'partner notes');
  return report;
}
