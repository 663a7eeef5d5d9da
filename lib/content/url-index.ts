/**
 * The index of URLs that exist (docs/ARCHITECTURE.md "Unknown URLs"), for proxy.ts. Next 16 cannot
 * server-render the not-found page of an on-demand render (the body arrives only in the RSC payload)
 * and keeps every such render on disk, so the proxy answers an unknown URL itself, from this index,
 * before it reaches a dynamic route.
 *
 * The index holds what the pages would find: the same queries and the same selection (valid, one per
 * slug) as generateStaticParams and the lists, so a URL the index knows is a page and one it does not
 * know is a 404. It is read fresh from the source (never from Next's data cache, which the proxy
 * cannot see) and kept in memory: checked every minute, at once when a signed webhook arrives (a post
 * published after the build gets its URL), and, at most every few seconds, when a URL misses. A
 * check asks first for a fingerprint of the content (one small query; the local file's version) and
 * reloads the lists only when it changed. Until the source first answers, the paths the build
 * prerendered stand in.
 */
import 'server-only';
import {
  authorsQuery,
  categoriesQuery,
  locationsQuery,
  pagesQuery,
  postAddressesQuery,
  postCardsQuery,
  urlIndexStampQuery,
} from '../queries';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';
import { decodeSegments, href, matchRoute, routeDocumentType, type DocumentTypeName } from '../routes';
import { parsePostAddresses, planRedirects, redirectTarget, type PostAddresses, type Redirects } from './redirects';
import { pageCount, parsePageNumber } from './article';
import { isDue, nextDueAt, selectAuthors, selectCategories, selectLocations, selectPages, selectPostCards } from './select';
import type { ContentSource } from './sources';

export interface UrlIndex {
  /** The pages each document type has, as `<language>/<slug>` (indexKey): `en/x` is `/blog/x`, `es/x` is `/es/blog/x`. */
  readonly slugs: { readonly [T in DocumentTypeName]: ReadonlySet<string> };
  /** How many listing pages each language's home page has (its pages 2…N exist). */
  readonly pages: Readonly<Record<Language, number>>;
  /** Old addresses of the posts the site shows (lib/content/redirects.ts). */
  readonly redirects: Redirects;
  /** When the next scheduled post comes due (ms): the index is out of date from then on. */
  readonly validUntil?: number;
}

/** A page of a language: posts, categories and trust pages have one; authors and locations are in every language. */
interface Localized {
  slug: string;
  language?: Language;
}

/** The index's key of a document page. */
export const indexKey = (language: Language, slug: string) => `${language}/${slug}`;

export interface IndexedContent {
  posts: readonly Localized[];
  authors: readonly { slug: string }[];
  categories: readonly Localized[];
  pages: readonly Localized[];
  locations: readonly { slug: string }[];
  /** Posts' old addresses, oldest post first. */
  addresses?: readonly PostAddresses[];
}

const NO_REDIRECTS: Redirects = { byKey: new Map(), bySlug: new Map() };

export function urlIndexFrom(content: IndexedContent, validUntil?: number): UrlIndex {
  const localized = (items: readonly Localized[]) => new Set(items.map((item) => indexKey(item.language ?? DEFAULT_LANGUAGE, item.slug)));
  const everywhere = (items: readonly { slug: string }[]) => new Set(items.flatMap((item) => LANGUAGES.map((l) => indexKey(l, item.slug))));
  const inLanguage = (language: Language) => content.posts.filter((post) => (post.language ?? DEFAULT_LANGUAGE) === language);
  // Old addresses are the English site's (a WordPress import's), redirected to English posts.
  const english = new Set(inLanguage(DEFAULT_LANGUAGE).map((post) => post.slug));
  return {
    // Every type a route shows has its entry here: the type checker asks for a new one.
    slugs: {
      post: localized(content.posts),
      author: everywhere(content.authors),
      category: localized(content.categories),
      page: localized(content.pages),
      location: everywhere(content.locations),
    },
    pages: Object.fromEntries(LANGUAGES.map((l) => [l, pageCount(inLanguage(l).length)])) as Record<Language, number>,
    redirects: content.addresses
      ? planRedirects(
          content.addresses.filter((a) => a.language === DEFAULT_LANGUAGE),
          english,
        )
      : NO_REDIRECTS,
    ...(validUntil === undefined ? {} : { validUntil }),
  };
}

/** The index of what a build prerendered (its prerender manifest's paths). */
export function urlIndexFromPaths(paths: readonly string[]): UrlIndex {
  const slugs: { [T in DocumentTypeName]: Set<string> } = {
    post: new Set(),
    author: new Set(),
    category: new Set(),
    page: new Set(),
    location: new Set(),
  };
  const pages = Object.fromEntries(LANGUAGES.map((l) => [l, 1])) as Record<Language, number>;
  for (const path of paths) {
    const match = matchRoute(decodeSegments(path) ?? []);
    if (!match) continue;
    const type = routeDocumentType(match.name);
    if (type) slugs[type].add(indexKey(match.locale, match.params.slug));
    else if ('n' in match.params && /^[1-9]\d{0,5}$/.test(match.params.n))
      pages[match.locale] = Math.max(pages[match.locale], Number(match.params.n));
  }
  return { slugs, pages, redirects: NO_REDIRECTS };
}

/** Reads the index from a source: the pages' own queries and selection, scheduled posts left out until due. */
export async function loadUrlIndex(source: ContentSource, timeZone: string, now = Date.now()): Promise<UrlIndex> {
  const [posts, authors, categories, pages, locations, addresses] = await Promise.all([
    source.query(postCardsQuery, {}, []),
    source.query(authorsQuery, {}, []),
    source.query(categoriesQuery, {}, []),
    source.query(pagesQuery, {}, []),
    source.query(locationsQuery, {}, []),
    source.query(postAddressesQuery, {}, []),
  ]);
  const cards = selectPostCards(posts, timeZone);
  return urlIndexFrom(
    {
      posts: cards.filter((card) => isDue(card, timeZone, now)),
      authors: selectAuthors(authors),
      categories: selectCategories(categories),
      pages: selectPages(pages),
      locations: selectLocations(locations),
      addresses: parsePostAddresses(addresses),
    },
    nextDueAt(cards, timeZone, now),
  );
}

/** The source's fingerprint of that content: the local file's version, or one small query. */
export async function urlIndexStamp(source: ContentSource): Promise<string> {
  if (source.kind === 'local') return source.version();
  return JSON.stringify(await source.query(urlIndexStampQuery, {}, []));
}

/**
 * `exists`: a page (or a post's image) the site has. `unknown`: the path has the shape of a route of
 * the site but nothing is there: a 404. `unindexed`: not a route with parameters (the home page, a
 * file, an API, a path no route has); Next answers it as it always does. `redirect`: an old address of
 * a post (a previous slug, the old site's permalink): 308 to where the post is now.
 */
export type UrlVerdict = 'exists' | 'unknown' | 'unindexed' | { redirect: string };

/** The request's address as it came (still encoded), for old addresses: `/2025/09/03/x/`, `/?p=12`. */
export interface RequestAddress {
  pathname: string;
  search: string;
}

const BLOG_PREFIX = href('post', { slug: 'x' }).slice(0, -'/x'.length);

/** The verdict for a path's decoded segments (["blog", "some-slug"]). */
export function lookUpUrl(index: UrlIndex, segments: readonly string[], address?: RequestAddress): UrlVerdict {
  const verdict = routeVerdict(index, segments);
  if (verdict === 'exists' || !address) return verdict;
  const slug = redirectTarget(index.redirects, address.pathname, address.search, BLOG_PREFIX, (s) =>
    index.slugs.post.has(indexKey(DEFAULT_LANGUAGE, s)),
  );
  return slug ? { redirect: href('post', { slug }) } : verdict;
}

function routeVerdict(index: UrlIndex, segments: readonly string[]): Exclude<UrlVerdict, { redirect: string }> {
  const match = matchRoute(segments);
  if (!match) return 'unindexed';
  const type = routeDocumentType(match.name);
  if (type) return index.slugs[type].has(indexKey(match.locale, match.params.slug)) ? 'exists' : 'unknown';
  if ('n' in match.params) return parsePageNumber(match.params.n, index.pages[match.locale]) ? 'exists' : 'unknown';
  return 'unindexed';
}

export interface UrlIndexKeeperOptions {
  /** A cheap fingerprint of the content; when it has not changed since the last load, nothing is reloaded. */
  stamp?: () => Promise<string>;
  /** What stands in until the first load succeeds (the build's prerendered paths). */
  initial?: UrlIndex | null;
  /** Older than this, the next lookup checks the index in the background. */
  maxAgeMs?: number;
  /** A miss checks the index first when it was last checked at least this long ago: a new post is found without a webhook. */
  missRecheckMs?: number;
  /** The longest a lookup waits for a check before it answers from the index it has. */
  waitMs?: number;
  now?: () => number;
  log?: (line: string) => void;
}

export interface UrlIndexKeeper {
  /** The verdict for a path's segments; `unindexed` while there is no index at all (fail open). */
  lookUp(segments: readonly string[], address?: RequestAddress): Promise<UrlVerdict>;
  /**
   * Checks the index now. `force` (a signed webhook: something was published or unpublished) reloads
   * the lists whatever the fingerprint says, after any load already running, which may have read the
   * content before the change. Waits for it at most `waitMs` (by default as long as it takes).
   */
  refresh(options?: { force?: boolean; waitMs?: number }): Promise<void>;
}

/**
 * Keeps one index in memory. Checks are shared: however many requests arrive while one runs, the
 * source is asked once. A failed check keeps the last index and is not retried before
 * `missRecheckMs`, so an outage of the Content Lake costs a query every few seconds, not one per
 * request. Without any index (no build manifest, no answer yet) every lookup is `unindexed`: the
 * pages still answer, as they would without the index.
 */
export function createUrlIndexKeeper(load: () => Promise<UrlIndex>, options: UrlIndexKeeperOptions = {}): UrlIndexKeeper {
  const { stamp, maxAgeMs = 60_000, missRecheckMs = 5_000, waitMs = 1_500, now = Date.now, log = (line) => console.error(line) } = options;
  let index: UrlIndex | null = null;
  let indexStamp: string | undefined;
  let loadedAt = -Infinity;
  let attemptedAt = -Infinity;
  let running: Promise<void> | null = null;
  let forcedAgain: Promise<void> | null = null;
  let failing = false;

  async function check(force: boolean): Promise<void> {
    attemptedAt = now();
    try {
      // The fingerprint is read before the lists: a change between the two is seen by the next check.
      const fresh = stamp ? await stamp() : undefined;
      if (!force && index && fresh !== undefined && fresh === indexStamp && !isOutOfDate(index)) {
        loadedAt = now();
      } else {
        index = await load();
        indexStamp = fresh;
        loadedAt = now();
      }
      if (failing) log('[url-index] the index of existing URLs loads again');
      failing = false;
    } catch (error) {
      // Logged once per outage, not once per attempt.
      if (!failing) {
        const meanwhile = index
          ? 'the last one is kept'
          : options.initial
            ? 'the build’s own pages stand in'
            : 'every URL reaches its route meanwhile';
        log(`[url-index] the index of existing URLs could not be loaded; ${meanwhile}: ${(error as Error).message}`);
      }
      failing = true;
    }
  }

  function start(force: boolean): Promise<void> {
    if (running) {
      if (!force) return running;
      // A load already running may have read the content before this change: one more after it.
      forcedAgain ??= running.then(() => {
        forcedAgain = null;
        return start(true);
      });
      return forcedAgain;
    }
    running = check(force).finally(() => {
      running = null;
    });
    return running;
  }

  async function within(work: Promise<void>, limit: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, limit)))]);
    clearTimeout(timer);
  }

  const current = () => index ?? options.initial ?? null;
  // A scheduled post came due: the content is unchanged, yet the index must be read again.
  function isOutOfDate(at: UrlIndex): boolean {
    return at.validUntil !== undefined && now() >= at.validUntil;
  }

  return {
    refresh: ({ force = false, waitMs: limit }: { force?: boolean; waitMs?: number } = {}) =>
      limit === undefined ? start(force) : within(start(force), limit),
    async lookUp(segments, address) {
      if (!index && (running || now() - attemptedAt >= missRecheckMs)) await within(start(false), waitMs);
      if (!current()) return 'unindexed';
      // A scheduled post came due: the index is known to be wrong, so this lookup waits for the reload.
      if (isOutOfDate(current()!) && (running || now() - attemptedAt >= missRecheckMs)) await within(start(false), waitMs);
      else if (now() - loadedAt > maxAgeMs && now() - attemptedAt >= missRecheckMs) void start(false);
      const verdict = lookUpUrl(current()!, segments, address);
      if (verdict !== 'unknown' || now() - attemptedAt < missRecheckMs) return verdict;
      await within(start(false), waitMs);
      return lookUpUrl(current()!, segments, address);
    },
  };
}
