// Mensajes que el bot manda por iniciativa propia (recordatorios, posponer, el aviso de la
// noche) y la revisión semanal, en español; se incluyen en es.ts.
import type { nudgesEn } from './nudges.en.js';
import type { Message } from './types.js';

export const nudgesEs: Record<keyof typeof nudgesEn, Message> = {
  // recordatorios
  'reminder.title': '⏰ **{habit}** · {time}',
  'reminder.snoozed_title': '⏰ **{habit}** (pospuesto)',
  'reminder.two_minute': '¿Sin energía? La versión de dos minutos cuenta: {version}.',
  'reminder.button.done': '✅ Hecho',
  'reminder.button.skip': '⏭️ Saltar hoy',
  'reminder.button.snooze': '⏰ En 30 min',
  'snooze.done': '⏰ Trato hecho, te recuerdo {habit} de nuevo a las {time}.',
  'snooze.already': 'Ese recordatorio ya se pospuso una vez. Márcalo como hecho o sáltalo cuando puedas.',
  'snooze.expired': 'Ese recordatorio es demasiado viejo para posponerlo. No se cambió nada.',
  'snooze.inactive': '{habit} ya no está activo. No se cambió nada.',

  // el aviso de la noche
  'nudge.title': '🔥 **Rachas en riesgo hoy**',
  'nudge.line': '{habit}: {streak}',
  'nudge.footer': 'Hasta la versión de dos minutos mantiene viva la racha. Toca cuando lo hagas:',
  'nudge.button': '✅ {habit}',

  // la revisión semanal
  'review.title': '📝 **Revisión semanal**, {from} – {to}',
  'review.metrics': '{done} de {due} hechos · éxito {rate}',
  'review.longest': 'Racha más larga: {habit}, {streak}.',
  'review.category': '{category}: {rate} ({met}/{due})',
  'review.no_category': 'Sin categoría',
  'review.compared': 'Frente a la semana hasta el {date}: {completions} hechos, {points} puntos de éxito.',
  'review.resumed': 'De vuelta a tu revisión: las respuestas hasta aquí están guardadas.',
  'review.paused': 'Tu revisión semanal quedó guardada con las respuestas; /revision sigue donde quedó.',
  'review.first': 'Esta es tu primera revisión; la semana que viene la comparo con esta.',
  'review.start': '{count, plural, one {Una pregunta corta. Responde con tus palabras; "saltar" la pasa, /cancelar la detiene.} other {{count} preguntas cortas. Responde con tus palabras; "saltar" pasa una, /cancelar las detiene.}}',
  'review.question': '**{index}/{total}** {question}',
  'review.button.skip': 'Saltar',
  'review.button.yes': 'Sí',
  'review.button.no': 'No',
  'review.bad_scale': 'Dime un número del {min} al {max}, o "saltar".',
  'review.bad_yes_no': '¿Sí o no? (o "saltar")',
  'review.done': '✅ Revisión guardada: {answered} de {total} respondidas. ¡Hasta la semana que viene!',
  'review.no_habits': 'La revisión necesita hábitos para mirar atrás. /nuevo crea uno.',

  // the weekly group recap (stand-in until the leaderboard's recap)
};
