/**
 * The languages the site publishes in: English, the default, and Spanish. A document's `language`
 * field says which it is ("en" also when absent). No imports: lib/routes.ts, next.config.ts and the
 * Studio read it too.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** A document's language: its `language` field when it is one of ours, else the default. */
export function languageOfDocument(doc: object | null | undefined): Language {
  const language = (doc as { language?: unknown } | null | undefined)?.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

// Words that are common in one of the two languages and rare in the other.
const SPANISH_WORDS =
  /(?<![\p{L}])(?:el|la|los|las|de|del|que|y|en|un|una|por|para|con|no|es|se|su|sus|lo|al|como|más|pero|muy|ya|yo|mi|me|le|les|está|están|fue|era|son|sin|sobre|también|porque|cuando|hay|tiene|ser|estar|puede|vida|ayuda|usted)(?![\p{L}])/giu;
const ENGLISH_WORDS =
  /(?<![\p{L}])(?:the|of|and|to|in|is|it|that|was|for|on|are|with|as|be|at|this|have|from|or|by|not|but|what|all|were|when|we|there|can|an|your|which|their|if|do|will|my|me|he|she|they|you|i)(?![\p{L}])/giu;

/**
 * Which of the two a text is written in, when nothing says so (a labelled corpus without a language):
 * the one whose common words it uses more; English on a tie. Never used where a document has a language.
 */
export function guessLanguage(text: string): Language {
  const spanish = (text.match(SPANISH_WORDS) ?? []).length + (/[ñ¿¡áéíóú]/iu.test(text) ? 2 : 0);
  const english = (text.match(ENGLISH_WORDS) ?? []).length;
  return spanish > english ? 'es' : 'en';
}
