import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createTemplateCoach } from '../../src/coach/template-coach.js';
import { loadPersonalities } from '../../src/coach/templates.js';
import { coachTranscriptsMarkdown } from '../../src/coach/transcripts.js';

const DOC = new URL('../../docs/coach-transcripts.md', import.meta.url);

describe('docs/coach-transcripts.md', () => {
  it('given the shipped prompts, then the document shows exactly what the template coach says', async () => {
    const generated = coachTranscriptsMarkdown(createTemplateCoach(await loadPersonalities()));
    if (process.env.UPDATE_TRANSCRIPTS === '1') await writeFile(DOC, generated);
    expect(await readFile(DOC, 'utf8')).toBe(generated);
  });
});
