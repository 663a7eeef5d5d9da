/**
 * proxy.ts's matcher is a literal (Next reads it without running the module), so this checks it
 * against the route table: every route with parameters, the preview tree, the webhook and the
 * Studio's catch-all reach the proxy, as does any request with the draft cookie; the home page,
 * feeds, sitemap and assets do not (a proxy in front of them costs throughput and does nothing).
 * Paths are matched the way Next compiles a matcher's `source`.
 */
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { config } from '@/proxy';
import { apiRoutes, href, LOCALES, nonPagePaths, routes, type RouteName } from '@/lib/routes';
import { DRAFT_COOKIE } from '@/lib/security/draft-cookie';
import { isRedirectable } from '@/lib/content/redirects';

type Entry = string | { source: string; has?: Array<{ type: string; key: string }> };
const entries = config.matcher as Entry[];
const plain = entries.filter((e): e is string => typeof e === 'string').map((source) => getPathMatch(source, { strict: true }));
const reachesProxy = (path: string) => plain.some((match) => match(path) !== false);

const withParams = (Object.keys(routes) as RouteName[]).filter((name) => routes[name].pattern.includes(':'));

it.each(withParams.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
  'every path of the route %s (%s) reaches the proxy',
  (name, locale) => {
    const params = Object.fromEntries([...routes[name].pattern.matchAll(/:(\w+)/g)].map(([, key]) => [key, 'sample-value']));
    const sample = (href as (n: RouteName, p: Record<string, string>, l: string) => string)(name, params, locale);
    expect(reachesProxy(sample)).toBe(true);
    expect(reachesProxy(sample.replace('sample-value', '%ZZ'))).toBe(true);
  },
);

it('the preview tree, the webhook and the Studio’s catch-all reach it', () => {
  for (const path of [
    nonPagePaths.preview.path,
    `${nonPagePaths.preview.path}/blog/x`,
    apiRoutes.revalidate,
    `${nonPagePaths.studio.path}/x`,
  ]) {
    expect(reachesProxy(path)).toBe(true);
  }
});

it('any request with the draft cookie reaches it, except Next’s static files', () => {
  const withCookie = entries.filter((e): e is Exclude<Entry, string> => typeof e !== 'string' && e.has?.[0]?.type === 'cookie');
  expect(withCookie).toHaveLength(1);
  expect(withCookie[0].has).toEqual([{ type: 'cookie', key: DRAFT_COOKIE }]);
  const match = getPathMatch(withCookie[0].source, { strict: true });
  for (const path of ['/', '/feed.xml', '/blog/x', '/api/draft-mode/disable']) expect(match(path)).not.toBe(false);
  for (const path of ['/_next/static/chunks/a.js', '/_next/image']) expect(match(path)).toBe(false);
});

it.each([
  href('home'),
  href('rssFeed'),
  href('jsonFeed'),
  href('sitemap'),
  href('robots'),
  '/icon.svg',
  '/opengraph-image',
  // Where the proxy sends an unknown URL: through the proxy again it would loop.
  '/_not-found',
  '/_next/static/chunks/a.js',
  '/api/draft-mode/enable',
])('%s does not reach it without the cookie', (path) => {
  expect(reachesProxy(path)).toBe(false);
});

it('every one-segment file of the route table stays out of it: the matcher’s list of them is complete', () => {
  const oneSegmentFiles = (Object.keys(routes) as RouteName[]).filter((name) => {
    const route = routes[name];
    return 'claims' in route && !route.pattern.includes(':') && route.pattern.split('/').filter(Boolean).length === 1;
  });
  expect(oneSegmentFiles.length).toBeGreaterThanOrEqual(6);
  for (const name of oneSegmentFiles) expect(reachesProxy(href(name as 'rssFeed'))).toBe(false);
});

it.each(['/about', '/contcat', '/favicon.ico', '/wp-login.php', '/feed.xml.bak', '/icon.svg2', '/locations', '/locations/x'])(
  '%s reaches it (a trust page, a typo of one, or a path no file answers)',
  (path) => {
    expect(reachesProxy(path)).toBe(true);
  },
);

it('the old site’s addresses of posts reach it: dated permalinks, and the home page only with ?p= or ?page_id=', () => {
  // (Next takes the trailing slash off with its own 308 first.)
  for (const path of ['/2025/09/03/old-post', '/2025/09/old-post', '/2025/old-post']) {
    expect(reachesProxy(path)).toBe(true);
  }
  const byQuery = entries.filter((e): e is Exclude<Entry, string> => typeof e !== 'string' && e.has?.[0]?.type === 'query');
  expect(byQuery.map((e) => [e.source, e.has])).toEqual([
    ['/', [{ type: 'query', key: 'p' }]],
    ['/', [{ type: 'query', key: 'page_id' }]],
  ]);
  // Without the query, the home page never runs it.
  expect(reachesProxy('/')).toBe(false);
});

it.each([
  '/2025/09/03/old-post',
  '/old-post',
  '/blog/old',
  '/authors/x/y',
  '/news/2025/old-post',
  '/category/anxiety/old-post',
  '/locations/a/b',
])('the old address %s is redirectable exactly when it reaches the proxy', (path) => {
  expect(isRedirectable(path)).toBe(reachesProxy(path));
});
