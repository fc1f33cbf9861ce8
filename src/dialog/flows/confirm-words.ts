// Typed answers to a yes/no question, in both languages (accents already removed).
export const YES_WORDS = new Set(['yes', 'y', 'yep', 'yeah', 'sure', 'ok', 'confirm', 'sim', 's', 'claro', 'confirmo', 'pode']);
export const NO_WORDS = new Set(['no', 'n', 'nope', 'nao', 'cancel', 'cancelar']);
