import { LANGUAGES } from '../lib/i18n/languages';
import { dictionary } from '../lib/i18n/dictionary';

/** The types written in each language and linked as translations (content contract v2). */
export const TRANSLATED_TYPES = ['post', 'category', 'page'] as const;

/** The languages as the Studio offers them (@sanity/document-internationalization's `supportedLanguages`). */
export const STUDIO_LANGUAGES = LANGUAGES.map((id) => ({ id, title: dictionary(id).languageName }));
