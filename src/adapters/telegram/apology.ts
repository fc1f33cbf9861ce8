// The one line a person sees when handling their message failed. Kept here rather than in
// dialog's catalog because it must work when dialog itself is what failed.
const APOLOGIES = {
  en: 'Sorry, something went wrong on my side. Please try again in a moment.',
  'pt-BR': 'Desculpe, algo deu errado do meu lado. Tente de novo daqui a pouco.',
} as const;

export function apologyFor(languageCode: string | undefined): string {
  return languageCode && /^pt\b|^pt[-_]/i.test(languageCode) ? APOLOGIES['pt-BR'] : APOLOGIES.en;
}
