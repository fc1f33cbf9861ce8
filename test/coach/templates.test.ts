import { describe, expect, it } from 'vitest';
import { COACH_MOMENTS } from '../../src/app/ports.js';
import { LOCALES, PERSONALITIES } from '../../src/core/types.js';
import { KNOWN_VARS, MOMENT_VARS, fill, placeholdersOf } from '../../src/coach/placeholders.js';
import { PromptFileError, loadPersonalities, parsePersonality } from '../../src/coach/templates.js';

const everyVar = Object.fromEntries(KNOWN_VARS.map((name) => [name, name === 'habit' ? 'Reading' : 3]));

describe('prompts/ personalities', () => {
  it('given the shipped prompts, then every personality has a system prompt and templates for every moment in every language (en, pt-BR, es)', async () => {
    const personalities = await loadPersonalities();
    for (const personality of PERSONALITIES) {
      for (const locale of LOCALES) {
        const pack = personalities[personality][locale];
        expect(pack.system.length, `${personality}.${locale} system`).toBeGreaterThan(80);
        for (const moment of COACH_MOMENTS) {
          const lines = pack.moments[moment];
          expect(lines.length, `${personality}.${locale} ${moment}`).toBeGreaterThanOrEqual(3);
          expect(lines.some((line) => placeholdersOf(line).length === 0), `${personality}.${locale} ${moment} plain line`).toBe(true);
        }
      }
    }
  });

  it('given the values each moment promises, then every moment has a line that uses them all', async () => {
    const personalities = await loadPersonalities();
    for (const personality of PERSONALITIES) {
      for (const locale of LOCALES) {
        for (const moment of COACH_MOMENTS) {
          const required = MOMENT_VARS[moment].required;
          const mentionsAll = personalities[personality][locale].moments[moment].some((line) =>
            required.every((name) => placeholdersOf(line).includes(name)),
          );
          expect(mentionsAll, `${personality}.${locale} ${moment} mentions ${required.join(', ')}`).toBe(true);
        }
      }
    }
  });

  it('given every value, then every shipped template fills without a brace left', async () => {
    const personalities = await loadPersonalities();
    for (const personality of PERSONALITIES) {
      for (const locale of LOCALES) {
        for (const lines of Object.values(personalities[personality][locale].moments)) {
          for (const line of lines) expect(fill(line, everyVar, locale)).not.toMatch(/[{}]/);
        }
      }
    }
  });
});

describe('parsePersonality', () => {
  const moments = COACH_MOMENTS.map((moment) => `## ${moment}\n- one {habit}\n- two\n- three`).join('\n\n');
  const valid = `# Test\n## system\n${'A system prompt that is long enough to be taken seriously by the loader. '.repeat(2)}\n## voice\n- rule a\n- rule b\n- rule c\n## examples\n- example 1\n- example 2\n- example 3\n${moments}`;

  it('given a well-formed file, then it parses', () => {
    const pack = parsePersonality(valid, 'yoda', 'en');
    expect(pack.moments.completion).toEqual(['one {habit}', 'two', 'three']);
    expect(pack.voice).toHaveLength(3);
  });

  it('given a misspelled placeholder, then loading fails naming it', () => {
    expect(() => parsePersonality(valid.replace('one {habit}', 'one {habbit}'), 'yoda', 'en')).toThrow(/\{habbit\}/);
  });

  it('given a missing moment, then loading fails naming the moment', () => {
    const broken = valid.replace(/## welcome[\s\S]*$/, '');
    expect(() => parsePersonality(broken, 'yoda', 'en')).toThrow(/welcome/);
  });

  it('given an unknown section, then loading fails naming the section', () => {
    expect(() => parsePersonality(`${valid}\n## completoin\n- x`, 'yoda', 'en')).toThrow(PromptFileError);
  });

  it('given a moment whose every line needs a value, then loading fails', () => {
    const broken = valid.replace('## undo\n- one {habit}\n- two\n- three', '## undo\n- one {habit}\n- two {habit}\n- three {habit}');
    expect(() => parsePersonality(broken, 'yoda', 'en')).toThrow(/without placeholders/);
  });
});
