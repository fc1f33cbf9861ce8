// Brazilian Portuguese words of the parser's rules, by the logic file that reads them (words/types.ts says
// what each list is). Normalized spellings.
import type { RuleWords } from '../types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export const PT_BR_RULES: RuleWords = {
  // confidence.ts
  genericNameWords: w('ligar liguei ligacao fazer fiz feito tomar tomei ir fui pegar peguei ter tive aula sessao treino vez'),
  // intents.ts
  topicStreaks: w('sequencia sequencias ofensiva ofensivas seguidos seguidas'),
  topicGoals: w('meta metas objetivo objetivos'),
  topicWeek: w('semana semanal'),
  topicStats: w('estatisticas estatistica pontuacao numeros progresso resumo relatorio mes mensal'),
  topicToday: w('hoje falta faltam pendente pendentes agenda'),
  undoPhrases: [['foi', 'engano'], ['me', 'enganei'], ['habito', 'errado'], ['botao', 'errado'], ['foi', 'sem', 'querer'], ['nao', 'era', 'isso'], ['sem', 'querer'], ['errei']],
  correctionLeads: w('no ops pera erro perdao espera nao desculpa opa errei errado errada'),
  wrongThings: w('numero quantidade valor data dia'),
  correctionMarkers: [['correcao'], ['corrigindo'], ['corrige'], ['corrigir'], ['quis', 'dizer'], ['eu', 'quis', 'dizer'], ['na', 'verdade'], ['na', 'real'], ['muda', 'pra'], ['muda', 'para'], ['mude', 'para'], ['troca', 'pra'], ['troca', 'para'], ['altera', 'pra'], ['altera', 'para'], ['digo'], ['alias'], ['deveria', 'ser'], ['era', 'para', 'ser'], ['era', 'pra', 'ser'], ['corrigir', 'para'], ['corrige', 'pra'], ['corrige', 'para']],
  weakCorrectionMarkers: [['foram'], ['foi'], ['era'], ['eram'], ['sao']],
  streakQuestions: [['quantos', 'dias'], ['ha', 'quanto', 'tempo'], ['dias', 'seguidos']],
  howAmIPhrases: [['como', 'estou'], ['como', 'to'], ['como', 'eu', 'to'], ['como', 'eu', 'estou'], ['como', 'vou', 'indo'], ['como', 'ando'], ['como', 'me', 'sai'], ['como', 'estao', 'meus', 'habitos'], ['como', 'tao', 'meus'], ['como', 'andam', 'meus'], ['como', 'vao', 'meus'], ['como', 'ta', 'meu'], ['como', 'esta', 'meu'], ['meu', 'progresso'], ['meus', 'progressos'], ['estou', 'indo', 'bem'], ['to', 'indo', 'bem'], ['resumo', 'geral']],
  askingWords: w('show mostra mostre mostrar ver lista listar quero diz conta como quais qual meu minha meus minhas oque'),
  bareTopicCompanions: w('meu minha meus minhas a o as os todas todos atual atuais da do de esta essa'),
  greetingWords: w('coach bot oi ola opa eai eae e ai salve fala bom dia boa tarde noite tudo bem beleza tchau ate mais amigo pessoal galera como vai voce esta vc certo olar oie oii 👋 🙂 😊 ☀'),
  greetingHeads: w('e oi ola opa eai eae salve fala bom boa tudo tchau como oie oii olar 👋'),
  thanksWords: w('so a obrigado obrigada brigado brigada valeu muito mto agradeco tmj demais 🙏 ❤ ok coach bot cara mano'),
  thanksHeads: w('obrigado obrigada brigado brigada valeu agradeco muito 🙏'),
  // context-words.ts
  drinkingVerbs: w('bebi bebemos bebendo'),
  havingVerbs: w('tomei tomamos'),
  someWords: w('umas uns algumas varias todas'),
  drinkingCompany: w('com os as amigos amigas galera na no em demais muito bastante pra caramba festa noite ontem'),
  drinkPlaceLeads: w('no na nos nas num numa em'),
  drinkArticles: w('a o os as um uma meu minha'),
  timeOfDayActivityLeads: w('antes depois apos ao'),
  timeOfDayActivityLinks: w('de do da eu ir to me a'),
  // plans.ts
  cheerHeads: w('bora vamos vamo partiu'),
  cheerWords: w('bora vamos vamo que partiu pra cima com tudo baby porra caralho carai'),
  // quantities.ts
  timeOfDayLeads: w('as umas pelas antes depois desde'),
  approximateLeads: w('umas uns'),
  counterLeads: w('dia semana # numero nivel licao capitulo pagina'),
  counterUnits: w('dia dias semana semanas mes meses ano anos %'),
  amountFillers: w('mais inteiro inteira seguidos seguidas'),
  setWords: w('set serie series rodada rodadas'),
  halfTail: w('meia meio'),
  onlyWords: w('so apenas somente mais'),
  // habit-profile.ts
  fuzzyStopwords: w('planta plantas correio caminhao corria corre meditar dormia dormiu livres livre passei passeio litros correr corrija corrige corrigi caminho leitor leitora estudio longa longo longas longos'),
  nameStopwords: w('a to no do de da o os as e na sem parar tomar beber fazer ir minha meu todo toda dia diaria matinal noturno noturna manha noite evitar menos mais cortar largar deixar com em um uma pra para min minutos ate cedo antes tempo'),
  nameFunctionWords: w('a to no do de da o os as e na sem parar com em um uma pra para meu minha fazer ir tomar beber'),
  drinkingNames: w('beber bebida bebidas bebendo'),
  trailingAdjectives: w('diario diaria'),
  objectDeterminers: w('a o os as meu minha meus minhas'),
  // analyze.ts
  pastIntentions: [['ia'], ['eu', 'ia'], ['quase', 'que']],
  // goals.ts
  priceChangePhrases: [['subiu'], ['aumentou'], ['encareceu'], ['baixou'], ['preco'], ['precos'], ['custa'], ['custou'], ['ficou', 'mais', 'cara'], ['ficou', 'mais', 'caro']],
  goalTitleStopwords: w('a to o de da do para pra meu minha meta'),
  // mentions.ts
  locationWords: w('to na no da do pra para em durante antes depois apos com minha meu a o'),
  runIdiomNext: w('out'),
  walkIdiomNext: w('out me'),
  thingNouns: w('app apps aplicativo tenis roupa roupas relogio conta professor professora tapete mensalidade'),
  errandWords: w('pegar buscar alcancar onibus metro trem uber'),
  messageWords: w('dm dms chat mensagem mensagens texto resposta comentario comentarios whatsapp zap'),
  objectLeads: w('sua seu tua teu a o as os minha meu essa esse suas seus'),
  determiners: w('a meu minha o os as um uma'),
  carrierVerbs: w('escrevi escrever pratiquei praticar estudei estudar'),
  // subject.ts
  possessives: w('meu minha nosso nossa seu sua teu tua'),
  people: w('baby esposa marido namorado namorada noivo noiva mulher parceiro parceira colega colegas amigo amiga amigos amigas irma irmao mae pai pais filho filha filhos prima primo tia tio avo vizinho vizinha chefe companheiro companheira crush mozao mozinho'),
  thirdPerson: w('ele ela eles elas'),
  speechVerbs: w('disse diz falou fala acha achou recomendou recomenda mandou'),
  someoneLeads: w('meu minha o a nosso nossa seu sua'),
  personArticles: w('o a os as'),
  speakerAlone: w('me eu'),
  // analyze.ts
  trailingNegations: w('no nao n'),
  // clauses.ts
  alternatives: w('ou'),
  keepInClause: w('nem'),
  // correction.ts
  logWordsForWeakCorrection: w('hoje'),
  // dates.ts
  riskyMonthShort: w('set mar ago mai out jun jul'),
  dayParts: w('manha tarde noite cedo madrugada'),
  // bedtime.ts
  morningMarks: [['da', 'manha'], ['da', 'madrugada'], ['de', 'madrugada']],
  eveningMarks: [['da', 'noite'], ['de', 'noite']],
  deadlineWords: w('antes ate'),
  // settings.ts
  settingImperatives: w('coloca coloque poe bota muda mude altera aumenta diminui ajusta troca'),
  accentedPastEndings: [],
  accentedNotPast: [],
  numericDateLeads: w('em dia no desde'),
  dayPartArticles: [],
  shortWeekdayPrefixes: w('na no nesta neste ultima ultimo proxima proximo'),
  // normalize.ts
  chatDigitNext: w('a me'),
  countedAfterArticle: w('min set'),
  // normalize.ts: chat shorthand, written out so the rules see one spelling.
  expansions: {
    hj: ['hoje'],
    hje: ['hoje'],
    ont: ['ontem'],
    onti: ['ontem'],
    onte: ['ontem'],
    antontem: ['anteontem'],
    ontm: ['ontem'],
    amn: ['amanha'],
    amnh: ['amanha'],
    vc: ['voce'],
    pq: ['porque'],
    tb: ['tambem'],
    tbm: ['tambem'],
    dps: ['depois'],
    agr: ['agora'],
    mt: ['muito'],
    mto: ['muito'],
    msm: ['mesmo'],
    obg: ['obrigado'],
    vdd: ['verdade'],
    vdc: ['verdade'],
    vlw: ['valeu'],
  },
  apostropheExpansions: {},
  irregularPasts: {},
  suffixes: w('acoes acao amentos amento imentos imento mentos mento adas ados idas idos ando endo indo aram eram iram amos emos imos ada ado ida ido oes ao ar er ir ei ou eu iu as os es a o e i'),
};
