// The parser's words are data per language, and the person's own language comes first.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/parser/index.js';
import { isWordFor, NEGATIONS } from '../../../src/core/parser/words/index.js';
import { contextFor } from './fixtures.js';
import { CONTEXT_ES } from './phrasings.es.js';

describe("given the person's language comes first", () => {
  it('Portuguese "no" (in the) is no negation for a Portuguese speaker, but is one in English and Spanish', () => {
    expect(isWordFor('negations', 'no', 'pt-BR', NEGATIONS)).toBe(false);
    expect(isWordFor('negations', 'no', 'en', NEGATIONS)).toBe(true);
    expect(isWordFor('negations', 'no', 'es', NEGATIONS)).toBe(true);
  });

  it('another language\'s word still works when the person\'s language gives it no other role ("fiz meu workout")', () => {
    const result = parseMessage('fiz meu workout', contextFor('pt-BR'));
    expect(result.kind === 'log' && result.logs.map((l) => l.habitId)).toEqual(['gym']);
  });

  it('Spanish "media hora" is half an hour for a Spanish speaker, while "social media" stays no number for others', () => {
    const result = parseMessage('medité media hora', CONTEXT_ES);
    expect(result.kind === 'log' && result.logs[0]?.quantity).toBe(30);
  });

  it('a Spanish speaker\'s "no corrí hoy" never becomes a slip on the break habit "No fumar"', () => {
    for (const text of ['no corrí hoy', 'no hice flexiones hoy', 'hoy no medité', 'no fui al gimnasio']) {
      const result = parseMessage(text, CONTEXT_ES);
      expect(result.kind === 'log' ? result.logs.map((l) => `${l.habitId}:${l.kind}`) : result.kind, text).toBe('none');
    }
  });
});
