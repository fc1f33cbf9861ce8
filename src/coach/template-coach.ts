// The offline coach: a line from prompts/ templates in the person's personality and
// language. Deterministic but varied: the variant is chosen by a stable hash of the
// person, the moment and the values, so tests are stable and people still hear
// different lines as their numbers change.
import type { Coach, CoachLineRequest } from '../app/ports.js';
import { fill, fillableRichness, stableHash, type Vars } from './placeholders.js';
import type { Personalities, PersonalityPack } from './templates.js';

export interface TemplateCoach extends Coach {
  /** The same line `line()` resolves to, synchronously. */
  render(request: CoachLineRequest): string;
  /** The personality pack (system prompt, voice, templates) a request speaks with. */
  pack(request: Pick<CoachLineRequest, 'user'>): PersonalityPack;
}

function hashKey(request: CoachLineRequest): string {
  const vars = Object.keys(request.vars)
    .sort()
    .map((key) => `${key}=${String(request.vars[key])}`)
    .join('&');
  return `${request.user.id}|${request.moment}|${vars}`;
}

/**
 * Picks among the variants whose placeholders all have values, preferring those that
 * mention the most of the given values (a logged quantity is said back when a line
 * can say it). Every moment has a placeholder-free variant, so there is always one.
 */
export function chooseLine(pack: PersonalityPack, request: CoachLineRequest): string {
  const vars: Vars = request.vars;
  // A template fills when all its placeholders have values; then its richness is their number.
  // Only the chosen one is filled.
  const fillable = pack.moments[request.moment]
    .map((template) => ({ template, score: fillableRichness(template, vars) }))
    .filter((candidate) => candidate.score !== null);
  const best = Math.max(...fillable.map((candidate) => candidate.score ?? 0));
  const pool = fillable.filter((candidate) => candidate.score === best);
  const chosen = pool[stableHash(hashKey(request)) % pool.length];
  const text = chosen ? fill(chosen.template, vars, pack.locale) : null;
  // Unreachable after validation (a placeholder-free variant always fills); kept total.
  return capitalize(text ?? pack.examples[0] ?? '');
}

/** A line may start with a value ("pushups done"): sentences start with a capital. */
function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function createTemplateCoach(personalities: Personalities): TemplateCoach {
  const pack = (request: Pick<CoachLineRequest, 'user'>): PersonalityPack => {
    const byLocale = personalities[request.user.personality] ?? personalities.mentor;
    return byLocale[request.user.locale] ?? byLocale.en;
  };
  const render = (request: CoachLineRequest): string => chooseLine(pack(request), request);
  return {
    render,
    pack,
    line: (request) => Promise.resolve(render(request)),
  };
}
