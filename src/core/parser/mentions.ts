// Which habits a clause mentions: evidence grouped into mentions, with a verb joined to its
// object ("practiced spanish"), places dropped ("ran at the gym") and idioms ignored
// ("ran into a friend", "read your message", "my run app").
import { bestHabits, combinedScores, type Evidence } from './habit-matcher.js';
import type { HabitProfile } from './habit-profile.js';
import { isVice, type Tense } from './lexicon.js';
import type { Token } from './normalize.js';
import type { QuantityHit } from './quantities.js';
import { ruleWords } from './words/rules.js';

export interface Mention {
  start: number;
  end: number;
  scores: Map<string, number>;
  /** Best-scoring habits: one, or several when it is a tie. */
  habitIds: string[];
  score: number;
  tense: Tense | 'none';
  concepts: string[];
  negated: boolean;
  /** "nail biting during the meeting": an "-ing" word placed in a moment, happening as told. */
  inTheAct: boolean;
  /** "one celsius", "2nd monster", "snooze won": counted or said to have won, so it happened (for a break habit). */
  occurred: boolean;
}

// Prepositions before a second habit word that make it a place or a time, not a log:
// "ran at the gym", "pushups after my run", "corri na esteira da academia".
const LOCATION_WORDS = new Set(ruleWords('locationWords'));

/** "💧💧💧": the same habit emoji repeated counts. */
export function repeatedEmoji(tokens: Token[], evidences: Evidence[]): QuantityHit[] {
  const first = evidences[0];
  if (!first || evidences.length < 2) return [];
  const emoji = tokens[first.start]?.norm;
  if (!evidences.every((e) => tokens[e.start]?.norm === emoji)) return [];
  const last = evidences[evidences.length - 1] ?? first;
  return [{ start: first.start, end: last.end, value: evidences.length, unit: null, noun: true, rawUnit: null }];
}

/** "evening run 3km" with "Morning run" and "Evening run": the word that tells them apart decides. */
function preferQualified(m: Mention, words: string[], profiles: HabitProfile[]): void {
  if (m.habitIds.length < 2) return;
  const qualified = m.habitIds.filter((id) => profiles.find((p) => p.habit.id === id)?.qualifiers.some((q) => words.includes(q)));
  if (qualified.length > 0 && qualified.length < m.habitIds.length) m.habitIds = qualified;
}

const RUN_IDIOM_NEXT = new Set(ruleWords('runIdiomNext'));
const WALK_IDIOM_NEXT = new Set(ruleWords('walkIdiomNext'));
// "my run app crashed", "the water bill", "app de corrida", "conta de água": the habit word names a thing.
const THING_NOUNS = new Set(ruleWords('thingNouns'));
// "ran to catch the bus", "corri pra pegar o ônibus": running to get somewhere is not a run.
const ERRAND_WORDS = new Set(ruleWords('errandWords'));
// "read your message", "li sua mensagem": reading a message is not the reading habit.
const MESSAGE_WORDS = new Set(ruleWords('messageWords'));
const OBJECT_LEADS = new Set(ruleWords('objectLeads'));

/** "ran into an old friend", "running late", "ran to catch the bus", "read your message": the habit word in an idiom. */
function isIdiom(tokens: Token[], m: Mention): boolean {
  const after = (k: number): string => tokens[m.end + k]?.norm ?? '';
  const before = (k: number): string => tokens[m.start - k]?.norm ?? '';
  if (m.tense !== 'past' && (THING_NOUNS.has(after(1)) || (['de', 'da', 'do'].includes(before(1)) && THING_NOUNS.has(before(2))))) return true;
  if (m.concepts.includes('walk') && WALK_IDIOM_NEXT.has(after(1))) return true;
  if (m.concepts.includes('run')) {
    if (RUN_IDIOM_NEXT.has(after(1))) return true;
    if (['to', 'for', 'pra', 'para', 'atras'].includes(after(1)) && [2, 3, 4].some((k) => ERRAND_WORDS.has(after(k)))) return true;
  }
  if (m.concepts.includes('read') && m.tense !== 'noun') {
    const object = OBJECT_LEADS.has(after(1)) ? after(2) : after(1);
    if (MESSAGE_WORDS.has(object)) return true;
  }
  return false;
}

const DETERMINERS = new Set(ruleWords('determiners'));
// Verbs that carry another activity ("wrote down 3 things I'm grateful for", "practiced 20 min of spanish"):
// their object may come several words later.
const CARRIER_VERBS = new Set(ruleWords('carrierVerbs'));

/**
 * "practiced spanish", "studied guitar": a verb right before the thing it acts on is that
 * thing's verb, not a second habit ("practiced" also names music practice on its own).
 */
function verbsOnObjects(evidences: Evidence[], tokens: Token[], profiles: HabitProfile[], quantities: QuantityHit[]): Evidence[] {
  const out: Evidence[] = [];
  const kindOf = (id: string): string | undefined => profiles.find((p) => p.habit.id === id)?.habit.kind;
  for (let k = 0; k < evidences.length; k++) {
    const verb = evidences[k];
    const object = evidences[k + 1];
    if (!verb) continue;
    const between = object ? tokens.slice(verb.end + 1, object.start) : [];
    const carried = object !== undefined && k + 2 === evidences.length && CARRIER_VERBS.has(tokens[verb.start]?.norm ?? '') &&
      !quantities.some((q) => q.unit !== null && q.start > verb.end && q.end < object.start);
    const adjacent = object !== undefined && ((between.length <= 1 && between.every((t) => DETERMINERS.has(t.norm))) || carried);
    const isVerb = verb.tense === 'past' || verb.tense === 'base' || verb.tense === 'ger';
    if (object && adjacent && isVerb && object.tense === 'noun') {
      const verbTop = bestHabits(combinedScores([verb], profiles)).ids;
      const objectTop = bestHabits(combinedScores([object], profiles)).ids;
      // "comprei um tênis", "bought running shoes": what a habit one is breaking got is a thing, not a second habit.
      const breakVerb = verb.concepts.length > 0 && verb.concepts.every(isVice) && verbTop.length > 0 && verbTop.every((id) => kindOf(id) === 'break');
      if (breakVerb && objectTop.every((id) => kindOf(id) !== 'break')) {
        out.push({ ...verb, end: object.end });
        k++;
        continue;
      }
      const sharesConcept = verb.concepts.some((c) => object.concepts.includes(c));
      if (objectTop.length > 0 && !sharesConcept && !verbTop.some((id) => objectTop.includes(id))) {
        out.push({ ...object, start: verb.start, tense: verb.tense });
        k++;
        continue;
      }
    }
    out.push(verb);
  }
  return out;
}

function groupMentions(evidences: Evidence[], profiles: HabitProfile[]): Mention[] {
  const groups: Evidence[][] = [];
  for (const e of evidences) {
    const top = bestHabits(combinedScores([e], profiles)).ids;
    const last = groups[groups.length - 1];
    // A name word too weak to score alone ("watered" in "watered the plants") still joins its name.
    const lastIds = new Set<string>(last ? combinedScores(last, profiles).keys() : []);
    for (const g of last ?? []) for (const id of g.nameHits.keys()) lastIds.add(id);
    const sharesHabit = top.some((id) => lastIds.has(id));
    const sharesConcept = last?.some((g) => g.concepts.some((c) => e.concepts.includes(c))) ?? false;
    if (last && (sharesHabit || sharesConcept || (top.length === 0 && e.concepts.length === 0))) last.push(e);
    else groups.push([e]);
  }
  const tenseRank: Record<Tense | 'none', number> = { past: 4, ger: 3, base: 2, noun: 1, none: 0 };
  return groups.map((group) => {
    const scores = combinedScores(group, profiles);
    const { ids, score } = bestHabits(scores);
    const decided = ids.length > 1 ? onlyOneSays(group, ids) : null;
    const tense = group.map((e) => e.tense).sort((a, b) => tenseRank[b] - tenseRank[a])[0] ?? 'none';
    return {
      start: group[0]?.start ?? 0,
      end: group[group.length - 1]?.end ?? 0,
      scores,
      habitIds: decided ? [decided] : ids,
      score,
      tense,
      concepts: [...new Set(group.flatMap((e) => e.concepts))],
      negated: false,
      inTheAct: false,
      occurred: false,
    };
  });
}

/**
 * "pula a leitura do kindle" with "Leitura bíblica" and "Ler no Kindle", "li salmos 23": when
 * tied habits share the generic words, a word that speaks of only one of them decides.
 */
function onlyOneSays(group: Evidence[], ids: string[]): string | null {
  const deciding = new Set<string>();
  for (const e of group) {
    const says = ids.filter((id) => e.scores.has(id) || e.nameHits.has(id));
    if (says.length === 1 && says[0] !== undefined) deciding.add(says[0]);
  }
  return deciding.size === 1 ? ([...deciding][0] ?? null) : null;
}

/** Drops a second habit word that only says where or when ("ran at the gym"). */
function dropLocations(mentions: Mention[], tokens: Token[]): Mention[] {
  if (mentions.length < 2) return mentions;
  const kept = mentions.filter((m, k) => k === 0 || !LOCATION_WORDS.has(tokens[m.start - 1]?.norm ?? '') || m.tense === 'past');
  return kept.length > 0 ? kept : mentions;
}

/** The habit mentions of one clause. */
export function readMentions(evidences: Evidence[], tokens: Token[], profiles: HabitProfile[], quantities: QuantityHit[], words: string[]): Mention[] {
  const grouped = groupMentions(verbsOnObjects(evidences, tokens, profiles, quantities), profiles);
  const mentions = dropLocations(grouped, tokens).filter((m) => !isIdiom(tokens, m));
  for (const m of mentions) preferQualified(m, words, profiles);
  return mentions;
}
