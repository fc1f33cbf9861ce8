// Brazilian Portuguese words for the units (words/units.ts lists them), and exercises counted in reps ("20 flexões").
import type { UnitWords } from '../types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export const PT_BR_UNITS: UnitWords = {
  km: w('quilometro quilometros kilometro kilometros'),
  mi: w('milha milhas'),
  m: w('metro metros'),
  marathon: w('maratona maratonas'),
  min: w('minuto minutos minutinhos minutinho'),
  h: w('hora horas horinha horinhas'),
  s: w('segundo segundos seg'),
  ml: w('mililitro mililitros'),
  l: w('litro litros'),
  glass: w('copo copos copao xicara xicaras caneca canecas'),
  bottle: w('garrafa garrafas garrafinha garrafinhas'),
  page: w('pag pags pagina paginas'),
  chapter: w('capitulo capitulos cap caps'),
  book: w('livro livros'),
  word: w('palavra palavras'),
  rep: w('repeticao repeticoes'),
  set: w('serie series'),
  step: w('passo passos'),
  pack: w('maco macos carteira carteiras'),
  cigarette: w('cigarro cigarros cigarrinho cigarrinhos'),
  lesson: w('licao licoes aula aulas'),
  session: w('sessao sessoes'),
  time: w('vez vezes'),
  money: w('real reais conto contos pila'),
  kg: w('quilo quilos quilograma quilogramas'),
  lb: w('libra libras'),
  g: w('grama gramas'),
};

export const PT_BR_REP_NOUNS = w('flexao flexoes agachamento agachamentos abdominal abdominais barra barras polichinelo polichinelos');
