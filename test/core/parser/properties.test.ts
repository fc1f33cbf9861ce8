// Properties that hold for any text: the parser never throws, never dates a log in the
// future, and never logs a message that only asks, greets or plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/parser/index.js';
import { contextFor, TODAY } from './fixtures.js';

const KINDS = ['log', 'undo', 'correction', 'goal_progress', 'ambiguous', 'query', 'none'];
const WORDS = [
  'ran', 'corri', '5k', 'yesterday', 'ontem', 'tomorrow', 'amanhã', 'pushups', 'flexões', '20', 'twenty', 'min', 'not', 'não',
  'skip', 'pular', 'had', 'a', 'cigarette', 'on', 'monday', 'na', 'segunda', 'and', 'e', ',', '!', '?', '✅', '💧', 'read',
  'li', 'pages', 'undo', 'actually', 'it', 'was', 'saved', '250', 'next', 'friday', '2099-01-01', '3/15', 'dia', '31', 'de',
  'dezembro', 'last', 'week', 'ago', 'há', 'dias', '2', 'in', 'days',
];

describe('parser properties', () => {
  it('given any text at all, then it answers with a known kind and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('en', 'pt-BR' as const), (text, locale) => {
        const result = parseMessage(text, contextFor(locale));
        expect(KINDS).toContain(result.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('given any mix of habit words, numbers and dates, then no log is dated after today', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }), fc.constantFrom('en', 'pt-BR' as const), (words, locale) => {
        const result = parseMessage(words.join(' '), contextFor(locale));
        if (result.kind === 'log') for (const log of result.logs) expect(log.date <= TODAY).toBe(true);
        if (result.kind === 'ambiguous' || result.kind === 'goal_progress') expect(result.date <= TODAY).toBe(true);
        if (result.kind === 'correction' && result.date !== null) expect(result.date <= TODAY).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('given a habit said as a plan, a question or a negation in any wording, then nothing is logged', () => {
    const frames = ['I will {x} tomorrow', 'should I {x}?', "didn't {x} today", 'vou {y} amanhã', 'não {z} hoje', 'devo {y}?', 'gonna {x} later'];
    const en = ['run', 'meditate', 'read', 'floss', 'journal', 'study', 'walk'];
    const ptInf = ['correr', 'meditar', 'ler', 'estudar', 'caminhar'];
    const ptPast = ['corri', 'meditei', 'li', 'estudei', 'caminhei'];
    fc.assert(
      fc.property(fc.constantFrom(...frames), fc.nat(4), (frame, k) => {
        const text = frame.replace('{x}', en[k] ?? 'run').replace('{y}', ptInf[k] ?? 'correr').replace('{z}', ptPast[k] ?? 'corri');
        const result = parseMessage(text, contextFor(/[ãáéíóúç]|vou|não|devo/.test(text) ? 'pt-BR' : 'en'));
        expect(result.kind, text).toBe('none');
      }),
      { numRuns: 200 },
    );
  });
});
