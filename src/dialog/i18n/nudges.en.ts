// English messages the bot sends first (reminders, snoozes, the evening nudge) and the weekly
// review flow; spread into en.ts, so they are ordinary typed keys (jobs engineer).
import type { Message } from './types.js';

export const nudgesEn = {
  // reminders
  'reminder.title': '⏰ **{habit}** · {time}',
  'reminder.snoozed_title': '⏰ **{habit}** (snoozed)',
  'reminder.two_minute': 'Low on energy? The two-minute version counts: {version}.',
  'reminder.button.done': '✅ Done',
  'reminder.button.skip': '⏭️ Skip today',
  'reminder.button.snooze': '⏰ In 30 min',
  'snooze.done': "⏰ Okay, I'll remind you about {habit} again at {time}.",
  'snooze.already': 'That reminder was already snoozed once. Mark it done or skip it when you can.',
  'snooze.expired': 'That reminder is too old to snooze. Nothing was changed.',
  'snooze.inactive': '{habit} is not active anymore. Nothing was changed.',

  // the evening nudge
  'nudge.title': '🔥 **Streaks at risk tonight**',
  'nudge.line': '{habit}: {streak}',
  'nudge.footer': 'Even the two-minute version keeps a streak alive. Tap when it is done:',
  'nudge.button': '✅ {habit}',

  // the weekly review
  'review.title': '📝 **Weekly review**, {from} – {to}',
  'review.metrics': '{done} of {due} done · success {rate}',
  'review.longest': 'Longest streak: {habit}, {streak}.',
  'review.category': '{category}: {rate} ({met}/{due})',
  'review.no_category': 'No category',
  'review.compared': 'Against the week to {date}: {completions} done, {points} points of success.',
  'review.resumed': 'Back to your review: your answers so far are kept.',
  'review.paused': 'Your weekly review is on hold with its answers; /review picks it up.',
  'review.first': 'This is your first review; next week I will compare with it.',
  'review.start': '{count, plural, one {One short question. Answer in your own words; "skip" passes it, /cancel stops.} other {{count} short questions. Answer in your own words; "skip" passes one, /cancel stops.}}',
  'review.question': '**{index}/{total}** {question}',
  'review.button.skip': 'Skip',
  'review.button.yes': 'Yes',
  'review.button.no': 'No',
  'review.bad_scale': 'Give a number from {min} to {max}, or "skip".',
  'review.bad_yes_no': 'Yes or no? (or "skip")',
  'review.done': '✅ Review saved: {answered} of {total} answered. See you next week!',
  'review.no_habits': 'A review needs habits to look back on. /new creates one.',

  // the weekly group recap (stand-in until the leaderboard's recap)
} as const satisfies Record<string, Message>;
