/**
 * Metadata for every page from one place. Next merges metadata shallowly (a page's `alternates` or
 * `openGraph` replaces the layout's), so each page gets the whole object: one absolute
 * self-canonical, the feed links, OpenGraph and Twitter.
 */
import type { Metadata } from 'next';
import type { Author, Category, ClinicLocation, Post, TrustPage } from '../content';
import { isoDateTime } from '../editorial/dates';
import { formatAuthorName } from '../editorial/people';
import { dictionary } from '../i18n/dictionary';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';
import { href } from '../routes';
import type { SiteIdentity } from './jsonld';
import { OG_SIZE } from './og';
import { absoluteUrl } from './urls';

/** Each language's feeds: `/feed.xml` and `/es/feed.xml`. */
export const feedPaths = (language: Language = DEFAULT_LANGUAGE) => ({
  rss: href('rssFeed', {}, language),
  json: href('jsonFeed', {}, language),
});
export const FEED_PATHS = feedPaths();

/** The feed links every page carries (`<link rel="alternate" type=…>`): its own language's feeds. */
export function feedAlternates(site: SiteIdentity): NonNullable<Metadata['alternates']> {
  const paths = feedPaths(site.language);
  const title = dictionary(site.language).site.feedTitle(site.siteName);
  return {
    types: {
      'application/rss+xml': [{ url: absoluteUrl(paths.rss, site.origin), title: `${title} (RSS)` }],
      'application/feed+json': [{ url: absoluteUrl(paths.json, site.origin), title: `${title} (JSON Feed)` }],
    },
  };
}

/** The same page in each language it exists in (site-relative paths), its own included. */
export type Translations = Partial<Record<Language, string>>;

/**
 * `hreflang` alternates, both ways, with `x-default` on the English page (the default language): only
 * when the page exists in more than one language.
 */
export function languageAlternates(translations: Translations | undefined, origin: string): Record<string, string> | undefined {
  const present = LANGUAGES.filter((language) => translations?.[language]);
  if (!translations || present.length < 2) return undefined;
  const languages: Record<string, string> = {};
  for (const language of present) languages[dictionary(language).htmlLang] = absoluteUrl(translations[language]!, origin);
  languages['x-default'] = absoluteUrl(translations[DEFAULT_LANGUAGE] ?? translations[present[0]]!, origin);
  return languages;
}

function alternates(path: string, site: SiteIdentity, translations?: Translations): NonNullable<Metadata['alternates']> {
  const languages = languageAlternates(translations, site.origin);
  return { canonical: absoluteUrl(path, site.origin), ...(languages ? { languages } : {}), ...feedAlternates(site) };
}

interface PageInput {
  path: string;
  title?: string;
  description?: string;
  /** The page's social card (site-relative); the site's own card when it has none. */
  image?: string;
  /** The same page in other languages. */
  translations?: Translations;
}

/** Every card is drawn at this size (lib/seo/og.ts OG_SIZE). */
function ogImage(path: string, alt: string, site: SiteIdentity) {
  return { url: absoluteUrl(path, site.origin), width: OG_SIZE.width, height: OG_SIZE.height, alt };
}

/** Home, pagination, category and other plain pages. */
export function pageMetadata(site: SiteIdentity, page: PageInput): Metadata {
  const description = page.description ?? site.description;
  const image = ogImage(page.image ?? href('siteOgImage', {}, site.language), page.title ?? site.siteName, site);
  return {
    ...(page.title ? { title: documentTitle(page.title, site) } : {}),
    ...(description ? { description } : {}),
    alternates: alternates(page.path, site, page.translations),
    openGraph: {
      type: 'website',
      siteName: site.siteName,
      locale: dictionary(site.language).ogLocale,
      url: absoluteUrl(page.path, site.origin),
      title: page.title ?? site.siteName,
      ...(description ? { description } : {}),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: page.title ?? site.siteName, ...(description ? { description } : {}), images: [image] },
  };
}

/** Search results show about 60 characters of a title. */
export const TITLE_MAX = 60;

/**
 * The page's <title>: "Title | Site" while both fit in TITLE_MAX characters, else the title alone
 * (the article's own title is never shortened). Passed as `absolute`, past the layout's template.
 */
export function documentTitle(title: string, site: SiteIdentity): NonNullable<Metadata['title']> {
  const withSuffix = `${title} | ${site.siteName}`;
  return { absolute: withSuffix.length <= TITLE_MAX ? withSuffix : title };
}

/**
 * Every page lets search engines show a large image preview (Google's max-image-preview:large). Only
 * that: indexing is the default, a 404 gets Next's own noindex beside it, and draft mode replaces it
 * with noindex in its layout.
 */
export const ROBOTS: NonNullable<Metadata['robots']> = { 'max-image-preview': 'large' };

/** What the site's layouts give every page: the home's metadata as defaults and the title template. */
export function siteLayoutMetadata(site: SiteIdentity): Metadata {
  return {
    ...pageMetadata(site, { path: href('home', {}, site.language) }),
    title: { default: site.siteName, template: `%s | ${site.siteName}` },
    robots: ROBOTS,
  };
}

/** An article: OpenGraph `article` with times, author and section; a large Twitter card. */
export function articleMetadata(site: SiteIdentity, post: Post, translations?: Translations): Metadata {
  const path = href('post', { slug: post.slug }, site.language);
  const published = isoDateTime(post.publishedAt, site.timeZone);
  const modified = isoDateTime(post.updatedAt ?? post.publishedAt, site.timeZone);
  const image = ogImage(href('ogImage', { slug: post.slug }, site.language), post.title, site);
  const authorUrl = absoluteUrl(href('author', { slug: post.author.slug }, site.language), site.origin);
  return {
    title: documentTitle(post.title, site),
    description: post.excerpt,
    authors: [{ name: formatAuthorName(post.author), url: authorUrl }],
    alternates: alternates(path, site, translations),
    openGraph: {
      type: 'article',
      siteName: site.siteName,
      locale: dictionary(site.language).ogLocale,
      url: absoluteUrl(path, site.origin),
      title: post.title,
      description: post.excerpt,
      ...(published ? { publishedTime: published } : {}),
      ...(modified ? { modifiedTime: modified } : {}),
      authors: [authorUrl],
      section: post.category.title,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.excerpt, images: [image] },
  };
}

/** An author has one page in each language (`/authors/x`, `/es/authors/x`). */
export function authorMetadata(site: SiteIdentity, author: Author): Metadata {
  const name = formatAuthorName(author);
  const words = dictionary(site.language).meta;
  return {
    ...pageMetadata(site, {
      path: href('author', { slug: author.slug }, site.language),
      title: name,
      description: author.jobTitle ? words.authorWithRole(name, author.jobTitle) : words.author(name),
      image: href('authorOgImage', { slug: author.slug }),
      translations: everyLanguage((language) => href('author', { slug: author.slug }, language)),
    }),
  };
}

export function categoryMetadata(site: SiteIdentity, category: Category, translations?: Translations): Metadata {
  return pageMetadata(site, {
    path: href('category', { slug: category.slug }, site.language),
    title: category.title,
    description: category.description ?? dictionary(site.language).meta.category(category.title),
    image: href('categoryOgImage', { slug: category.slug }, site.language),
    translations,
  });
}

export function trustPageMetadata(site: SiteIdentity, page: TrustPage, translations?: Translations): Metadata {
  return pageMetadata(site, {
    path: href('trustPage', { slug: page.slug }, site.language),
    title: page.title,
    description: page.description,
    translations,
  });
}

/** A location has one page in each language. */
export function locationMetadata(site: SiteIdentity, location: ClinicLocation): Metadata {
  const a = location.address;
  return pageMetadata(site, {
    path: href('location', { slug: location.slug }, site.language),
    title: location.name,
    description: dictionary(site.language).meta.location(
      location.name,
      `${a.streetAddress}, ${a.addressLocality}, ${a.addressRegion} ${a.postalCode}`,
    ),
    translations: everyLanguage((language) => href('location', { slug: location.slug }, language)),
  });
}

/** A page every language has (home, the locations, an author's): its path in each. */
export function everyLanguage(path: (language: Language) => string): Translations {
  return Object.fromEntries(LANGUAGES.map((language) => [language, path(language)]));
}
