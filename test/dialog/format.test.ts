// Dates as people read them: a date outside the current year says which year it is.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDay } from '../../src/dialog/format.js';
import { createTranslator } from '../../src/dialog/i18n/index.js';
import { createHabit, onboarded, startChat } from './support/chat.js';

describe('dates for people', () => {
  const en = createTranslator('en');
  const pt = createTranslator('pt-BR');

  it('given a date in another year, then it shows the year ("Mon 1 Jan 2024"); in this year, it does not', () => {
    expect(formatDay(en, 'en', '2024-01-01', '2026-11-23')).toBe('Mon 1 Jan 2024');
    expect(formatDay(en, 'en', '2026-01-05', '2026-11-23')).toBe('Mon 5 Jan');
    expect(formatDay(pt, 'pt-BR', '2024-01-01', '2026-11-23')).toBe('seg 1 de jan de 2024');
    expect(formatDate('en', '2027-01-04', '2026-12-30')).toBe('Mon 4 Jan 2027');
    expect(formatDate('en', '2026-12-28', '2026-12-30')).toBe('Mon 28 Dec');
  });

  it('given days near the new year, then this week still reads as weekday names and yesterday as yesterday', () => {
    expect(formatDay(en, 'en', '2025-12-31', '2026-01-01')).toBe('yesterday');
    expect(formatDay(en, 'en', '2025-12-29', '2026-01-01')).toBe('Monday');
  });

  it('given a pause until next year, then the reply names that year', async () => {
    const chat = await startChat('2026-12-20T12:00:00Z');
    try {
      const ana = await onboarded(chat);
      await createHabit(ana, 'Read');
      await ana.say('/pause Read until 2027-01-04');
      expect(ana.last()).toContain('Mon 4 Jan 2027');
    } finally {
      await chat.close();
    }
  });
});
