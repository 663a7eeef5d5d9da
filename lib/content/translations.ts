/**
 * A document's translations as pages: for a post, category or trust page, the same document in the
 * other language (`translation.metadata`, @sanity/document-internationalization) that the site
 * shows, with its address. The document's own `language` decides which language it is, whatever the
 * metadata files it under; a translation that is not published, not valid or not due yet is left
 * out, so no link ever leads to a 404.
 */
import 'server-only';
import { LANGUAGES, type Language } from '../i18n/languages';
import { documentHref } from '../routes';
import { getAllCategories, getAllPages, getAllPostCards, getTranslationGroups } from './index';

export type TranslatableType = 'post' | 'category' | 'page';

interface Shown {
  _id: string;
  slug: string;
  language: Language;
}

async function shownDocuments(type: TranslatableType): Promise<readonly Shown[]> {
  if (type === 'post') return getAllPostCards();
  if (type === 'category') return getAllCategories();
  return getAllPages();
}

/** The paths of a document in every language it is shown in, its own included (`{ en: '/blog/x', es: '/es/blog/y' }`). */
export async function translationPaths(type: TranslatableType, id: string): Promise<Partial<Record<Language, string>>> {
  const [groups, shown] = await Promise.all([getTranslationGroups(), shownDocuments(type)]);
  const group = groups.find((ids) => ids.includes(id)) ?? [id];
  const paths: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    const doc = shown.find((d) => d.language === language && group.includes(d._id));
    if (doc) paths[language] = documentHref(type, doc.slug, language);
  }
  return paths;
}

/** The links to the other languages' versions, for the page in `language`. */
export function otherLanguages(paths: Partial<Record<Language, string>>, language: Language): Array<{ language: Language; href: string }> {
  return LANGUAGES.filter((l) => l !== language && paths[l]).map((l) => ({ language: l, href: paths[l]! }));
}
