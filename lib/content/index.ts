/**
 * Purpose-named fetch helpers for pages. They pick the source from the environment, carry the cache
 * tags, and return parsed view models only; nothing outside lib/content sees raw query results.
 */
import 'server-only';
import { cache } from 'react';
import { unstable_cache } from 'next/cache';
import { serverEnv } from '../env.server';
import {
  authorsQuery,
  categoriesQuery,
  locationsQuery,
  pagesQuery,
  postBySlugQuery,
  postCardsQuery,
  postDocumentIdsQuery,
  siteSettingsQuery,
  spanishSiteSettingsQuery,
  translationsQuery,
} from '../queries';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { isDraftMode, previewClient } from './preview';
import { createPublishedSource, localDatasetPath } from './source';
import type { PostCard } from './schema/post';
import {
  isDue,
  nextDueAt,
  selectAuthors,
  selectCategories,
  selectLocations,
  selectPages,
  selectPost,
  selectPostCards,
  selectSiteChrome,
  selectTranslationGroups,
} from './select';
import { createFreshSource, createLocalSource, REVALIDATE_SECONDS, type ContentSource, type QueryParams } from './sources';
import { documentTags, TAGS } from './tags';

let source: ContentSource | undefined;
function contentSource(): ContentSource {
  source ??= createPublishedSource('cached');
  return source;
}

let preview: ContentSource | undefined;
/** Draft mode only: drafts over published documents, read with the server-only token, never cached. */
function previewSource(): ContentSource {
  if (!preview) {
    const client = previewClient();
    preview = client ? createFreshSource(client) : createLocalSource(localDatasetPath(), 'drafts');
  }
  return preview;
}

async function fetchQuery(query: string, params: QueryParams, tags: readonly string[]): Promise<unknown> {
  if (await isDraftMode()) return previewSource().query(query, params, [...tags]);
  const src = contentSource();
  if (src.kind === 'sanity') return src.query(query, params, [...tags]);
  // The local source re-reads its file when it changes and answers from memory. What Next's data
  // cache holds for it is only the file's version, under the same tags as the Content Lake's fetches:
  // that is what tags the page, so a signed webhook re-renders it (and the render then reads the
  // edited file). Keeping the answers themselves there would copy every list into every page's
  // cache entry, and parse it again on every page.
  const version = src.version();
  await unstable_cache(async () => version, ['local', version, query, JSON.stringify(params)], {
    tags: [...tags],
    revalidate: REVALIDATE_SECONDS,
  })();
  return src.query(query, params, [...tags]);
}

/**
 * The post cards parsed once per query result: the local source hands every page of a build the same
 * result object, and parsing 5,000 cards takes 150–180 ms (bench/RESULTS.md, "Cache layers").
 * Results from the Content Lake are new objects each time and simply parsed. The other lists parse
 * in under a millisecond and are not kept.
 */
const parsedCards = new WeakMap<object, PostCard[]>();
function selectCards(raw: unknown): PostCard[] {
  if (raw === null || typeof raw !== 'object') return selectPostCards(raw, serverEnv.SITE_TIME_ZONE);
  let cards = parsedCards.get(raw);
  if (!cards) parsedCards.set(raw, (cards = selectPostCards(raw, serverEnv.SITE_TIME_ZONE)));
  return cards;
}

/**
 * Scheduled posts (publishedAt in the future) are left out until their moment, and the page being
 * rendered is told to render again by then: its revalidate period becomes the seconds left, at least
 * 1 (Next lowers a page's period to the smallest one its unstable_cache calls name, in the build and
 * in every regeneration). No webhook and no rebuild are needed. Draft mode shows them, as editors
 * preview what is to come.
 */
async function visibleNow<T extends PostCard>(posts: T[]): Promise<T[]> {
  if (await isDraftMode()) return posts;
  const now = Date.now();
  const timeZone = serverEnv.SITE_TIME_ZONE;
  const next = nextDueAt(posts, timeZone, now);
  if (next === undefined) return posts;
  const seconds = Math.min(REVALIDATE_SECONDS, Math.max(1, Math.ceil((next - now) / 1000)));
  await unstable_cache(async () => next, ['scheduled', String(next)], { revalidate: seconds })();
  return posts.filter((post) => isDue(post, timeZone, now));
}

/** Every valid post that is out, in every language, as a list card, newest first (sitemap, translations). */
export const getAllPostCards = cache(async () => visibleNow(selectCards(await fetchQuery(postCardsQuery, {}, TAGS.posts))));

/** The posts of one language's lists and feeds: `/` shows English posts only, `/es` Spanish ones. */
export const getPostCards = cache(async (language: Language = DEFAULT_LANGUAGE) =>
  (await getAllPostCards()).filter((post) => post.language === language),
);

export const getPostSlugs = cache(async (language: Language = DEFAULT_LANGUAGE) => (await getPostCards(language)).map((post) => post.slug));

export const getPost = cache(async (slug: string, language: Language = DEFAULT_LANGUAGE) => {
  const ids = await fetchQuery(postDocumentIdsQuery, { slug }, ['type:post']);
  const raw = await fetchQuery(postBySlugQuery, { slug }, [...TAGS.post, ...documentTags(ids)]);
  const post = selectPost(raw, serverEnv.SITE_TIME_ZONE, language);
  return post ? ((await visibleNow([post]))[0] ?? null) : null;
});

/** Authors write in either language: one author document, a page under each language's prefix. */
export const getAuthors = cache(async () => selectAuthors(await fetchQuery(authorsQuery, {}, TAGS.authors)));

export const getAuthor = cache(async (slug: string) => (await getAuthors()).find((a) => a.slug === slug) ?? null);

export const getAllCategories = cache(async () => selectCategories(await fetchQuery(categoriesQuery, {}, TAGS.categories)));

export const getCategories = cache(async (language: Language = DEFAULT_LANGUAGE) =>
  (await getAllCategories()).filter((c) => c.language === language),
);

export const getCategory = cache(
  async (slug: string, language: Language = DEFAULT_LANGUAGE) => (await getCategories(language)).find((c) => c.slug === slug) ?? null,
);

export const getAllPages = cache(async () => selectPages(await fetchQuery(pagesQuery, {}, TAGS.pages)));

export const getPages = cache(async (language: Language = DEFAULT_LANGUAGE) =>
  (await getAllPages()).filter((p) => p.language === language),
);

export const getPage = cache(
  async (slug: string, language: Language = DEFAULT_LANGUAGE) => (await getPages(language)).find((p) => p.slug === slug) ?? null,
);

/**
 * Which documents translate which: `translation.metadata` groups, as lists of ids. A failed fetch
 * costs the links to the other language, logged, never the page.
 */
export const getTranslationGroups = cache(async (): Promise<string[][]> => {
  try {
    return selectTranslationGroups(await fetchQuery(translationsQuery, {}, TAGS.translations));
  } catch (error) {
    console.error(
      `[content] translations could not be fetched; pages are shown without links to their translations: ${(error as Error).message}`,
    );
    return [];
  }
});

export const getLocations = cache(async () => selectLocations(await fetchQuery(locationsQuery, {}, TAGS.locations)));

export const getLocation = cache(async (slug: string) => (await getLocations()).find((l) => l.slug === slug) ?? null);

/**
 * For the frame of every page (the footer's links, the publisher's policies in JSON-LD): a failed
 * fetch costs those links, logged, never the page, its article or its crisis line.
 */
async function orNone<T>(what: string, load: () => Promise<T[]>): Promise<T[]> {
  try {
    return await load();
  } catch (error) {
    console.error(`[content] ${what} could not be fetched; the page is shown without links to them: ${(error as Error).message}`);
    return [];
  }
}

export const getLinkedPages = cache((language: Language = DEFAULT_LANGUAGE) => orNone('trust pages', () => getPages(language)));

export const getLinkedLocations = cache(() => orNone('locations', getLocations));

async function settingsOrNull(query: string, id: string): Promise<unknown> {
  try {
    return await fetchQuery(query, {}, [...TAGS.siteSettings, `doc:${id}`]);
  } catch (error) {
    console.error(`[content] ${id} could not be fetched; the built-in crisis text is shown: ${(error as Error).message}`);
    return null;
  }
}

/**
 * Never throws: if the settings cannot be fetched, the built-in crisis text of the language is shown
 * and logged. Spanish pages read `siteSettings-es` (and the English one for the clinic itself).
 */
export const getSiteChrome = cache(async (language: Language = DEFAULT_LANGUAGE) => {
  const english = await settingsOrNull(siteSettingsQuery, 'siteSettings');
  if (language === DEFAULT_LANGUAGE) return selectSiteChrome(english);
  return selectSiteChrome(await settingsOrNull(spanishSiteSettingsQuery, 'siteSettings-es'), language, english);
});

export type { Author } from './schema/author';
export type { Category } from './schema/category';
export type { Citation } from './schema/citation';
export type { SiteImage } from './schema/fields';
export type { ClinicLocation } from './schema/location';
export type { PageKind, TrustPage } from './schema/page';
export type { BodyImageValue, BodyNode, PortableTextBlockValue } from './schema/portable-text';
export type { Post, PostCard } from './schema/post';
export type { CrisisResources, Organization, SiteSettings } from './schema/site-settings';
export type { SiteChrome } from './select';
