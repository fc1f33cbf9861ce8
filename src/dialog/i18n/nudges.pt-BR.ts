// Mensagens que o bot manda por iniciativa própria (lembretes, soneca, o aviso da noite) e a
// revisão semanal, em português do Brasil; espalhadas em pt-BR.ts (engenheiro de jobs).
import type { nudgesEn } from './nudges.en.js';
import type { Message } from './types.js';

export const nudgesPtBR: Record<keyof typeof nudgesEn, Message> = {
  // lembretes
  'reminder.title': '⏰ **{habit}** · {time}',
  'reminder.snoozed_title': '⏰ **{habit}** (adiado)',
  'reminder.two_minute': 'Sem energia? A versão de dois minutos conta: {version}.',
  'reminder.button.done': '✅ Feito',
  'reminder.button.skip': '⏭️ Pular hoje',
  'reminder.button.snooze': '⏰ Em 30 min',
  'snooze.done': '⏰ Combinado, te lembro de {habit} de novo às {time}.',
  'snooze.already': 'Esse lembrete já foi adiado uma vez. Marque como feito ou pule quando puder.',
  'snooze.expired': 'Esse lembrete é antigo demais para adiar. Nada foi alterado.',
  'snooze.inactive': '{habit} não está mais ativo. Nada foi alterado.',

  // o aviso da noite
  'nudge.title': '🔥 **Sequências em risco hoje**',
  'nudge.line': '{habit}: {streak}',
  'nudge.footer': 'Até a versão de dois minutos mantém a sequência viva. Toque quando fizer:',
  'nudge.button': '✅ {habit}',

  // a revisão semanal
  'review.title': '📝 **Revisão semanal**, {from} – {to}',
  'review.metrics': '{done} de {due} feitos · sucesso {rate}',
  'review.longest': 'Maior sequência: {habit}, {streak}.',
  'review.category': '{category}: {rate} ({met}/{due})',
  'review.no_category': 'Sem categoria',
  'review.compared': 'Em relação à semana até {date}: {completions} feitos, {points} pontos de sucesso.',
  'review.resumed': 'De volta à sua revisão: as respostas até aqui estão guardadas.',
  'review.paused': 'Sua revisão semanal ficou guardada com as respostas; /revisao continua de onde parou.',
  'review.first': 'Esta é sua primeira revisão; na semana que vem eu comparo com ela.',
  'review.start': '{count, plural, =0 {{count} perguntas curtas. Responda com suas palavras; "pular" passa uma, /cancelar para.} one {Uma pergunta curta. Responda com suas palavras; "pular" passa, /cancelar para.} other {{count} perguntas curtas. Responda com suas palavras; "pular" passa uma, /cancelar para.}}',
  'review.question': '**{index}/{total}** {question}',
  'review.button.skip': 'Pular',
  'review.button.yes': 'Sim',
  'review.button.no': 'Não',
  'review.bad_scale': 'Diga um número de {min} a {max}, ou "pular".',
  'review.bad_yes_no': 'Sim ou não? (ou "pular")',
  'review.done': '✅ Revisão salva: {answered} de {total} respondidas. Até a semana que vem!',
  'review.no_habits': 'A revisão precisa de hábitos para olhar para trás. /novo cria um.',

  // the weekly group recap (stand-in until the leaderboard's recap)
};
