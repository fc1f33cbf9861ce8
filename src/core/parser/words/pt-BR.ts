// Brazilian Portuguese parser words added for issue 16 (wrong writes and misses). Normalized spellings.
import type { ParserWords } from './types.js';

export const PT_BR_WORDS: ParserWords = {
  nameNegations: ['nao', 'sem', 'nunca', 'zero', 'parar', 'largar', 'evitar', 'nada'],
  settingNouns: ['meta', 'metas', 'alvo', 'objetivo', 'lembrete', 'lembretes', 'frequencia', 'horario', 'nome', 'unidade'],
  changeVerbs: ['muda', 'mudar', 'mude', 'altera', 'alterar', 'altere', 'troca', 'trocar', 'aumenta', 'aumentar', 'diminui', 'diminuir', 'coloca', 'colocar', 'define', 'definir', 'ajusta', 'ajustar', 'edita', 'editar', 'bota', 'botar', 'poe', 'renomeia', 'reduz', 'reduzir', 'sobe', 'baixa'],
  settingCopulas: ['eh', 'ser', 'sera', 'agora', 'fica', 'ficou', 'passa'],
  moneyWords: ['real', 'reais', 'conto', 'contos', 'pila', 'pilas', 'poupanca', 'economias', 'grana', 'dinheiro', 'conta', 'orcamento'],
  spendingVerbs: ['gastei', 'gasta', 'gastar', 'gastou', 'saquei', 'tirei', 'custou', 'custa', 'torrei', 'paguei'],
  paymentVerbs: ['paguei', 'pagar', 'paga', 'pago', 'comprei', 'comprar'],
  personWords: [
    'mae', 'mamae', 'mainha', 'maezinha', 'pai', 'papai', 'painho', 'pais', 'familia', 'avo', 'vovo', 'irma', 'irmao', 'esposa',
    'marido', 'filho', 'filha', 'tia', 'tio', 'primo', 'prima', 'amigo', 'amiga', 'chefe', 'namorada', 'namorado', 'sogra', 'sogro',
  ],
  almost: ['quase'],
  turnAwayVerbs: ['desisti', 'desistir', 'pulei', 'pular', 'faltei', 'faltar', 'furei', 'matei', 'cancelei', 'larguei', 'deixei', 'perdi'],
  runningOut: [
    'acabou o', 'acabou a', 'acabou meu', 'acabou minha', 'acabaram os', 'acabaram as', 'acabaram meus', 'acabaram minhas',
    'fiquei sem', 'ficou sem', 'ficamos sem', 'to sem', 'estou sem', 'tava sem', 'estava sem',
  ],
  quantityLinks: ['de', 'da', 'do', 'meu', 'minha', 'minhas', 'meus', 'o', 'a', 'os', 'as', 'mais', 'outra', 'outro', 'total', 'no', 'na', 'nos', 'nas', 'em', 'por'],
  anotherOne: ['outra', 'outro'],
  moreWords: ['mais'],
  placeLeads: ['no', 'na', 'nos', 'nas', 'num', 'numa', 'em'],
  articles: ['o', 'a', 'os', 'as', 'um', 'uma', 'meu', 'minha', 'nosso', 'nossa'],
  modifierLinks: ['de', 'da', 'do'],
  lastWeekdayWords: ['ultima', 'ultimo', 'passada', 'passado'],
  nameWordSynonyms: [
    ['ligar', 'liguei', 'ligo', 'telefonar', 'telefonei', 'chamei', 'videochamada'],
    ['mae', 'mamae', 'mainha', 'maezinha'],
    ['pai', 'papai', 'painho'],
    ['pais', 'familia'],
    ['academia', 'treino', 'treinar', 'treinei', 'malhar', 'malhei', 'musculacao', 'exercicio', 'exercicios'],
  ],
  nameWordCovers: { pais: ['mae', 'mamae', 'pai', 'papai'], familia: ['mae', 'mamae', 'pai', 'papai', 'pais'] },
};
