/**
 * The sitemap's entries from valid content only: each language's home and locations list, and every
 * page of the route table (articles, authors, categories, locations, trust pages) in each language
 * it exists in, each `lastmod` from what readers see (updatedAt, else publishedAt), never the
 * system's _updatedAt. A page in more than one language lists them all as `xhtml:link` alternates
 * (hreflang, with x-default the English one): an author, a location, a home in every language; a
 * post, a topic or a trust page with its translations.
 */
import type { Author, Category, ClinicLocation, PostCard, TrustPage } from '../content';
import { contentDateMillis, isoDateTime } from '../editorial/dates';
import { LANGUAGES, type Language } from '../i18n/languages';
import { documentRoutes, href, type DocumentTypeName } from '../routes';
import { languageAlternates } from './metadata';
import { absoluteUrl } from './urls';

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  /** hreflang → absolute URL, the page itself included, when it exists in more than one language. */
  alternates?: { languages: Record<string, string> };
}

function newest(posts: readonly PostCard[], timeZone: string): string | undefined {
  let best: { at: number; value: string } | undefined;
  for (const post of posts) {
    const value = post.updatedAt ?? post.publishedAt;
    const at = contentDateMillis(value, timeZone);
    if (!best || at > best.at) best = { at, value };
  }
  return best ? isoDateTime(best.value, timeZone) : undefined;
}

export function sitemapEntries(
  input: {
    /** Every language's. */
    posts: readonly PostCard[];
    authors: readonly Author[];
    categories: readonly Category[];
    pages: readonly TrustPage[];
    locations: readonly ClinicLocation[];
    /** translation.metadata groups (ids). */
    translations?: readonly (readonly string[])[];
  },
  origin: string,
  timeZone: string,
): SitemapEntry[] {
  const groups = input.translations ?? [];
  const withAlternates = (entry: SitemapEntry, paths: Partial<Record<Language, string>>): SitemapEntry => {
    const languages = languageAlternates(paths, origin);
    return languages ? { ...entry, alternates: { languages } } : entry;
  };
  /** The paths of a translatable document in each language, from the groups and what is shown. */
  const translated = <T extends { _id: string; slug: string; language: Language }>(
    items: readonly T[],
    item: T,
    path: (slug: string, language: Language) => string,
  ) => {
    const group = groups.find((ids) => ids.includes(item._id)) ?? [item._id];
    const paths: Partial<Record<Language, string>> = {};
    for (const other of items)
      if (group.includes(other._id) && !paths[other.language]) paths[other.language] = path(other.slug, other.language);
    return paths;
  };
  const everyLanguage = (path: (language: Language) => string) =>
    Object.fromEntries(LANGUAGES.map((l) => [l, path(l)])) as Record<Language, string>;
  const byAuthor = new Map<string, PostCard[]>();
  const byCategory = new Map<string, PostCard[]>();
  const add = (map: Map<string, PostCard[]>, key: string, post: PostCard) => {
    const list = map.get(key);
    if (list) list.push(post);
    else map.set(key, [post]);
  };
  for (const post of input.posts) {
    add(byAuthor, post.author._id, post);
    add(byCategory, post.category._id, post);
  }
  const entry = (path: string, lastModified: string | undefined): SitemapEntry => ({
    url: absoluteUrl(path, origin),
    ...(lastModified ? { lastModified } : {}),
  });
  const postsIn = (language: Language) => input.posts.filter((post) => post.language === language);
  /** A page every language has, once per language, each listing the others. */
  const inEveryLanguage = (path: (language: Language) => string, lastModified: (language: Language) => string | undefined) => {
    const paths = everyLanguage(path);
    return LANGUAGES.map((language) => withAlternates(entry(paths[language], lastModified(language)), paths));
  };
  const authored = (author: Author, language: Language) => (byAuthor.get(author._id) ?? []).filter((post) => post.language === language);
  // Every document type a route shows must be listed here; entries follow the route table's order.
  const byType: { [T in DocumentTypeName]: SitemapEntry[] } = {
    post: input.posts.map((post) =>
      withAlternates(
        entry(href('post', { slug: post.slug }, post.language), isoDateTime(post.updatedAt ?? post.publishedAt, timeZone)),
        translated(input.posts, post, (slug, l) => href('post', { slug }, l)),
      ),
    ),
    author: input.authors.flatMap((author) =>
      inEveryLanguage(
        (l) => href('author', { slug: author.slug }, l),
        (l) => newest(authored(author, l), timeZone),
      ),
    ),
    category: input.categories.map((category) =>
      withAlternates(
        entry(href('category', { slug: category.slug }, category.language), newest(byCategory.get(category._id) ?? [], timeZone)),
        translated(input.categories, category, (slug, l) => href('category', { slug }, l)),
      ),
    ),
    page: input.pages.map((page) =>
      withAlternates(
        entry(href('trustPage', { slug: page.slug }, page.language), isoDateTime(page.updatedAt, timeZone)),
        translated(input.pages, page, (slug, l) => href('trustPage', { slug }, l)),
      ),
    ),
    location: input.locations.flatMap((location) =>
      inEveryLanguage(
        (l) => href('location', { slug: location.slug }, l),
        () => undefined,
      ),
    ),
  };
  const lists =
    input.locations.length > 0
      ? inEveryLanguage(
          (l) => href('locations', {}, l),
          () => undefined,
        )
      : [];
  const homes = inEveryLanguage(
    (l) => href('home', {}, l),
    (l) => newest(postsIn(l), timeZone),
  );
  return [...homes, ...lists, ...documentRoutes.flatMap((route) => byType[route.type])];
}
