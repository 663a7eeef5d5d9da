import { defineField } from 'sanity';
import { DEFAULT_LANGUAGE } from '../../lib/i18n/languages';
import { dictionary } from '../../lib/i18n/dictionary';
import { STUDIO_LANGUAGES } from '../languages';

/**
 * A post's, category's or page's language. Set when the document is created (the language chosen in
 * "New document", or the plugin's Translations menu when it creates a translation) and never typed:
 * the plugin does not add the field itself. Empty is English (content contract v2).
 */
export const languageField = defineField({
  name: 'language',
  title: 'Language',
  type: 'string',
  readOnly: true,
  description: `Set when the document is created; empty means ${dictionary(DEFAULT_LANGUAGE).languageName}. To write this in another language, use the Translations menu above.`,
  options: { list: STUDIO_LANGUAGES.map((l) => ({ value: l.id, title: l.title })) },
});
