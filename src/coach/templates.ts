// Personalities live in prompts/<personality>.<locale>.md as simple markdown:
//   ## system            a paragraph: the LLM system prompt for this voice
//   ## voice             "- " rules of the voice
//   ## examples          "- " example lines
//   ## <moment>          "- " template lines for a CoachMoment, with {placeholders}
// This module parses and validates them (zod) when asked; nothing is read at import.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { COACH_MOMENTS, type CoachMoment } from '../app/ports.js';
import { LOCALES, PERSONALITIES, type Locale, type Personality } from '../core/types.js';
import { placeholdersOf, templateProblem } from './placeholders.js';

export interface PersonalityPack {
  personality: Personality;
  locale: Locale;
  /** The system prompt for the LLM. */
  system: string;
  voice: string[];
  examples: string[];
  moments: Record<CoachMoment, string[]>;
}

/** Every personality in every locale. */
export type Personalities = Record<Personality, Record<Locale, PersonalityPack>>;

export class PromptFileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Invalid prompt file ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PromptFileError';
  }
}

/** prompts/ at the repository root (two levels above src/coach/). */
export function defaultPromptsDir(): string {
  return fileURLToPath(new URL('../../prompts/', import.meta.url));
}

const templateLine = z.string().min(2).superRefine((line, ctx) => {
  const problem = templateProblem(line);
  if (problem) ctx.addIssue({ code: 'custom', message: `"${line}" ${problem}` });
});

const momentLines = z
  .array(templateLine)
  .min(3, 'needs at least 3 variants')
  .refine((lines) => lines.some((line) => placeholdersOf(line).length === 0), {
    message: 'needs at least one variant without placeholders (used when a caller passes no values)',
  });

const packSchema = z.object({
  system: z.string().min(80, 'system prompt is missing or too short'),
  voice: z.array(z.string().min(3)).min(3),
  examples: z.array(z.string().min(3)).min(3),
  moments: z.object(Object.fromEntries(COACH_MOMENTS.map((moment) => [moment, momentLines])) as Record<CoachMoment, typeof momentLines>),
});

const SECTION_NAMES = new Set<string>(['system', 'voice', 'examples', ...COACH_MOMENTS]);

/** Splits the markdown into sections: the system prompt as text, the rest as "- " items. */
function sections(source: string, file: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const problems: string[] = [];
  let current: string[] | null = null;
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trimEnd();
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) {
      const name = (heading[1] ?? '').trim();
      if (!SECTION_NAMES.has(name)) problems.push(`line ${index + 1}: unknown section "${name}"`);
      if (found.has(name)) problems.push(`line ${index + 1}: section "${name}" appears twice`);
      current = [];
      found.set(name, current);
      return;
    }
    if (current === null || line.trim() === '' || /^#\s/.test(line) || /^<!--.*-->$/.test(line.trim())) return;
    if (line.startsWith('- ')) current.push(line.slice(2).trim());
    else if (/^\s+\S/.test(line) && current.length > 0) current[current.length - 1] += ` ${line.trim()}`;
    else current.push(line.trim());
  });
  if (problems.length > 0) throw new PromptFileError(file, problems);
  return found;
}

/** Parses and validates one personality file. Throws PromptFileError naming every problem. */
export function parsePersonality(source: string, personality: Personality, locale: Locale, file = `${personality}.${locale}.md`): PersonalityPack {
  const found = sections(source, file);
  const raw = {
    system: (found.get('system') ?? []).join('\n'),
    voice: found.get('voice') ?? [],
    examples: found.get('examples') ?? [],
    moments: Object.fromEntries(COACH_MOMENTS.filter((m) => found.has(m)).map((m) => [m, found.get(m)])),
  };
  const result = packSchema.safeParse(raw);
  if (!result.success) {
    throw new PromptFileError(file, result.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`));
  }
  return { personality, locale, ...result.data };
}

/** Reads and validates prompts/<personality>.<locale>.md for every personality and locale. */
export async function loadPersonalities(promptsDir: string = defaultPromptsDir()): Promise<Personalities> {
  const entries = await Promise.all(
    PERSONALITIES.map(async (personality) => {
      const packs = await Promise.all(
        LOCALES.map(async (locale) => {
          const file = join(promptsDir, `${personality}.${locale}.md`);
          const source = await readFile(file, 'utf8');
          return [locale, parsePersonality(source, personality, locale, file)] as const;
        }),
      );
      return [personality, Object.fromEntries(packs) as Record<Locale, PersonalityPack>] as const;
    }),
  );
  return Object.fromEntries(entries) as Personalities;
}
