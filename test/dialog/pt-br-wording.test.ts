// Portuguese done properly (issue 15, "pt-BR"): plurals, neutral wording where Portuguese would
// need the reader's gender, locale-formatted numbers and dates, and no "Pausa" for a skip.
import { readReplyFile } from '../../src/dialog/messages.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHabit, onboarded, startChat, type ChatHarness } from './support/chat.js';

describe('pt-BR wording', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given no streak yet, then Portuguese says "0 dias", not "0 dia"', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await createHabit(bia, 'Leitura', 'todo dia');
    await bia.say('/sequencias');
    expect(bia.last()).toContain('0 dias');
    expect(bia.last()).not.toMatch(/\b0 dia\b/);
  });

  it('given "pula a corrida hoje", then the coach never answers "Pausa"', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await createHabit(bia, 'Corrida', 'todo dia');
    for (const personality of ['Mentor', 'Yoda', 'General']) {
      await bia.say('/treinador');
      await bia.press(personality);
      await bia.say('pula a corrida hoje');
      expect(bia.last()).not.toMatch(/\bPausa\b/);
      await bia.say('desfaz');
    }
  });

  it('given a pause ended and a habit edited, then the words do not assume the reader\'s or the habit\'s gender', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await createHabit(bia, 'Flexões', 'todo dia');
    await bia.say('/pausar tudo');
    await bia.say('/retomar');
    expect(bia.last()).toContain('Que bom ter você de volta');
    expect(bia.last()).not.toContain('Bem-vindo');
    await bia.say('/editar');
    await bia.press('Flexões');
    await bia.press('Por quê');
    await bia.say('para ficar forte');
    expect(bia.last()).toContain('Alterações salvas em Flexões');
    expect(bia.last()).not.toContain('Flexões salvo');
  });

  it('given money with cents, then it is said with two decimals in Portuguese', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await bia.say('/meta Viagem');
    await bia.press('Um alvo');
    await bia.say('1000 reais');
    await bia.press('Sem prazo');
    await bia.say('poupei 108,7');
    expect(bia.last()).toContain('108,70 reais');
  });

  it('given a date in Portuguese, then its short names have no dot to double ("sex..")', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await bia.say('/pausar férias até sexta');
    expect(bia.last()).not.toMatch(/\.\./);
    expect(bia.last()).toMatch(/sex 27 de nov/);
  });

  it('given /export csv in Portuguese, then the header row is in Portuguese', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await bia.say('/exportar csv');
    const file = bia.lastReplies()[0]?.file;
    expect((await readReplyFile(file!)).split('\r\n')[0]).toBe('data,hábito,tipo,quantidade,unidade,nota,humor,energia,origem,criado_em');
  });
});
