// The one line a person sees when handling their message failed. Kept here rather than in
// dialog's catalog because it must work when dialog itself is what failed.
import { DEFAULT_LOCALE, localeFromHint, type Locale } from '../../core/languages.js';

const APOLOGIES: Record<Locale, string> = {
  en: 'Sorry, something went wrong on my side. Please try again in a moment.',
  'pt-BR': 'Desculpe, algo deu errado do meu lado. Tente de novo daqui a pouco.',
  es: 'Perdón, algo falló de mi lado. Inténtalo de nuevo en un momento.',
};

export function apologyFor(languageCode: string | undefined): string {
  return APOLOGIES[localeFromHint(languageCode) ?? DEFAULT_LOCALE];
}
