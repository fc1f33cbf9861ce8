// World H, Latin-American Spanish. Written BLIND on 2026-12-08: without reading the parser
// (src/core/parser/, apart from its result types) or its phrasing and regression tables, and
// committed before being run. Expectations are what a careful human assistant would do.
// Hoy es jueves 2026-05-21: ayer/miércoles = -1, martes = -2, lunes = -3, domingo = -4,
// sábado = -5, viernes = -6; "anteayer" / "antier" = -2; "anoche" = -1; el 19/5 = -2.
// Hábitos: ver world-h.ts (Caminar en km, Natación en vueltas, Yoga min, Estudiar inglés min,
// Escribir en el diario, Vitaminas, Hilo dental, Dormir antes de las 11, Tomar agua en vasos,
// Gimnasio [gym, pesas], Sentadillas repeticiones, Regar las plantas, Cocinar en casa, Revisar
// presupuesto; break: Sin alcohol, No fumar, Café máximo 2 tazas). Meta: Ahorro para la moto (MXN).
import type { HeldoutRow } from '../heldout.fixture.js';
import { ANY, AMBIGUOUS, done, fix, goal, log, NOT_LOG, query, skip, slip, UNDO } from '../heldout.fixture.js';

/** A remark or detail that may or may not be kept as a note: the note is not checked. */
const anyNote = { note: undefined };
/** A slip "un cigarro", "una cerveza": one, or no count. */
const one = [1, null];

export const BLIND_WORLD_H_ES: HeldoutRow[] = [
  // --- caminar (meta 5 km)
  ['caminé 5 km', log(done('walk', 5))],
  ['sali a caminar 3 km ayer', log(done('walk', 3, { day: -1 }))],
  ['caminé 6.5 km', log(done('walk', 6.5))],
  ['caminé 4,5 km en la mañana', log(done('walk', 4.5))],
  ['salí a caminar', log(done('walk'))],
  ['fui a caminar al parque', log(done('walk', null, anyNote))],
  ['caminé una hora', log(done('walk', ANY))],
  ['caminé 10 mil pasos', log(done('walk', ANY))],
  ['caminata ✅', log(done('walk'))],
  ['caminé 4 km el lunes', log(done('walk', 4, { day: -3 }))],
  ['caminé cinco kilómetros', log(done('walk', 5))],
  ['caminé 7 km el 19/5', log(done('walk', 7, { day: -2 }))],
  ['me dio flojera pero sí salí a caminar', log(done('walk', null, anyNote))],

  // --- natación (meta 20 vueltas)
  ['nadé 20 vueltas', log(done('swim', 20))],
  ['nadé 24 largos', log(done('swim', 24))],
  ['nadé 30 vueltas ayer', log(done('swim', 30, { day: -1 }))],
  ['fui a nadar', log(done('swim'))],
  ['natación lista ✅', log(done('swim'))],
  ['nadé 1 km', log(done('swim', ANY))],
  ['nadé 40 min el domingo', log(done('swim', ANY, { day: -4 }))],
  ['nadé ayer y hoy', log(done('swim', null, { day: -1 }), done('swim', null, { day: 0 }))],
  ['casi no voy a nadar pero sí fui', log(done('swim', null, anyNote))],
  ['🏊 22 vueltas en la alberca', log(done('swim', 22, anyNote))],

  // --- yoga (meta 20 min)
  ['hice 30 min de yoga', log(done('yoga', 30))],
  ['ya hice yoga', log(done('yoga'))],
  ['yoga por una hora', log(done('yoga', 60))],
  ['media hora de yoga el martes', log(done('yoga', 30, { day: -2 }))],
  ['hice yoga el lunes y el miércoles', log(done('yoga', null, { day: -3 }), done('yoga', null, { day: -1 }))],
  ['yoga 20 min 🧘‍♀️', log(done('yoga', 20))],
  ['casi me salto el yoga pero lo hice', log(done('yoga', null, anyNote))],
  ['hice yoga antier', log(done('yoga', null, { day: -2 }))],
  ['hice yoga anteayer', log(done('yoga', null, { day: -2 }))],

  // --- estudiar inglés (meta 15 min)
  ['estudié inglés 20 min', log(done('english', 20))],
  ['duolingo de inglés 15 min', log(done('english', 15, anyNote))],
  ['ya hice mi clase de inglés', log(done('english', null, anyNote))],
  ['estudié inglés ayer media hora', log(done('english', 30, { day: -1 }))],
  ['inglés ✅', log(done('english'))],
  ['estudie ingles 10 minutitos', log(done('english', 10, anyNote))],

  // --- escribir en el diario
  ['escribí en mi diario', log(done('journal'))],
  ['ya escribí en el diario', log(done('journal'))],
  ['escribí en el diario anoche', log(done('journal', null, { day: -1 }))],
  ['diario listo ✍️', log(done('journal'))],

  // --- vitaminas
  ['me tomé las vitaminas', log(done('vitamins'))],
  ['ya me tomé mis vitaminas', log(done('vitamins'))],
  ['vitaminas ✅', log(done('vitamins'))],
  ['tome mis vitaminas ayer', log(done('vitamins', null, { day: -1 }))],
  ['me tomé la vitamina C', log(done('vitamins', null, anyNote))],

  // --- hilo dental
  ['usé hilo dental', log(done('floss'))],
  ['me pasé el hilo dental anoche', log(done('floss', null, { day: -1 }))],
  ['hilo dental ✅', log(done('floss'))],

  // --- dormir antes de las 11 (la hora no es una cantidad a revisar)
  ['me dormí a las 10:30', log(done('sleep', ANY, anyNote))],
  ['anoche me dormí antes de las 11', log(done('sleep', ANY, { day: -1, ...anyNote }))],

  // --- tomar agua (meta 8 vasos)
  ['tomé 3 vasos de agua', log(done('water', 3))],
  ['tome 8 vasos de agua', log(done('water', 8))],
  ['otro vaso de agua', log(done('water', 1))],
  ['tomé 6 vasos de agua ayer', log(done('water', 6, { day: -1 }))],
  ['agua ✅', log(done('water'))],
  ['me tomé 2 litros de agua', log(done('water', ANY))],
  ['tomé tres vasos de agua', log(done('water', 3))],

  // --- regar las plantas
  ['regué las plantas', log(done('plants'))],
  ['ya regué las plantitas 🪴', log(done('plants'))],
  ['regué las plantas el sábado', log(done('plants', null, { day: -5 }))],

  // --- gimnasio (sinónimos enseñados: gym, pesas)
  ['le di al gym', log(done('gym'))],
  ['fui al gym', log(done('gym'))],
  ['ya fui al gimnasio', log(done('gym'))],
  ['entrené pierna', log(done('gym', null, anyNote))],
  ['hice pesas ayer', log(done('gym', null, { day: -1 }))],
  ['gym ✅', log(done('gym'))],
  ['entrené una hora', log(done('gym', ANY))],
  ['fui al gym el viernes', log(done('gym', null, { day: -6 }))],
  ['casi no voy al gym pero fui 💪', log(done('gym', null, anyNote))],
  ['me eché una rutina de brazo', log(done('gym', null, anyNote))],

  // --- sentadillas (meta 50 repeticiones)
  ['hice 50 sentadillas', log(done('squats', 50))],
  ['sentadillas: 60', log(done('squats', 60))],
  ['3 series de 20 sentadillas', log(done('squats', 60))],
  ['otras 20 sentadillas', log(done('squats', 20))],
  ['hice 40 sentadillas ayer y 50 hoy', log(done('squats', 40, { day: -1 }), done('squats', 50, { day: 0 }))],
  ['hice cincuenta sentadillas', log(done('squats', 50))],
  ['30 sentadillas el viernes', log(done('squats', 30, { day: -6 }))],

  // --- cocinar en casa, presupuesto
  ['cociné en casa', log(done('mealprep'))],
  ['hoy cociné en casa en vez de pedir', log(done('mealprep', null, anyNote))],
  ['cociné en casa el domingo', log(done('mealprep', null, { day: -4 }))],
  ['revisé mi presupuesto', log(done('budget'))],
  ['ya revisé el presupuesto del mes', log(done('budget', null, anyNote))],

  // --- varios hábitos en un mensaje
  ['yoga, hilo dental y vitaminas', log(done('yoga'), done('floss'), done('vitamins'))],
  ['caminé 5 km, tomé 8 vasos de agua y escribí en el diario', log(done('walk', 5), done('water', 8), done('journal'))],
  ['gym y 50 sentadillas', log(done('gym'), done('squats', 50))],
  ['ayer: yoga 20 min y caminé 4 km', log(done('yoga', 20, { day: -1 }), done('walk', 4, { day: -1 }))],
  ['nadé 20 vueltas y estudié inglés 15 min', log(done('swim', 20), done('english', 15))],
  ['regué las plantas y tomé 8 vasos de agua', log(done('plants'), done('water', 8))],

  // --- saltar, con motivo
  ['hoy me salto la natación, la alberca está cerrada', log(skip('swim', { reason: true }))],
  ['hoy no voy al gym, estoy enfermo', log(skip('gym', { reason: true }))],
  ['saltar yoga hoy', log(skip('yoga'))],
  ['me salté inglés ayer, mucho trabajo', log(skip('english', { day: -1, reason: true }))],
  ['hoy descanso del gym, me duele el hombro', log(skip('gym', { reason: true }))],
  ['no hice sentadillas hoy, me duele la rodilla', log(skip('squats', { reason: true }))],
  ['me salto el hilo dental hoy, se me acabó', log(skip('floss', { reason: true }))],

  // --- recaídas en los hábitos a dejar y en el café (máximo 2)
  ['me fumé un cigarro', log(slip('smoking', one))],
  ['me fumé 3 cigarros', log(slip('smoking', 3))],
  ['fumé uno en la fiesta', log(slip('smoking', one, anyNote))],
  ['se me antojó y me fumé medio cigarro', log(slip('smoking', ANY, anyNote))],
  ['me eché unas chelas', log(slip('alcohol', ANY))],
  ['me tomé 2 cervezas ayer', log(slip('alcohol', 2, { day: -1 }))],
  ['tomé 2 copas de vino', log(slip('alcohol', 2))],
  ['me tomé un tequila el sábado', log(slip('alcohol', one, { day: -5 }))],
  ['3 cafés hoy 😬', log(slip('coffee', 3))],
  ['otro café', log(slip('coffee', 1))],
  ['solo tomé 1 café hoy', log(slip('coffee', 1))],
  ['me tomé 4 tazas de café ayer', log(slip('coffee', 4, { day: -1 }))],
  ['recaí', AMBIGUOUS],

  // --- deshacer y correcciones
  ['deshacer', UNDO],
  ['deshaz eso', UNDO],
  ['bórralo', UNDO],
  ['borra el último', UNDO],
  ['no, fueron 30', fix(30)],
  ['perdón, fue ayer', fix(undefined, -1)],
  ['me equivoqué, eran 6 vasos', fix(6)],
  ['quise decir 25', fix(25)],

  // --- meta (Ahorro para la moto, MXN)
  ['ahorré 500 pesos para la moto', goal('moto', 500)],
  ['metí 1000 a lo de la moto', goal('moto', 1000)],
  ['guardé $300 ayer para la moto', goal('moto', 300, -1)],
  ['aparté 250 para la moto', goal('moto', 250)],
  ['+200 moto', goal('moto', 200)],

  // --- preguntas sobre números y rachas
  ['¿cuál es mi racha?', query('streaks')],
  ['como voy?', query('how_am_i')],
  ['¿qué me falta hoy?', query('today')],
  ['¿cómo me fue esta semana?', query('week')],
  ['mis estadísticas', query('stats')],
  ['cuanto llevo para la moto?', query('goals')],
  ['cuantos dias llevo sin fumar?', query()],

  // --- NOT_LOG: negaciones de hábitos a construir (no pueden ser recaída en No fumar / Sin alcohol)
  ['no corrí hoy', NOT_LOG],
  ['no nadé hoy', NOT_LOG],
  ['no fui al gym hoy', NOT_LOG],
  ['no me pasé el hilo dental anoche', NOT_LOG],
  ['todavía no hago yoga', NOT_LOG],
  ['se me olvidaron las vitaminas', NOT_LOG],
  ['no escribí en el diario', NOT_LOG],
  ['no tomé suficiente agua hoy', NOT_LOG],
  ['hoy no entrené', NOT_LOG],
  ['no pude hacer las sentadillas', NOT_LOG],
  ['ni caminé hoy', NOT_LOG],
  ['se me olvidó regar las plantas', NOT_LOG],
  ['me dormí a las 2 otra vez jaja', NOT_LOG],

  // --- NOT_LOG: hábito a dejar cumplido
  ['hoy no fumé 💪', NOT_LOG],
  ['cero alcohol esta semana', NOT_LOG],
  ['no tomé nada anoche', NOT_LOG],
  ['hoy no tomé café', NOT_LOG],
  ['llevo 10 días sin fumar!!', NOT_LOG],

  // --- NOT_LOG: planes y deseos
  ['voy a nadar más tarde', NOT_LOG],
  ['mañana voy al gym', NOT_LOG],
  ['quiero leer más este año', NOT_LOG],
  ['tengo que tomar más agua', NOT_LOG],
  ['al rato hago yoga', NOT_LOG],
  ['el domingo pienso cocinar para la semana', NOT_LOG],
  ['ojalá pueda caminar mañana', NOT_LOG],

  // --- NOT_LOG: lo que hicieron otros
  ['mi esposo corrió 10 km', NOT_LOG],
  ['mi hermana fue al gym hoy', NOT_LOG],
  ['mi papá se fumó una cajetilla entera', NOT_LOG],
  ['mis amigos se tomaron 20 chelas jaja', NOT_LOG],

  // --- NOT_LOG: dinero que no es la meta
  ['gasté 300 pesos en el súper', NOT_LOG],
  ['pagué 500 de la mensualidad del gym', NOT_LOG],
  ['la moto subió 2000 pesos 😤', NOT_LOG],
  ['compré un tapete de yoga de 400 pesos', NOT_LOG],

  // --- NOT_LOG: ajustes y metas de los hábitos
  ['cambia mi meta de agua a 10 vasos', NOT_LOG],
  ['pon el yoga en 30 minutos', NOT_LOG],
  ['quiero cambiar las sentadillas a 60', NOT_LOG],
  ['cambia natación a martes y jueves', NOT_LOG],
  ['recuérdame tomar vitaminas a las 8', NOT_LOG],
  ['pausa el gym por 2 semanas', NOT_LOG],

  // --- NOT_LOG: plática y preguntas al coach
  ['hola', NOT_LOG],
  ['buenos días!', NOT_LOG],
  ['gracias 🙏', NOT_LOG],
  ['jajaja', NOT_LOG],
  ['eres lo máximo', NOT_LOG],
  ['ok', NOT_LOG],
  ['¿qué puedes hacer?', NOT_LOG],
  ['¿es malo tomar café en la tarde?', NOT_LOG],
  ['¿cómo dejo de fumar?', NOT_LOG],
  ['¿yoga en la mañana o en la noche?', NOT_LOG],
  ['¿cuántos vasos de agua debo tomar?', NOT_LOG],

  // --- un humano cuidadoso preguntaría
  ['hice 20', AMBIGUOUS],
  ['listo ✅', AMBIGUOUS],
];
