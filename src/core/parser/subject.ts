// Who a clause is about. A log is the speaker's own: "my wife did 100 squats", "meu namorado
// caminhou 10km", "she ran 5k" report what someone else did and write nothing.
import type { Token } from './normalize.js';
import { FILLERS } from './words/index.js';
import { ruleWords } from './words/rules.js';

const POSSESSIVES = new Set(ruleWords('possessives'));

/** People a possessive can introduce as the one who did it. */
const PEOPLE = new Set(ruleWords('people'));

const THIRD_PERSON = new Set(ruleWords('thirdPerson'));
const PERSON_ARTICLES = new Set(ruleWords('personArticles'));

// "my trainer says 3 sets is plenty", "meu personal disse que...": what someone else says, not a log.
const SPEECH_VERBS = new Set(ruleWords('speechVerbs'));
const SOMEONE_LEADS = new Set(ruleWords('someoneLeads'));

/** "me and my wife", "eu e minha esposa": the speaker is one of them. */
const SPEAKER_ALONE = new Set(ruleWords('speakerAlone'));

/** Whether the clause tokens[from..to] opens with someone other than the speaker as its subject. */
export function opensWithSomeoneElse(tokens: Token[], from: number, to: number, isDate: (i: number) => boolean): boolean {
  let i = from;
  while (i <= to && (isDate(i) || tokens[i]?.kind !== 'word' || FILLERS.has(tokens[i]?.norm ?? ''))) i++;
  const first = tokens[i]?.norm ?? '';
  if (THIRD_PERSON.has(first)) return true;
  if (SOMEONE_LEADS.has(first)) for (let k = i + 2; k <= Math.min(to, i + 3); k++) if (SPEECH_VERBS.has(tokens[k]?.norm ?? '')) return true;
  // "o marido bebeu 5 cervejas", "la vecina corrió": an article and a person right after it.
  if (PERSON_ARTICLES.has(first) && PEOPLE.has(tokens[i + 1]?.norm ?? '')) return true;
  if (i > from && PEOPLE.has(first) && PERSON_ARTICLES.has(tokens[i - 1]?.norm ?? '')) return true;
  if (!POSSESSIVES.has(first)) return false;
  // "my wife", "meu colega de quarto", "my best friend": a person within the next few words.
  for (let k = i + 1; k <= Math.min(to, i + 2); k++) if (PEOPLE.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

/** "me and my wife walked 5k": the clause before is only the speaker, joined by "and". */
export function speakerJoins(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word');
  return words.length === 1 && SPEAKER_ALONE.has(words[0]?.norm ?? '');
}
