// Latin-American Spanish words of the parser's rules, by the logic file that reads them (words/types.ts
// says what each list is). Normalized spellings. words/rules.ts merges every language's lists, so a
// Spanish word here must not mean something else in English or Portuguese in the same role.
import type { RuleWords } from '../types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export const ES_RULES: Partial<RuleWords> = {
  // confidence.ts
  genericNameWords: w('llamar llame llamada hacer hice tomar tome ir fui tener tuve clase sesion vez'),
  // intents.ts
  topicStreaks: w('racha rachas seguido seguidos seguidas'),
  topicGoals: w('meta metas objetivo objetivos'),
  topicWeek: w('semana semanal'),
  topicStats: w('estadisticas estadistica puntaje numeros progreso resumen reporte informe mes mensual'),
  topicToday: w('falta faltan pendiente pendientes agenda'),
  undoPhrases: [['me', 'equivoque', 'de', 'habito'], ['habito', 'equivocado'], ['boton', 'equivocado'], ['fue', 'sin', 'querer'], ['sin', 'querer'], ['no', 'era', 'eso'], ['fue', 'un', 'error']],
  correctionLeads: w('no ups perdon espera error equivoque uy chin rayos'),
  wrongThings: w('numero cantidad valor fecha dia'),
  correctionMarkers: [['quise', 'decir'], ['queria', 'decir'], ['en', 'realidad'], ['mejor', 'dicho'], ['correccion'], ['corrige'], ['corregir'], ['corrigiendo'], ['me', 'equivoque'], ['cambialo', 'a'], ['cambia', 'a'], ['deberia', 'ser'], ['era', 'para', 'ser']],
  weakCorrectionMarkers: [['fueron'], ['fue'], ['eran'], ['era']],
  streakQuestions: [['cuantos', 'dias'], ['cuanto', 'tiempo', 'llevo'], ['dias', 'seguidos']],
  howAmIPhrases: [['como', 'voy'], ['como', 'estoy'], ['como', 'ando'], ['como', 'me', 'va'], ['como', 'van', 'mis'], ['como', 'va', 'mi'], ['como', 'estan', 'mis'], ['que', 'tal', 'voy'], ['mi', 'progreso'], ['mis', 'avances'], ['resumen', 'general']],
  askingWords: w('muestra muestrame mostrar ver lista listar dime cual cuales mi mis'),
  bareTopicCompanions: w('mi mis el la los las todas todos actual actuales de del esta este'),
  greetingWords: w('hola buenos buenas dias tardes noches que tal onda como estas coach bot amigo saludos chao adios hasta luego 👋 🙂 😊 ☀'),
  greetingHeads: w('hola buenos buenas que saludos chao adios 👋'),
  thanksWords: w('gracias muchas mil muchisimas te lo agradezco 🙏 ❤ ok coach bot'),
  thanksHeads: w('gracias agradezco 🙏'),
  // context-words.ts
  drinkingVerbs: w('chupe tomamos'),
  havingVerbs: w('tome tomamos eche'),
  someWords: w('unas unos algunas varias'),
  drinkingCompany: w('con los las amigos amigas cuates compas en la el fiesta noche ayer demasiado mucho'),
  drinkPlaceLeads: w('en'),
  drinkArticles: w('la el los las un una mi'),
  // quantities.ts
  timeOfDayLeads: w('las la antes despues desde'),
  approximateLeads: w('unas unos'),
  counterLeads: w('dia semana numero nivel leccion capitulo pagina'),
  counterUnits: w('dia dias semana semanas mes meses ano anos'),
  setWords: w('serie series ronda rondas'),
  onlyWords: w('solo nomas apenas'),
  // habit-profile.ts
  nameStopwords: w('el la los las un una de del en al y o con sin para por mi mis diaria diarias manana noche antes hasta'),
  nameFunctionWords: w('el la los las un una de del en al y con sin para por mi mis'),
  objectDeterminers: w('el la los las mi mis'),
  // analyze.ts
  pastIntentions: [['iba', 'a'], ['estuve', 'a', 'punto', 'de']],
  // goals.ts
  priceChangePhrases: [['subio'], ['aumento'], ['se', 'encarecio'], ['bajo'], ['precio'], ['precios'], ['cuesta'], ['costo'], ['esta', 'mas', 'cara'], ['esta', 'mas', 'caro']],
  goalTitleStopwords: w('el la los las de del para mi meta ahorro ahorrar'),
  // mentions.ts
  locationWords: w('en el la al del durante antes despues con mi'),
  thingNouns: w('app aplicacion tenis ropa reloj cuenta maestro maestra tapete mensualidad membresia'),
  messageWords: w('mensaje mensajes texto respuesta comentario comentarios whatsapp correo'),
  objectLeads: w('tu su el la los las mi mis ese esa'),
  determiners: w('mi el la los las un una'),
  carrierVerbs: w('escribi practique estudie'),
  // subject.ts: "mi esposa corrió 10 km" is someone else's activity.
  possessives: w('mi mis nuestro nuestra nuestros nuestras su sus tu tus'),
  people: w(`esposa esposo novio novia pareja marido mujer amigo amiga amigos amigas hermano hermana hermanos hermanas mama papa
    hijo hija hijos primo prima tia tio abuela abuelo jefe jefa vecino vecina companero companera roomie cuate cuates compa compas suegra suegro`),
  thirdPerson: w('ella ellos ellas'),
  speechVerbs: w('dice dijo piensa penso recomienda recomendo sugiere sugirio'),
  someoneLeads: w('mi la nuestro nuestra su'),
  personArticles: w('el la los las'),
  speakerAlone: w('yo'),
  // analyze.ts: "regué las plantas", "me eché unas chelas", "comí": the preterite's accent says past.
  // bedtime.ts
  morningMarks: [['de', 'la', 'manana'], ['de', 'la', 'madrugada'], ['de', 'madrugada']],
  eveningMarks: [['de', 'la', 'noche'], ['de', 'noche']],
  deadlineWords: w('antes hasta'),
  // settings.ts
  settingImperatives: w('pon ponle pongo cambia cambiale sube subele baja bajale aumenta reduce ajusta'),
  accentedPastEndings: w('é í ó'),
  accentedNotPast: w('cafe bebe pure aqui alli ahi asi mani rubi aji esqui'),
  trailingNegations: w('no'),
  // clauses.ts
  alternatives: w('o'),
  keepInClause: w('ni'),
  // correction.ts
  logWordsForWeakCorrection: w('hoy'),
  // dates.ts: "esta mañana" is this morning ("mañana" alone is tomorrow).
  dayParts: w('manana tarde noche madrugada'),
  // "el 19/5"; "en la mañana" is this morning.
  numericDateLeads: w('el desde dia'),
  dayPartArticles: w('la'),
};
