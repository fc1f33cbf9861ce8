// A third world for the held-out style tables, written blind (without reading the parser or its
// tables): habits named the way people name them in the app, with numbers in names ("Read 10
// pages", "Dormir 8h"), two habits that share a word ("pages"), a plant habit that says "water"
// with no water habit beside it, a synonym, four break habits (one capped in hours) and a goal.
import type { Locale } from '../../../src/core/types.js';
import type { ParseContext, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';
import { habit } from './heldout.fixture.js';

/** Wednesday. Tue = -1, Mon = -2, Sun = -3, Sat = -4, Fri = -5, Thu = -6. */
export const WORLD_C_TODAY = '2025-03-12';

const HABITS_EN: ParserHabit[] = [
  habit('sunscreen', 'Sunscreen', '🧴'),
  habit('walk', 'Evening walk', '🚶', [3, 'km']),
  habit('squats', 'Squats', null, [100, 'reps']),
  habit('reading', 'Read 10 pages', '📖', [10, 'pages']),
  habit('sleep', 'Sleep 8 hours', '😴', [8, 'hours']),
  habit('pages', 'Morning pages', null, [750, 'words']),
  habit('french', 'French', '🇫🇷', [1, 'lessons']),
  habit('pullups', 'Pull-ups', null, [10, 'reps']),
  habit('leetcode', 'LeetCode', null, [2, 'problems']),
  habit('bed', 'Make the bed', '🛏️'),
  habit('skincare', 'Skincare', null, undefined, 'build', ['face routine', 'moisturize']),
  habit('plants', 'Water the plants', '🪴'),
  habit('expenses', 'Track expenses', '💸'),
  habit('creatine', 'Creatine', null),
  habit('screen', 'Screen time', '📱', [2, 'hours', 'at_most'], 'break'),
  habit('takeout', 'Takeout', '🍔', undefined, 'break'),
  habit('nails', 'Nail biting', null, undefined, 'break'),
];

const HABITS_PT: ParserHabit[] = [
  habit('protetor', 'Protetor solar', '🧴'),
  habit('caminhada', 'Caminhada', '🚶', [3, 'km']),
  habit('agachamento', 'Agachamentos', null, [100, 'repetições']),
  habit('leitura', 'Ler 10 páginas', '📖', [10, 'páginas']),
  habit('sono', 'Dormir 8h', '😴', [8, 'horas']),
  habit('tcc', 'Escrever o TCC', null, [500, 'palavras']),
  habit('espanhol', 'Espanhol', '🇪🇸', [1, 'lições']),
  habit('barra', 'Barra fixa', null, [10, 'repetições']),
  habit('questoes', 'Questões do concurso', null, [20, 'questões']),
  habit('cama', 'Arrumar a cama', '🛏️'),
  habit('skincare', 'Skincare', null, undefined, 'build', ['rotina de pele', 'cuidados com a pele']),
  habit('plantas', 'Regar as plantas', '🪴'),
  habit('gastos', 'Anotar os gastos', '💸'),
  habit('creatina', 'Creatina', null),
  habit('tela', 'Tempo de tela', '📱', [2, 'horas', 'at_most'], 'break'),
  habit('delivery', 'Delivery', '🍔', undefined, 'break', ['ifood']),
  habit('unhas', 'Roer unha', null, undefined, 'break'),
];

const GOALS_EN: ParserGoal[] = [{ id: 'laptop', title: 'New laptop', unit: '$', kind: 'target' }];
const GOALS_PT: ParserGoal[] = [{ id: 'notebook', title: 'Notebook novo', unit: 'R$', kind: 'target' }];

export function worldCContext(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: WORLD_C_TODAY, locale, weekStart: 7 }
    : { habits: HABITS_PT, goals: GOALS_PT, today: WORLD_C_TODAY, locale, weekStart: 7 };
}
