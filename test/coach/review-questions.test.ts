import { describe, expect, it } from 'vitest';
import { loadReviewQuestions, parseReviewQuestions } from '../../src/coach/review-questions.js';

describe('weekly review questions', () => {
  it('given the shipped files, then both languages ask the same questions, by id, in the same order', async () => {
    const questions = await loadReviewQuestions();
    expect(questions.en.length).toBeGreaterThanOrEqual(5);
    expect(questions['pt-BR'].map((q) => q.id)).toEqual(questions.en.map((q) => q.id));
    expect(questions.en.find((q) => q.id === 'energy')?.type).toEqual({ kind: 'scale', min: 1, max: 5 });
    expect(questions['pt-BR'][0]?.question).toMatch(/semana/);
  });

  it('given an unknown answer type, then parsing fails naming it', () => {
    const source = '- a | text | What went well?\n- b | stars | How many stars?\n- c | yes_no | Anything else?';
    expect(() => parseReviewQuestions(source)).toThrow(/stars/);
  });

  it('given a repeated id, then parsing fails', () => {
    const source = '- a | text | What went well?\n- a | text | What went wrong?\n- c | yes_no | Anything else?';
    expect(() => parseReviewQuestions(source)).toThrow(/repeat/);
  });
});
