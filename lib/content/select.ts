/**
 * From raw query results to what pages render: parse at the boundary, report what failed, and apply
 * the publishing rules (one URL per slug, newest first). Pure apart from logging; tested directly.
 */
import { contentDateMillis, DEFAULT_TIME_ZONE, isAhead } from '../editorial/dates';
import { DEFAULT_LANGUAGE, languageOfDocument, type Language } from '../i18n/languages';
import { pageCrisis } from './crisis';
import { reportFindings } from './report';
import { parseAuthorDocument, type Author } from './schema/author';
import { parseCategory, type Category } from './schema/category';
import type { Parsed } from './schema/fields';
import { parseLocation, type ClinicLocation } from './schema/location';
import { parsePage, type TrustPage } from './schema/page';
import { parsePost, parsePostCard, type Post, type PostCard } from './schema/post';
import { parseSiteSettings, siteSettingsId, type CrisisResources, type SiteSettings } from './schema/site-settings';

function docId(raw: unknown): string {
  const id = (raw as { _id?: unknown } | null)?._id;
  return typeof id === 'string' && id !== '' ? id : '(no _id)';
}

/** Parse each candidate; report what is hidden and what was dropped; keep the valid ones. */
function validPosts<T extends PostCard>(candidates: unknown[], parse: (value: unknown) => Parsed<T>): T[] {
  return candidates.flatMap((item) => {
    const parsed = parse(item);
    if (!parsed.ok) {
      reportFindings('post', docId(item), 'hidden', parsed.findings);
      return [];
    }
    if (parsed.findings.length > 0) reportFindings('post', parsed.value._id, 'dropped', parsed.findings);
    return [parsed.value];
  });
}

/**
 * Posts in order of the instant readers see (each date converted once), ties broken by the smaller
 * _id so every list and page agree.
 */
function byPublication<T extends PostCard>(posts: T[], timeZone: string, order: 'oldest' | 'newest'): T[] {
  const sign = order === 'oldest' ? 1 : -1;
  return posts
    .map((post) => ({ post, at: contentDateMillis(post.publishedAt, timeZone) }))
    .sort((a, b) => sign * (a.at - b.at) || (a.post._id < b.post._id ? -1 : a.post._id > b.post._id ? 1 : 0))
    .map(({ post }) => post);
}

/** One URL per slug within a language: a slug may repeat across languages (`/blog/x`, `/es/blog/x`). */
const slugKey = (item: { slug: string; language?: string }) => `${item.language ?? 'en'}\u0000${item.slug}`;

/**
 * Two valid posts with one slug in one language: the one published first keeps the URL; the other is
 * reported. Takes and returns posts oldest first.
 */
function firstPublishedPerSlug<T extends PostCard>(oldestFirst: T[]): T[] {
  const bySlug = new Map<string, T>();
  for (const post of oldestFirst) {
    const keeper = bySlug.get(slugKey(post));
    if (!keeper) {
      bySlug.set(slugKey(post), post);
      continue;
    }
    reportFindings('post', post._id, 'hidden', [
      {
        level: 'error',
        path: ['slug'],
        message: `"${post.slug}" is already the address of "${keeper._id}", published earlier; choose another slug`,
      },
    ]);
  }
  return [...bySlug.values()];
}

function selectNewestFirst<T extends PostCard>(raw: unknown, parse: (value: unknown) => Parsed<T>, timeZone: string): T[] {
  if (!Array.isArray(raw)) return [];
  return byPublication(firstPublishedPerSlug(byPublication(validPosts(raw, parse), timeZone, 'oldest')), timeZone, 'newest');
}

/** Published, valid posts, one per slug, newest first (whole posts: postsQuery). */
export function selectPosts(raw: unknown, timeZone = DEFAULT_TIME_ZONE): Post[] {
  return selectNewestFirst(raw, parsePost, timeZone);
}

/** The same posts as list cards (postCardsQuery): what every list, the sitemap and the feeds show. */
export function selectPostCards(raw: unknown, timeZone = DEFAULT_TIME_ZONE): PostCard[] {
  return selectNewestFirst(raw, parsePostCard, timeZone);
}

/**
 * Scheduling (docs/ARCHITECTURE.md, content contract v2): a post is on the site from its publishedAt
 * on. The queries return scheduled posts too; what is shown is decided here, at the moment of the
 * render, so that a page rendered after that moment shows the post with nothing else changed.
 */
export function isDue(post: Pick<PostCard, 'publishedAt'>, timeZone = DEFAULT_TIME_ZONE, now = Date.now()): boolean {
  return !isAhead(post.publishedAt, timeZone, now);
}

/** The moment (ms) the next of these posts comes due, or undefined when none is scheduled. */
export function nextDueAt(
  posts: readonly Pick<PostCard, 'publishedAt'>[],
  timeZone = DEFAULT_TIME_ZONE,
  now = Date.now(),
): number | undefined {
  let next: number | undefined;
  for (const post of posts) {
    const at = contentDateMillis(post.publishedAt, timeZone);
    if (at > now && (next === undefined || at < next)) next = at;
  }
  return next;
}

/**
 * The raw result is every published post with the slug, in every language; the first published valid
 * one of the language is shown.
 */
export function selectPost(raw: unknown, timeZone = DEFAULT_TIME_ZONE, language: Language = DEFAULT_LANGUAGE): Post | null {
  const candidates = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((item) => languageOfDocument(item) === language);
  return firstPublishedPerSlug(byPublication(validPosts(candidates, parsePost), timeZone, 'oldest'))[0] ?? null;
}

/**
 * Valid documents of one type with one URL per slug: the first in the query's order (by _id) keeps
 * it, the other is reported. Invalid ones are reported and left out.
 */
function selectBySlug<T extends { _id: string; slug: string; language?: string }>(
  type: string,
  raw: unknown,
  parse: (value: unknown) => Parsed<T>,
): T[] {
  if (!Array.isArray(raw)) return [];
  const bySlug = new Map<string, T>();
  for (const item of raw) {
    const parsed = parse(item);
    if (!parsed.ok) {
      reportFindings(type, docId(item), 'hidden', parsed.findings);
      continue;
    }
    if (parsed.findings.length > 0) reportFindings(type, parsed.value._id, 'dropped', parsed.findings);
    const keeper = bySlug.get(slugKey(parsed.value));
    if (keeper) {
      reportFindings(type, parsed.value._id, 'hidden', [
        {
          level: 'error',
          path: ['slug'],
          message: `"${parsed.value.slug}" is already the address of "${keeper._id}"; choose another slug`,
        },
      ]);
      continue;
    }
    bySlug.set(slugKey(parsed.value), parsed.value);
  }
  return [...bySlug.values()];
}

/** Valid authors, one per slug, by name. */
export function selectAuthors(raw: unknown): Author[] {
  return selectBySlug('author', raw, parseAuthorDocument).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Valid trust pages, one per slug, by title. */
export function selectPages(raw: unknown): TrustPage[] {
  return selectBySlug('page', raw, parsePage).sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

/** Valid clinic locations, one per slug, by name. */
export function selectLocations(raw: unknown): ClinicLocation[] {
  return selectBySlug('location', raw, parseLocation).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Valid categories, one per slug, by title. */
export function selectCategories(raw: unknown): Category[] {
  return selectBySlug('category', raw, parseCategory).sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

export interface SiteChrome {
  settings: SiteSettings;
  crisis: CrisisResources;
  usedFallbackCrisis: boolean;
}

/** Site settings with the crisis text guaranteed: a missing or invalid one falls back and is logged. */
/**
 * The settings of a language's pages. English: `siteSettings`. Spanish: `siteSettings-es`, whose
 * crisis block falls back to the built-in Spanish one (never to English); the clinic itself (its
 * name, address, phone, logo) is the English document's when the Spanish one does not give it, and
 * its title too (a name). Its description and disclaimer are the Spanish document's or none: no
 * English text on a Spanish page.
 */
export function selectSiteChrome(raw: unknown, language: Language = DEFAULT_LANGUAGE, englishRaw?: unknown): SiteChrome {
  const id = siteSettingsId(language);
  const parsed = parseSiteSettings(raw, language);
  const english = language === DEFAULT_LANGUAGE ? undefined : parseSiteSettings(englishRaw, DEFAULT_LANGUAGE);
  const inherited: SiteSettings = english?.ok ? { title: english.value.title, organization: english.value.organization } : {};
  if (!parsed.ok) {
    reportFindings('siteSettings', id, 'fallback', parsed.findings);
    return { settings: inherited, ...pageCrisis(undefined, language) };
  }
  const { value, findings } = parsed;
  if (findings.length > 0) {
    reportFindings('siteSettings', id, value.crisisResources ? 'dropped' : 'fallback', findings);
  }
  const settings: SiteSettings = {
    ...value,
    title: value.title ?? inherited.title,
    organization: value.organization ?? inherited.organization,
  };
  return { settings, ...pageCrisis(value.crisisResources, language) };
}

/**
 * The translation groups of `translation.metadata` documents, as lists of the ids they link (a
 * group of one links nothing). Malformed items are skipped: a link to the other language is a help,
 * never a reason to hide a page.
 */
export function selectTranslationGroups(raw: unknown): string[][] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((doc) => {
    const items = (doc as { translations?: unknown } | null)?.translations;
    if (!Array.isArray(items)) return [];
    const ids = [
      ...new Set(
        items.flatMap((item) => {
          const ref = (item as { ref?: unknown } | null)?.ref;
          return typeof ref === 'string' && ref !== '' && !ref.includes('.') ? [ref] : [];
        }),
      ),
    ];
    return ids.length > 1 ? [ids] : [];
  });
}
