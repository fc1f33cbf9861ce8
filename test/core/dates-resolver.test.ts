// Given how a person says when a pause ends, then the last paused day (inclusive).
import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from '../../src/core/dates-resolver.js';

// Wednesday 18 March 2026.
const TODAY = '2026-03-18';

describe('resolveDateExpression', () => {
  it.each([
    ['till Friday', 'en', '2026-03-20'],
    ['until friday', 'en', '2026-03-20'],
    ['sick till Friday', 'en', '2026-03-20'],
    ['até sexta', 'pt-BR', '2026-03-20'],
    ['até sexta-feira', 'pt-BR', '2026-03-20'],
    ['até segunda', 'pt-BR', '2026-03-23'],
    ['until wednesday', 'en', '2026-03-25'],
    ['until Dec 3', 'en', '2026-12-03'],
    ['until December 3rd', 'en', '2026-12-03'],
    ['até 3 de dezembro', 'pt-BR', '2026-12-03'],
    ['until March 1', 'en', '2027-03-01'],
    ['till the 25th', 'en', '2026-03-25'],
    ['até dia 10', 'pt-BR', '2026-04-10'],
    ['até 10/04', 'pt-BR', '2026-04-10'],
    ['until 4/10', 'en', '2026-04-10'],
    ['until 2026-04-02', 'en', '2026-04-02'],
    ['for 3 days', 'en', '2026-03-20'],
    ['por 3 dias', 'pt-BR', '2026-03-20'],
    ['for a week', 'en', '2026-03-24'],
    ['por uma semana', 'pt-BR', '2026-03-24'],
    ['for 2 weeks', 'en', '2026-03-31'],
    ['in 3 days', 'en', '2026-03-21'],
    ['tomorrow', 'en', '2026-03-19'],
    ['até amanhã', 'pt-BR', '2026-03-19'],
    ['until the end of the month', 'en', '2026-03-31'],
    ['até o fim do mês', 'pt-BR', '2026-03-31'],
    ['until next week', 'en', '2026-03-22'],
    ['até o fim de semana', 'pt-BR', '2026-03-22'],
  ] as const)('given %j (%s), then the pause ends on %s', (text, locale, date) => {
    expect(resolveDateExpression(text, TODAY, locale)).toEqual({ ok: true, date });
  });

  it('given a date already gone, then in_past', () => {
    expect(resolveDateExpression('until 2026-01-01', TODAY, 'en')).toEqual({ ok: false, error: 'in_past' });
  });

  it.each(['whenever', 'até quando der', 'blue'])('given %j, then unrecognized', (text) => {
    expect(resolveDateExpression(text, TODAY, 'en')).toEqual({ ok: false, error: 'unrecognized' });
  });
});
