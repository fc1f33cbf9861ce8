// Latin-American usage first ("listo", "chao"), with the Spain forms people also type.
import type { DialogWords } from './types.js';

export const wordsEs: DialogWords = {
  yes: ['si', 'claro', 'dale', 'va', 'confirmo', 'de acuerdo', 'sale', 'orale'],
  no: ['no', 'nel', 'cancelar'],
  cancel: ['cancelar', 'parar', 'salir', 'detener'],
  skip: ['saltar', 'salta', 'omitir', 'siguiente', 'no se', 'paso'],
  done: ['listo', 'eso es todo', 'nada mas', 'no', 'fin', 'terminar', 'ya'],
  off: ['apagar', 'apagado', 'desactivar', 'ninguno', 'ninguna', 'no', 'sin'],
  noDeadline: ['sin fecha', 'sin fecha limite', 'sin plazo', 'ninguna', 'no'],
  languageNames: ['es', 'es-mx', 'es-es', 'es-419', 'espanol', 'castellano', 'spanish'],
  personalities: { sargento: 'general', mentora: 'mentor', maestro: 'yoda' },
  midnight: ['medianoche'],
  weekdays: {
    lun: 1, lunes: 1, mar: 2, martes: 2, mie: 3, miercoles: 3, jue: 4, jueves: 4,
    vie: 5, viernes: 5, sab: 6, sabado: 6, dom: 7, domingo: 7,
  },
  counts: { una: 1, uno: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7 },
  commands: {
    ayuda: 'help', nuevo: 'new', nueva: 'new', habitos: 'habits', editar: 'edit', archivar: 'archive',
    pausar: 'pause', reanudar: 'resume', seguir: 'resume', hoy: 'today', estadisticas: 'stats', rachas: 'streaks',
    semana: 'week', meta: 'goal', metas: 'goals', reiniciar: 'reset', deshacer: 'undo', exportar: 'export',
    importar: 'import', borrar: 'delete', eliminar: 'delete', ajustes: 'settings', configuracion: 'settings',
    entrenador: 'coach', empezar: 'start', iniciar: 'start', revision: 'review', vincular: 'link', conectar: 'link',
    como: 'how',
  },
};
