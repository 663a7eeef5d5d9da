/**
 * The English words of the frame around every page (lib/i18n/dictionary.ts `shell`), in a module of
 * their own: the global error page draws the same frame in the browser, and ships only these.
 */
export const SHELL_TEXT_EN = {
  skipToContent: 'Skip to content',
  siteNav: 'Site',
  articles: 'Articles',
  getHelpNow: 'Get help now',
  aboutTheClinic: 'About the clinic',
  allArticles: 'All articles',
};

export type ShellText = typeof SHELL_TEXT_EN;
