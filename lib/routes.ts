/**
 * The site's routes in one table (docs/ARCHITECTURE.md "Routes"). Links, SEO and the sitemap, the
 * preview router, the Presentation tool, proxy.ts (draft mode's rewrite, the index of existing URLs)
 * and robots.txt all read it, so a route added here is known to each of them. Its one import has no
 * imports of its own: next.config.ts and the Studio load it too.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './i18n/languages';

/** English, the default, has no prefix; another language's pages live under `/<locale>/…` (`/es/blog/x`). */
export const LOCALES = LANGUAGES;
export type Locale = Language;
export const DEFAULT_LOCALE: Locale = DEFAULT_LANGUAGE;

/** Which paths a non-page answers for: `exact` its path only, `tree` also those below it, `prefix` any path it begins. */
type Claim = 'exact' | 'tree' | 'prefix';

/**
 * Named routes. A page has `shows`: the Sanity document type it shows, found by its slug (null for
 * the home listings). A file (OG image, feeds, sitemap, robots) has `claims` instead: draft mode
 * leaves it alone.
 */
export const routes = {
  home: { pattern: '/', shows: null },
  homePage: { pattern: '/page/:n', shows: null },
  post: { pattern: '/blog/:slug', shows: 'post' },
  author: { pattern: '/authors/:slug', shows: 'author' },
  category: { pattern: '/categories/:slug', shows: 'category' },
  // `slugOf`: its :slug is that type's, so an image for a post that does not exist is a 404 too.
  ogImage: { pattern: '/blog/:slug/opengraph-image', claims: 'prefix', slugOf: 'post' },
  authorOgImage: { pattern: '/authors/:slug/opengraph-image', claims: 'prefix', slugOf: 'author' },
  categoryOgImage: { pattern: '/categories/:slug/opengraph-image', claims: 'prefix', slugOf: 'category' },
  // The site's own card: home, its pages and every page without a card of its own.
  siteOgImage: { pattern: '/opengraph-image', claims: 'exact' },
  rssFeed: { pattern: '/feed.xml', claims: 'exact' },
  jsonFeed: { pattern: '/feed.json', claims: 'exact' },
  sitemap: { pattern: '/sitemap.xml', claims: 'exact' },
  robots: { pattern: '/robots.txt', claims: 'exact' },
  // app/icon.svg: the favicon, and the publisher's logo until the clinic sets one.
  siteIcon: { pattern: '/icon.svg', claims: 'exact' },
  locations: { pattern: '/locations', shows: null },
  location: { pattern: '/locations/:slug', shows: 'location' },
  // Last: a path is a trust page (About, policies, Contact) only when no route above claims it, so
  // `/feed.xml` stays the feed and `/contcat` is an unknown page (lib/content/url-index.ts).
  trustPage: { pattern: '/:slug', shows: 'page' },
} as const satisfies Record<string, { pattern: string; shows: string | null } | { pattern: string; claims: Claim; slugOf?: string }>;

/** The site's API endpoints: the Sanity webhook and draft mode's switch (the Presentation tool's). */
export const apiRoutes = {
  revalidate: '/api/revalidate',
  draftModeEnable: '/api/draft-mode/enable',
  draftModeDisable: '/api/draft-mode/disable',
} as const;

/** Paths that are not pages and never linked as routes; `crawl: false` ones are disallowed in robots.txt. */
export const nonPagePaths = {
  studio: { path: '/studio', claims: 'tree', crawl: false },
  api: { path: '/api', claims: 'tree', crawl: false },
  preview: { path: '/preview', claims: 'tree', crawl: false },
  nextAssets: { path: '/_next', claims: 'tree' },
  // Icons (app/icon.svg, favicon, apple-icon) and the test images under public/fixtures.
  icon: { path: '/icon', claims: 'prefix' },
  favicon: { path: '/favicon', claims: 'prefix' },
  appleIcon: { path: '/apple-icon', claims: 'prefix' },
  fixtures: { path: '/fixtures/', claims: 'prefix' },
} as const satisfies Record<string, { path: string; claims: Claim; crawl?: false }>;

type Routes = typeof routes;
export type RouteName = keyof Routes;
export type PageName = { [N in RouteName]: Routes[N] extends { shows: unknown } ? N : never }[RouteName];
export type DocumentTypeName = NonNullable<Routes[PageName]['shows']>;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
export type RouteParams<N extends RouteName> = { [K in ParamNames<Routes[N]['pattern']>]: string };
export type PageParams = { [N in PageName]: RouteParams<N> };
export type PageMatch = { [N in PageName]: { name: N; params: PageParams[N]; locale: Locale } }[PageName];

type HrefArgs<N extends RouteName> = [ParamNames<Routes[N]['pattern']>] extends [never]
  ? [params?: Record<string, never>, locale?: Locale]
  : [params: { [K in ParamNames<Routes[N]['pattern']>]: string | number }, locale?: Locale];

const pageNames = (Object.keys(routes) as RouteName[]).filter((name): name is PageName => 'shows' in routes[name]);

function build(pattern: string, params: Record<string, string | number> = {}, locale: Locale = DEFAULT_LOCALE): string {
  const path = pattern.replace(/:(\w+)/g, (_, key: string) => String(params[key]));
  if (locale === DEFAULT_LOCALE) return path;
  return `/${locale}${path === '/' ? '' : path}`;
}

/** The site-relative href of a route: `href('post', { slug })`, `href('home')`. */
export function href<N extends RouteName>(name: N, ...[params, locale]: HrefArgs<N>): string {
  return build(routes[name].pattern, params, locale);
}

/** Home pagination: page 1 is the home page itself. */
export function pageHref(page: number, locale: Locale = DEFAULT_LOCALE): string {
  return page <= 1 ? href('home', {}, locale) : href('homePage', { n: page }, locale);
}

/** The pages that show one document each, in table order, with the type they show. */
export const documentRoutes: ReadonlyArray<{ name: PageName; pattern: string; type: DocumentTypeName }> = pageNames.flatMap((name) => {
  const { pattern, shows } = routes[name];
  return shows ? [{ name, pattern, type: shows }] : [];
});

/** The document type whose slug a route's `:slug` is: the type a page shows, or a file's `slugOf`. */
export function routeDocumentType(name: RouteName): DocumentTypeName | null {
  const route = routes[name];
  return 'shows' in route ? route.shows : 'slugOf' in route ? route.slugOf : null;
}

/** The href of the page showing a document of `type`. */
export function documentHref(type: DocumentTypeName, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  const route = documentRoutes.find((r) => r.type === type);
  if (!route) throw new Error(`No route shows documents of type "${type}"`);
  return build(route.pattern, { slug }, locale);
}

/** A path's segments, each percent-decoded; null when one is not valid percent-encoding ("%ZZ", "%FF"). */
export function decodeSegments(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

export type RouteMatch = { name: RouteName; params: Record<string, string>; locale: Locale };

/** The language a path's segments are in: its locale prefix (`["es", "blog", "x"]` → "es"), else the default. */
export function localeOfPath(segments: readonly string[]): Locale {
  return LOCALES.find((l) => l !== DEFAULT_LOCALE && l === segments[0]) ?? DEFAULT_LOCALE;
}

/** The first of `names` whose pattern fits a path's segments (["blog", "x"]), with its parameters. */
function matchAmong(names: readonly RouteName[], segments: readonly string[]): RouteMatch | null {
  const locale = localeOfPath(segments);
  const parts = locale === DEFAULT_LOCALE ? segments : segments.slice(1);
  for (const name of names) {
    const pattern = routes[name].pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((part, i) => {
      if (!part.startsWith(':')) return part === parts[i];
      params[part.slice(1)] = parts[i];
      return true;
    });
    if (fits) return { name, params, locale };
  }
  return null;
}

/** The page a path's segments (["blog", "x"]) address, with its parameters; null when none. */
export function matchPage(segments: readonly string[]): PageMatch | null {
  // The whole table, in order: a path a file answers (`/feed.xml`) is not the trust page of that slug.
  const match = matchRoute(segments);
  return match && (pageNames as readonly RouteName[]).includes(match.name) ? (match as PageMatch) : null;
}

/**
 * Whether a one-segment path is a page (a trust page, or a listing such as `/locations`) rather than
 * one of the site's files: claimed by no file route and no non-page path (`icon…`, `favicon…`).
 */
export function isOneSegmentPage(name: string): boolean {
  const match = matchRoute([name]);
  if (!match || !(pageNames as readonly RouteName[]).includes(match.name)) return false;
  notAPage ??= new RegExp(`^/(?:${notAPagePattern()})`, 'i');
  return !notAPage.test(`/${name}`);
}

/** Any route (page or file) a path's segments address; null when none. */
export function matchRoute(segments: readonly string[]): RouteMatch | null {
  return matchAmong(Object.keys(routes) as RouteName[], segments);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function claimPattern(path: string, claim: Claim): string {
  const body = path
    .slice(1)
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('/');
  return claim === 'exact' ? `${body}$` : claim === 'tree' ? `${body}(?:/|$)` : body;
}

/**
 * A regular expression source (no leading slash, for a lookahead after `/`) matching every path
 * that is not a page: the files of `routes` and every `nonPagePaths` entry, with any locale prefix.
 */
export function notAPagePattern(): string {
  const files = Object.values(routes).flatMap((r) => ('claims' in r ? [claimPattern(r.pattern, r.claims)] : []));
  const others = Object.values(nonPagePaths).map((p) => claimPattern(p.path, p.claims));
  const body = [...files, ...others].join('|');
  const prefixed = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  return prefixed.length > 0 ? `(?:(?:${prefixed.join('|')})/)?(?:${body})` : body;
}

let notAPage: RegExp | undefined;
/**
 * Where draft mode renders a path: a page's path under the preview tree (`/blog/x` → `/preview/blog/x`,
 * `/` → `/preview`); null for what is not a page (API, Studio, assets, feeds, OG images…), which
 * draft mode leaves alone. Case-insensitive, as Next matches routes.
 */
export function previewPath(pathname: string): string | null {
  if (pathname === '/') return nonPagePaths.preview.path;
  notAPage ??= new RegExp(`^/(?:${notAPagePattern()})`, 'i');
  return notAPage.test(pathname) ? null : `${nonPagePaths.preview.path}${pathname}`;
}

/** What robots.txt disallows: the non-pages that are not for crawlers. */
export function disallowedPaths(): string[] {
  return Object.values(nonPagePaths).flatMap((p) => ('crawl' in p ? [p.path] : []));
}

/**
 * The first path segments the site itself uses: every route's and non-page path's, and every
 * locale's. A trust page may not take one as its slug (the Studio refuses it), or the route would
 * hide the page or the page the route. Compared case-insensitively, as Next matches routes; a slug
 * that a prefix claim would take (`icon…`, `favicon…`) is reserved too.
 */
export function reservedSlugProblem(slug: string): string | undefined {
  const lower = slug.toLowerCase();
  const first = (path: string) => path.split('/').filter(Boolean)[0];
  const literal = [
    ...Object.values(routes).map((r) => first(r.pattern)),
    ...Object.values(nonPagePaths).map((p) => first(p.path)),
    ...LOCALES,
  ];
  const taken = literal.find((segment) => segment && !segment.startsWith(':') && segment.toLowerCase() === lower);
  if (taken) return `"${slug}" is an address the site itself uses (/${taken})`;
  const prefix = Object.values(nonPagePaths).find((p) => p.claims === 'prefix' && lower.startsWith(first(p.path).toLowerCase()));
  if (prefix) return `addresses beginning "${first(prefix.path)}" are the site's own files`;
  return undefined;
}
