/**
 * Metadata for every page from one place. Next merges metadata shallowly (a page's `alternates` or
 * `openGraph` replaces the layout's), so each page gets the whole object: one absolute
 * self-canonical, the feed links, OpenGraph and Twitter.
 */
import type { Metadata } from 'next';
import type { Author, Category, ClinicLocation, Post, TrustPage } from '../content';
import { isoDateTime } from '../editorial/dates';
import { formatAuthorName } from '../editorial/people';
import { href } from '../routes';
import type { SiteIdentity } from './jsonld';
import { OG_SIZE } from './og';
import { absoluteUrl } from './urls';

export const FEED_PATHS = { rss: href('rssFeed'), json: href('jsonFeed') } as const;

/** The feed links every page carries (`<link rel="alternate" type=…>`). */
export function feedAlternates(site: SiteIdentity): NonNullable<Metadata['alternates']> {
  return {
    types: {
      'application/rss+xml': [{ url: absoluteUrl(FEED_PATHS.rss, site.origin), title: `${site.siteName} (RSS)` }],
      'application/feed+json': [{ url: absoluteUrl(FEED_PATHS.json, site.origin), title: `${site.siteName} (JSON Feed)` }],
    },
  };
}

function alternates(path: string, site: SiteIdentity): NonNullable<Metadata['alternates']> {
  return { canonical: absoluteUrl(path, site.origin), ...feedAlternates(site) };
}

interface PageInput {
  path: string;
  title?: string;
  description?: string;
  /** The page's social card (site-relative); the site's own card when it has none. */
  image?: string;
}

/** Every card is drawn at this size (lib/seo/og.ts OG_SIZE). */
function ogImage(path: string, alt: string, site: SiteIdentity) {
  return { url: absoluteUrl(path, site.origin), width: OG_SIZE.width, height: OG_SIZE.height, alt };
}

/** Home, pagination, category and other plain pages. */
export function pageMetadata(site: SiteIdentity, page: PageInput): Metadata {
  const description = page.description ?? site.description;
  const image = ogImage(page.image ?? href('siteOgImage'), page.title ?? site.siteName, site);
  return {
    ...(page.title ? { title: documentTitle(page.title, site) } : {}),
    ...(description ? { description } : {}),
    alternates: alternates(page.path, site),
    openGraph: {
      type: 'website',
      siteName: site.siteName,
      locale: 'en_US',
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
    ...pageMetadata(site, { path: href('home') }),
    title: { default: site.siteName, template: `%s | ${site.siteName}` },
    robots: ROBOTS,
  };
}

/** An article: OpenGraph `article` with times, author and section; a large Twitter card. */
export function articleMetadata(site: SiteIdentity, post: Post): Metadata {
  const path = href('post', { slug: post.slug });
  const published = isoDateTime(post.publishedAt, site.timeZone);
  const modified = isoDateTime(post.updatedAt ?? post.publishedAt, site.timeZone);
  const image = ogImage(href('ogImage', { slug: post.slug }), post.title, site);
  return {
    title: documentTitle(post.title, site),
    description: post.excerpt,
    authors: [{ name: formatAuthorName(post.author), url: absoluteUrl(href('author', { slug: post.author.slug }), site.origin) }],
    alternates: alternates(path, site),
    openGraph: {
      type: 'article',
      siteName: site.siteName,
      locale: 'en_US',
      url: absoluteUrl(path, site.origin),
      title: post.title,
      description: post.excerpt,
      ...(published ? { publishedTime: published } : {}),
      ...(modified ? { modifiedTime: modified } : {}),
      authors: [absoluteUrl(href('author', { slug: post.author.slug }), site.origin)],
      section: post.category.title,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.excerpt, images: [image] },
  };
}

export function authorMetadata(site: SiteIdentity, author: Author): Metadata {
  const name = formatAuthorName(author);
  return {
    ...pageMetadata(site, {
      path: href('author', { slug: author.slug }),
      title: name,
      description: author.jobTitle ? `${name}, ${author.jobTitle}: background and articles.` : `Articles by ${name}.`,
      image: href('authorOgImage', { slug: author.slug }),
    }),
  };
}

export function categoryMetadata(site: SiteIdentity, category: Category): Metadata {
  return pageMetadata(site, {
    path: href('category', { slug: category.slug }),
    title: category.title,
    description: category.description ?? `Articles about ${category.title}.`,
    image: href('categoryOgImage', { slug: category.slug }),
  });
}

export function trustPageMetadata(site: SiteIdentity, page: TrustPage): Metadata {
  return pageMetadata(site, { path: href('trustPage', { slug: page.slug }), title: page.title, description: page.description });
}

export function locationMetadata(site: SiteIdentity, location: ClinicLocation): Metadata {
  const a = location.address;
  return pageMetadata(site, {
    path: href('location', { slug: location.slug }),
    title: location.name,
    description: `${location.name}: ${a.streetAddress}, ${a.addressLocality}, ${a.addressRegion} ${a.postalCode}. Address, phone and opening hours.`,
  });
}
