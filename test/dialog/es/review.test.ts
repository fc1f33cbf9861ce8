// Spanish (issue 16): the weekly review, its questions from prompts/review-questions.es.md, typed
// answers in Spanish ("saltar", "sí", a number) and the closing line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHabit, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('en español: la revisión semanal', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given /revision answered in Spanish words, then every answer is kept and the review closes in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await createHabit(lu, 'Leer', 'todos los días');
    await lu.say('/hoy');
    await lu.press('Leer');
    await lu.say('/revision');
    expect(lu.last()).toContain('📝 **Revisión semanal**');
    expect(lu.last()).toContain('Esta es tu primera revisión');
    expect(lu.last()).toContain('9 preguntas cortas');
    expect(lu.last()).toContain('**1/9** ¿Qué salió bien esta semana?');
    await lu.say('Leí todos los días');
    expect(lu.last()).toContain('**2/9**');
    await lu.say('saltar');
    expect(lu.last()).toContain('**3/9** ¿Cómo estuvo tu energía');
    await lu.say('mucha');
    expect(lu.last()).toContain('Dime un número del 1 al 5, o "saltar".');
    await lu.say('4');
    await lu.say('3');
    await lu.say('el café de la mañana');
    await lu.say('dormir más');
    expect(lu.last()).toContain('**7/9**');
    await lu.say('quizás');
    expect(lu.last()).toContain('¿Sí o no? (o "saltar")');
    await lu.say('sí');
    await lu.say('alguien que lee');
    await lu.say('Leer');
    expect(lu.last()).toContain('✅ Revisión guardada: 8 de 9 respondidas. ¡Hasta la semana que viene!');
    const user = await chat.db.repos.users.findByIdentity('console', 'lucia');
    const [review] = await chat.db.repos.reviews.list(user!.id);
    expect(review?.answers.map((answer) => answer.answer)).toEqual(['Leí todos los días', null, 4, 3, 'el café de la mañana', 'dormir más', true, 'alguien que lee', 'Leer']);
  });

  it('given /revision without habits, then it says so in Spanish', async () => {
    const lu = await onboarded(chat, 'lucia', 'es');
    await lu.say('/revision');
    expect(lu.last()).toContain('La revisión necesita hábitos para mirar atrás. /nuevo crea uno.');
  });
});
