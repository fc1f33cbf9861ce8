// Whole-message intents that are not logs: undo, the start of a correction, queries
// about one's own data, greetings and thanks.
import type { Token } from './normalize.js';
import type { ParseResult } from './types.js';
import { addedWords } from './words/index.js';

type QueryTopic = Extract<ParseResult, { kind: 'query' }>['topic'];

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter((w) => w.length > 0));

const UNDO_VERBS = set(`
  undo undoo unod undp desfaz desfazer desfaca desfazr cancel cancela cancelar cancele delete deleta deletar
  remove remova remover apaga apagar apague revert reverte reverter anula anular exclui excluir retira retirar
  scratch unlog tira tirar tire ${addedWords('undoVerbs').join(' ')}`);
const UNDO_COMPANIONS = set(`
  that it this last one entry log the please pls plz isso isto ai aquilo o a ultimo ultima registro por favor pf
  pfv oops ops sorry desculpa my bad lol wrong mistake foi engano errei agora now just me previous anterior
  thing yeah yes sim opa kk haha rs ok that was i meant to ja quick wait no nao hmm hm ah oh nvm nevermind never mind
  deixa pra la pera espera ugh argh whoops is its ta esta errado errada esse essa este aquele aquela
  ${addedWords('undoCompanions').join(' ')}`);
const UNDO_PHRASES: string[][] = [
  ['that', 'was', 'a', 'mistake'], ['foi', 'engano'], ['me', 'enganei'], ['take', 'that', 'back'], ['take', 'it', 'back'],
  ['wrong', 'habit'], ['wrong', 'one'], ['wrong', 'entry'], ['wrong', 'button'], ['habito', 'errado'], ['botao', 'errado'], ['my', 'bad'], ['foi', 'sem', 'querer'], ['nao', 'era', 'isso'],
  ['not', 'what', 'i', 'meant'], ['logged', 'by', 'mistake'], ['by', 'mistake'], ['sem', 'querer'], ['errei'], ['mistake'],
];

const UNDO_PHRASE_WORDS = new Set(UNDO_PHRASES.flat());

const words = (tokens: Token[]): string[] => tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);

function containsPhrase(list: string[], phrase: string[]): boolean {
  return list.some((_, i) => phrase.every((p, k) => list[i + k] === p));
}

/** "undo", "desfaz", "cancel that", "apaga o último", "oops wrong habit". */
export function isUndo(tokens: Token[]): boolean {
  const list = words(tokens);
  if (list.length === 0 || list.length > 8) return false;
  if (list.some((w) => UNDO_VERBS.has(w)) && list.every((w) => UNDO_VERBS.has(w) || UNDO_COMPANIONS.has(w))) return true;
  // Every word must belong to the undo vocabulary: most messages fail on their first word.
  if (!list.every((w) => UNDO_PHRASE_WORDS.has(w) || UNDO_COMPANIONS.has(w) || UNDO_VERBS.has(w))) return false;
  return UNDO_PHRASES.some((p) => containsPhrase(list, p));
}

// Words that may come before a correction ("no, 30", "oops, it was 30", "ops, foram 30").
const CORRECTION_LEADS = set('no nope nah oops ops sorry wait pera espera nao desculpa opa errei hmm ah oh my bad wrong erro errado errada perdao typo');

const WRONG_THINGS = set('number numero amount quantity quantidade valor count date data day dia');

/** Markers that open a correction on their own. */
const STRONG_MARKERS: string[][] = [
  ['actually'], ['correction'], ['correcao'], ['corrigindo'], ['corrige'], ['corrigir'], ['i', 'meant'], ['meant'],
  ['quis', 'dizer'], ['eu', 'quis', 'dizer'], ['na', 'verdade'], ['na', 'real'], ['make', 'that'], ['make', 'it'],
  ['change', 'that', 'to'], ['change', 'it', 'to'], ['change', 'to'], ['muda', 'pra'], ['muda', 'para'], ['mude', 'para'],
  ['troca', 'pra'], ['troca', 'para'], ['altera', 'pra'], ['altera', 'para'], ['digo'], ['alias'], ['should', 'be'],
  ['should', 'have', 'been'], ['that', 'should', 'be'], ['it', 'should', 'be'], ['deveria', 'ser'], ['era', 'para', 'ser'], ['era', 'pra', 'ser'], ['fix', 'it', 'to'], ['fix', 'that', 'to'],
  ['not', 'that'], ['it', 'was', 'actually'], ['was', 'actually'], ['correct', 'that', 'to'], ['corrigir', 'para'],
  ['corrige', 'pra'], ['corrige', 'para'],
];

/** Markers that open a correction only when a number or a date follows ("it was 30"). */
const WEAK_MARKERS: string[][] = [
  ['it', 'was'], ['it', 'is'], ['that', 'was'], ['that', 'is'], ['was'], ['foram'], ['foi'], ['era'], ['eram'], ['sao'],
];

export interface CorrectionStart {
  /** First token after the marker. */
  contentFrom: number;
  strong: boolean;
}

function markerAt(tokens: Token[], i: number, markers: string[][]): number {
  let best = 0;
  for (const marker of markers) {
    if (marker.every((w, k) => tokens[i + k]?.norm === w)) best = Math.max(best, marker.length);
  }
  return best;
}

/** Where a correction's content starts, if the message opens like one. */
export function correctionStart(tokens: Token[]): CorrectionStart | null {
  let i = 0;
  let leads = 0;
  // "número errado, foram 20": the wrong thing may come before the word that says it was wrong.
  const wrongThingFirst = (k: number): boolean => WRONG_THINGS.has(tokens[k]?.norm ?? '') && CORRECTION_LEADS.has(tokens[k + 1]?.norm ?? '');
  while (tokens[i] && (tokens[i]?.kind === 'punct' || CORRECTION_LEADS.has(tokens[i]?.norm ?? '') || wrongThingFirst(i))) {
    if (tokens[i]?.kind !== 'punct') leads++;
    i++;
    // "wrong number", "errei o número", "wrong date": what was wrong belongs to the lead.
    const article = ['the', 'o', 'a'].includes(tokens[i]?.norm ?? '') ? 1 : 0;
    if (leads > 0 && WRONG_THINGS.has(tokens[i + article]?.norm ?? '')) i += article + 1;
  }
  const strong = markerAt(tokens, i, STRONG_MARKERS);
  if (strong > 0) return { contentFrom: i + strong, strong: true };
  const weak = markerAt(tokens, i, WEAK_MARKERS);
  if (weak > 0) return { contentFrom: i + weak, strong: false };
  // "no, 30" / "não, foram 30": a bare lead word then a number.
  if (leads > 0 && tokens[i]?.kind === 'number') return { contentFrom: i, strong: false };
  return null;
}

const HOW_AM_I: string[][] = [
  ['how', 'am', 'i'], ['how', 'i', 'am', 'doing'], ['how', 'is', 'it', 'going', 'with', 'my'], ['how', 'did', 'i', 'do'],
  ['how', 'have', 'i', 'been'], ['how', 'are', 'my', 'habits'], ['how', 'is', 'my', 'progress'], ['my', 'progress'],
  ['como', 'estou'], ['como', 'to'], ['como', 'eu', 'to'], ['como', 'eu', 'estou'], ['como', 'vou', 'indo'],
  ['como', 'ando'], ['como', 'me', 'sai'], ['como', 'estao', 'meus', 'habitos'], ['como', 'tao', 'meus'], ['como', 'andam', 'meus'], ['como', 'vao', 'meus'], ['how', 'are', 'my'], ['como', 'ta', 'meu'], ['como', 'esta', 'meu'],
  ['meu', 'progresso'], ['meus', 'progressos'], ['progress', 'report'], ['how', 'am', 'i', 'doing'], ['am', 'i', 'doing', 'well'],
  ['am', 'i', 'on', 'track'], ['estou', 'indo', 'bem'], ['to', 'indo', 'bem'], ['how', 'we', 'doing'], ['how', 'are', 'we', 'doing'],
 ['overall', 'progress'], ['resumo', 'geral'],
];

const TOPICS: [QueryTopic, Set<string>][] = [
  ['streaks', set('streak streaks sequencia sequencias ofensiva ofensivas chain row seguidos seguidas')],
  ['goals', set('goal goals meta metas objetivo objetivos')],
  ['week', set('week weekly semana semanal')],
  // "quantos km eu corri esse mês?": a month is only seen in the stats.
  ['stats', set('stats stat statistics estatisticas estatistica score pontuacao numbers numeros progress progresso summary resumo report relatorio month monthly mes mensal')],
  ['today', set('today hoje left falta faltam pending pendente pendentes due todo agenda')],
];

const ASKING = set('show mostra mostre mostrar ver see check list lista listar give quero tell diz conta what how como quais qual which my meu minha meus minhas oque');

const BARE_TOPIC_COMPANIONS = set('my meu minha meus minhas the a o as os all todas todos current atual atuais da do de this esta essa this');

/** "how am I doing?", "stats", "minhas metas", "o que falta hoje?". */
export function queryTopic(tokens: Token[], asked: boolean): QueryTopic | null {
  const list = words(tokens);
  if (HOW_AM_I.some((p) => containsPhrase(list, p))) return 'how_am_i';
  // "o que falta hoje": "o que" opens a question even without its question mark.
  const askedHere = asked || list.some((w) => ASKING.has(w)) || (list[0] === 'o' && list[1] === 'que');
  const topicOf = (w: string): QueryTopic | null => TOPICS.find(([, topicWords]) => topicWords.has(w))?.[0] ?? null;
  // Unasked, only a bare topic counts: "stats", "my streaks", "minhas metas".
  if (!askedHere && !list.every((w) => topicOf(w) !== null || BARE_TOPIC_COMPANIONS.has(w))) return null;
  for (const [topic, topicWords] of TOPICS) if (list.some((w) => topicWords.has(w))) return topic;
  return null;
}

const GREETING_WORDS = set(`
  hi hello hey heya hiya hola yo sup howdy morning gm gn good afternoon evening night day there coach bot everyone friend
  buddy oi ola opa eai eae e ai salve fala bom dia boa tarde noite tudo bem bom beleza bye tchau ate mais see you cya
  later amigo pessoal galera whats what up wassup how are doing is it going como vai voce esta vc tudo certo ciao hallo
  hii hai welcome back olar oie oii 👋 🙂 😊 ☀`);
const GREETING_HEADS = set('what how e hi hello hey heya hiya hola yo sup howdy morning gm gn good oi ola opa eai eae salve fala bom boa tudo bye tchau como whats wassup hii hai ciao oie oii olar 👋');

export function isGreeting(tokens: Token[]): boolean {
  const list = words(tokens);
  return list.length > 0 && list.length <= 8 && GREETING_HEADS.has(list[0] ?? '') && list.every((w) => GREETING_WORDS.has(w) || w === 'e');
}

const THANKS_WORDS = set('thanks thank you thx ty tysm tks cheers appreciate it much so a lot very many obrigado obrigada brigado brigada valeu muito mto agradeco tmj demais 🙏 ❤ lot thankyou ok great awesome man coach bot cara mano');
const THANKS_HEADS = set('thanks thank thx ty tysm tks cheers appreciate obrigado obrigada brigado brigada valeu agradeco muito thankyou 🙏');

export function isThanks(tokens: Token[]): boolean {
  const list = words(tokens);
  return list.length > 0 && list.length <= 8 && list.some((w) => THANKS_HEADS.has(w)) && list.every((w) => THANKS_WORDS.has(w));
}
