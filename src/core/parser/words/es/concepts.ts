// Spanish words for the habit concepts (words/concepts.ts lists the concepts), by tense. Normalized.
import type { ConceptWords } from '../types.js';

const w = (words: string): string[] => words.split(/\s+/).filter((word) => word.length > 0);

export const ES_CONCEPTS: ConceptWords = {
  run: { past: w('corri corrio corrimos trote'), base: w('correr corro trotar'), ger: w('corriendo trotando'), noun: w('carrera carreras trote') },
  walk: { past: w('camine camino paseamos'), base: w('caminar pasear'), ger: w('caminando paseando'), noun: w('caminata caminatas paseo pasos') },
  pushups: { noun: w('flexion flexiones lagartija lagartijas') },
  situps: { noun: w('abdominales') },
  squats: { noun: w('sentadilla sentadillas') },
  pullups: { noun: w('dominada dominadas') },
  plank: { noun: w('plancha planchas') },
  workout: { past: w('entrene entreno ejercite'), base: w('entrenar ejercitar'), ger: w('entrenando'), noun: w('gimnasio gym entrenamiento pesas ejercicio ejercicios rutina') },
  stretch: { past: w('estire'), base: w('estirar'), ger: w('estirando'), noun: w('estiramiento estiramientos') },
  swim: { past: w('nade nado'), base: w('nadar'), ger: w('nadando'), noun: w('natacion alberca piscina pileta') },
  bike: { past: w('pedalee'), base: w('pedalear'), ger: w('pedaleando'), noun: w('bici bicicleta') },
  read: { past: w('lei leyo leimos'), base: w('leer leo'), ger: w('leyendo'), noun: w('lectura libro libros capitulo capitulos') },
  study: { past: w('estudie estudio'), base: w('estudiar'), ger: w('estudiando'), noun: w('estudio') },
  meditate: { past: w('medite medito'), base: w('meditar'), ger: w('meditando'), noun: w('meditacion') },
  water: { noun: w('agua') },
  journal: { past: w('escribi'), noun: w('diario') },
  floss: { noun: w('hilodental hilo') },
  smoking: { past: w('fume fumo fumamos'), base: w('fumar'), ger: w('fumando'), noun: w('cigarro cigarros cigarrillo cigarrillos tabaco pucho puchos') },
  sugar: { noun: w('azucar dulce dulces postre postres pastel pasteles galleta galletas refresco refrescos') },
  alcohol: { noun: w('cerveza cervezas chela chelas vino vinos trago tragos alcohol') },
  vitamins: { noun: w('vitamina vitaminas multivitaminico polivitaminico suplemento suplementos') },
  sleep: { past: w('dormi durmio acoste'), base: w('dormir duermo'), ger: w('durmiendo'), noun: w('sueno') },
  coffee: { noun: w('cafe cafes cafecito') },
  clean: { past: w('limpie ordene barri'), base: w('limpiar ordenar'), ger: w('limpiando'), noun: w('limpieza') },
  cook: { past: w('cocine'), base: w('cocinar'), ger: w('cocinando') },
  pray: { past: w('rece ore'), base: w('rezar orar'), noun: w('oracion') },
};
