import { beforeAll, describe, expect, it } from 'vitest';
import { COACH_MOMENTS, type CoachLineRequest } from '../../src/app/ports.js';
import { LOCALES, PERSONALITIES, type Locale, type Personality } from '../../src/core/types.js';
import { KNOWN_VARS } from '../../src/coach/placeholders.js';
import { createTemplateCoach, type TemplateCoach } from '../../src/coach/template-coach.js';
import { loadPersonalities } from '../../src/coach/templates.js';

let coach: TemplateCoach;
beforeAll(async () => {
  coach = createTemplateCoach(await loadPersonalities());
});

const user = (personality: Personality, locale: Locale = 'en', id = 'user-1') => ({ id, personality, locale });

describe('template coach', () => {
  it('given the same request twice, then it says the same line', async () => {
    const request: CoachLineRequest = { user: user('yoda'), moment: 'completion', vars: { habit: 'pushups', quantity: 20, unit: 'reps', streak: 12 } };
    expect(await coach.line(request)).toBe(await coach.line(request));
  });

  it('given a growing streak, then the lines vary', () => {
    const lines = new Set(
      Array.from({ length: 30 }, (_, streak) => coach.render({ user: user('general'), moment: 'completion', vars: { habit: 'Pushups', streak: streak + 1 } })),
    );
    expect(lines.size).toBeGreaterThan(1);
  });

  it('given a logged quantity, then the confirmation says the quantity back', () => {
    for (const personality of PERSONALITIES) {
      for (const locale of LOCALES) {
        const line = coach.render({ user: user(personality, locale), moment: 'completion', vars: { habit: 'Pushups', quantity: 20, unit: 'reps', streak: 3 } });
        expect(line, `${personality}.${locale}`).toMatch(/20 reps/);
      }
    }
  });

  it('given yoda in English, then the voice is inverted', () => {
    const line = coach.render({ user: user('yoda'), moment: 'undo', vars: {} });
    expect(line).toMatch(/undone,? it is|Undone it is/i);
  });

  it('given a one-day streak, then the word is singular', () => {
    for (let id = 0; id < 20; id += 1) {
      const line = coach.render({ user: user('yoda', 'en', `u${id}`), moment: 'streak_at_risk', vars: { habit: 'Reading', streak: 1 } });
      expect(line).not.toMatch(/\b1 days\b/);
    }
  });

  it('given Portuguese and a decimal quantity, then the number is written the Brazilian way', () => {
    const line = coach.render({ user: user('mentor', 'pt-BR'), moment: 'completion', vars: { habit: 'corrida', quantity: 5.5, unit: 'km', streak: 2 } });
    expect(line).toContain('5,5 km');
  });

  it('given a value that starts the line, then the line starts with a capital', () => {
    const line = coach.render({ user: user('general'), moment: 'completion', vars: { habit: 'pushups', quantity: 20, unit: 'reps', streak: 12 } });
    expect(line.charAt(0)).toBe(line.charAt(0).toUpperCase());
  });

  it('given any moment with no values, some values or all values, then no placeholder is ever left unfilled', () => {
    const all = Object.fromEntries(KNOWN_VARS.map((name) => [name, name === 'streak' ? 4 : `v-${name}`]));
    const some = { habit: 'Reading' };
    for (const personality of PERSONALITIES) {
      for (const locale of LOCALES) {
        for (const moment of COACH_MOMENTS) {
          for (const vars of [{}, some, all]) {
            const line = coach.render({ user: user(personality, locale), moment, vars });
            expect(line.length, `${personality}.${locale} ${moment}`).toBeGreaterThan(3);
            expect(line).not.toMatch(/[{}]/);
          }
        }
      }
    }
  });
});
