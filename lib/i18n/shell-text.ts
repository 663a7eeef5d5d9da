/**
 * The words of the frame around every page (part of lib/i18n/dictionary.ts), apart and small like
 * ./error-text.ts: the global error page draws the same frame in the browser.
 */
export const SHELL_TEXT = {
  en: {
    skipToContent: 'Skip to content',
    siteNav: 'Site',
    articles: 'Articles',
    getHelpNow: 'Get help now',
    aboutTheClinic: 'About the clinic',
    allArticles: 'All articles',
  },
  es: {
    skipToContent: 'Ir al contenido',
    siteNav: 'Sitio',
    articles: 'Artículos',
    getHelpNow: 'Ayuda ahora',
    aboutTheClinic: 'Sobre la clínica',
    allArticles: 'Todos los artículos',
  },
} as const;

export type ShellText = (typeof SHELL_TEXT)[keyof typeof SHELL_TEXT];
