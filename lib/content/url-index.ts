/**
 * The index of URLs that exist (docs/ARCHITECTURE.md "Unknown URLs"), for proxy.ts. Next 16 cannot
 * server-render the not-found page of an on-demand render (the body arrives only in the RSC payload)
 * and keeps every such render on disk, so the proxy answers an unknown URL itself, from this index,
 * before it reaches a dynamic route.
 *
 * The index holds what the pages would find: the same queries and the same selection (valid, one per
 * slug) as generateStaticParams and the lists, so a URL the index knows is a page and one it does not
 * know is a 404. It is read fresh from the source (never from Next's data cache, which the proxy
 * cannot see) and kept in memory: refreshed in the background once it is older than a minute, at
 * once when a signed webhook arrives (a post published after the build gets its URL), and, bounded
 * in frequency, when a URL misses.
 */
import 'server-only';
import { authorsQuery, categoriesQuery, postCardsQuery } from '../queries';
import { matchRoute, routes, type DocumentTypeName } from '../routes';
import { parsePageParam } from './article';
import { selectAuthors, selectCategories, selectPostCards } from './select';
import type { ContentSource } from './sources';

export interface UrlIndex {
  /** The slugs that each document type's page exists for. */
  readonly slugs: { readonly [T in DocumentTypeName]: ReadonlySet<string> };
  /** How many posts the home listing pages through (its pages 2…N exist). */
  readonly postCount: number;
}

export interface IndexedContent {
  posts: readonly { slug: string }[];
  authors: readonly { slug: string }[];
  categories: readonly { slug: string }[];
}

export function urlIndexFrom(content: IndexedContent): UrlIndex {
  const slugs = (items: readonly { slug: string }[]) => new Set(items.map((item) => item.slug));
  return {
    // Every type a route shows has its entry here: the type checker asks for a new one.
    slugs: { post: slugs(content.posts), author: slugs(content.authors), category: slugs(content.categories) },
    postCount: content.posts.length,
  };
}

/** Reads the index from a source: the pages' own queries and selection. */
export async function loadUrlIndex(source: ContentSource, timeZone: string): Promise<UrlIndex> {
  const [posts, authors, categories] = await Promise.all([
    source.query(postCardsQuery, {}, []),
    source.query(authorsQuery, {}, []),
    source.query(categoriesQuery, {}, []),
  ]);
  return urlIndexFrom({
    posts: selectPostCards(posts, timeZone),
    authors: selectAuthors(authors),
    categories: selectCategories(categories),
  });
}

/**
 * `exists`: a page (or a post's image) the site has. `unknown`: the path has the shape of a route of
 * the site but nothing is there: a 404. `unindexed`: not a route with parameters (the home page, a
 * file, an API, a path no route has); Next answers it as it always does.
 */
export type UrlVerdict = 'exists' | 'unknown' | 'unindexed';

/** The verdict for a path's decoded segments (["blog", "some-slug"]). */
export function lookUpUrl(index: UrlIndex, segments: readonly string[]): UrlVerdict {
  const match = matchRoute(segments);
  if (!match) return 'unindexed';
  const route = routes[match.name];
  const type: DocumentTypeName | null = 'shows' in route ? route.shows : 'slugOf' in route ? route.slugOf : null;
  if (type) return index.slugs[type].has(match.params.slug) ? 'exists' : 'unknown';
  if ('n' in match.params) return parsePageParam(match.params.n, index.postCount) ? 'exists' : 'unknown';
  return 'unindexed';
}

export interface UrlIndexKeeperOptions {
  /** Older than this, the next lookup refreshes the index in the background. */
  maxAgeMs?: number;
  /** A miss refreshes the index first when it is at least this old: a new post is found without a webhook. */
  missRecheckMs?: number;
  /** The longest a lookup waits for a refresh before it answers from the index it has. */
  waitMs?: number;
  now?: () => number;
  log?: (line: string) => void;
}

export interface UrlIndexKeeper {
  /** The verdict for a path's segments; `unindexed` while no index could be loaded (fail open). */
  lookUp(segments: readonly string[]): Promise<UrlVerdict>;
  /**
   * Loads the index again now (a signed webhook: something was published or unpublished), waiting
   * for it at most `waitMs` (by default as long as it takes).
   */
  refresh(waitMs?: number): Promise<void>;
}

/**
 * Keeps one index in memory. Refreshes are shared: however many requests arrive while one runs, the
 * source is asked once. A failed refresh keeps the last index and is not retried before
 * `missRecheckMs`, so an outage of the Content Lake costs a query every few seconds, not one per
 * request. Until a first index loads, every lookup is `unindexed`: the pages still answer (the
 * prerendered ones from disk), as they would without the index.
 */
export function createUrlIndexKeeper(load: () => Promise<UrlIndex>, options: UrlIndexKeeperOptions = {}): UrlIndexKeeper {
  const { maxAgeMs = 60_000, missRecheckMs = 5_000, waitMs = 1_500, now = Date.now, log = (line) => console.error(line) } = options;
  let index: UrlIndex | null = null;
  let loadedAt = -Infinity;
  let attemptedAt = -Infinity;
  let running: Promise<void> | null = null;
  let failing = false;

  function refresh(): Promise<void> {
    running ??= (async () => {
      attemptedAt = now();
      try {
        index = await load();
        loadedAt = now();
        if (failing) log('[url-index] the index of existing URLs loads again');
        failing = false;
      } catch (error) {
        // Logged once per outage, not once per attempt.
        if (!failing) {
          log(
            `[url-index] the index of existing URLs could not be loaded; ${index ? 'the last one is kept' : 'every URL reaches its route meanwhile'}: ${(error as Error).message}`,
          );
        }
        failing = true;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** A refresh, waited for at most `limit` ms. */
  async function refreshWithin(limit = waitMs): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([refresh(), new Promise<void>((resolve) => (timer = setTimeout(resolve, limit)))]);
    clearTimeout(timer);
  }

  return {
    refresh: (limit) => (limit === undefined ? refresh() : refreshWithin(limit)),
    async lookUp(segments) {
      if (!index && (running || now() - attemptedAt >= missRecheckMs)) await refreshWithin();
      if (!index) return 'unindexed';
      if (now() - loadedAt > maxAgeMs && now() - attemptedAt >= missRecheckMs) void refresh();
      const verdict = lookUpUrl(index, segments);
      if (verdict !== 'unknown' || now() - attemptedAt < missRecheckMs) return verdict;
      await refreshWithin();
      return lookUpUrl(index, segments);
    },
  };
}
