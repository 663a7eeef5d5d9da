/**
 * The words of the error page in each language (part of lib/i18n/dictionary.ts). Kept apart and
 * small: the error page runs in the browser, and every byte of this module is in its script.
 */
export const ERROR_TEXT = {
  en: {
    heading: 'This page could not be shown',
    body: 'Something went wrong on our side. Please try again in a moment.',
    tryAgain: 'Try again',
    home: 'Go to the latest articles',
  },
  es: {
    heading: 'No pudimos mostrar esta página',
    body: 'Algo salió mal de nuestro lado. Vuelva a intentarlo en un momento.',
    tryAgain: 'Intentar de nuevo',
    home: 'Ir a los artículos recientes',
  },
} as const;
