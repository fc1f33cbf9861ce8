import type { DialogWords } from './types.js';

export const wordsPtBR: DialogWords = {
  yes: ['sim', 's', 'claro', 'confirmo', 'pode', 'uhum'],
  no: ['nao', 'cancelar'],
  cancel: ['cancelar', 'parar', 'sair'],
  skip: ['pular', 'pula', 'pule', 'proximo', 'nao sei'],
  done: ['pronto', 'so isso', 'nao', 'fim', 'terminar'],
  off: ['desligar', 'desligado', 'desliga', 'nenhum', 'nenhuma', 'nao', 'sem'],
  noDeadline: ['sem prazo', 'nenhum', 'nao'],
  languageNames: ['pt', 'pt-br', 'portugues', 'portuguese', 'brasil', 'br'],
  personalities: { sargento: 'general', mentora: 'mentor', mestre: 'yoda' },
  midnight: ['meia-noite', 'meia noite'],
  weekdays: {
    seg: 1, segunda: 1, 'segunda-feira': 1, ter: 2, terca: 2, 'terca-feira': 2, qua: 3, quarta: 3, 'quarta-feira': 3,
    qui: 4, quinta: 4, 'quinta-feira': 4, sex: 5, sexta: 5, 'sexta-feira': 5, sab: 6, sabado: 6, dom: 7, domingo: 7,
  },
  counts: { uma: 1, um: 1, duas: 2, dois: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7 },
  commands: {
    ajuda: 'help', novo: 'new', nova: 'new', habitos: 'habits', editar: 'edit', arquivar: 'archive',
    pausar: 'pause', retomar: 'resume', voltar: 'resume', hoje: 'today', estatisticas: 'stats', sequencias: 'streaks',
    semana: 'week', meta: 'goal', metas: 'goals', zerar: 'reset', desfazer: 'undo', exportar: 'export',
    importar: 'import', apagar: 'delete', excluir: 'delete', config: 'settings', configuracoes: 'settings', ajustes: 'settings',
    treinador: 'coach', comecar: 'start', iniciar: 'start', revisao: 'review', vincular: 'link', conectar: 'link',
  },
};
