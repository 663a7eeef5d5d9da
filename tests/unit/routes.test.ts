/**
 * The route table (lib/routes.ts): hrefs, matching a path to its page or file, decoding a path, the
 * paths robots.txt keeps crawlers from, and where draft mode renders a path.
 */
import {
  reservedSlugProblem,
  decodeSegments,
  disallowedPaths,
  documentHref,
  documentRoutes,
  href,
  matchPage,
  matchRoute,
  pageHref,
  previewPath,
} from '@/lib/routes';
import { presentationResolve } from '@/sanity/presentation';

describe('hrefs', () => {
  it('are the routes contract’s URLs', () => {
    expect(href('home')).toBe('/');
    expect(href('homePage', { n: 2 })).toBe('/page/2');
    expect(href('post', { slug: 'kap' })).toBe('/blog/kap');
    expect(href('author', { slug: 'katie-coon' })).toBe('/authors/katie-coon');
    expect(href('category', { slug: 'ketamine' })).toBe('/categories/ketamine');
    expect(href('ogImage', { slug: 'kap' })).toBe('/blog/kap/opengraph-image');
    expect([href('rssFeed'), href('jsonFeed'), href('sitemap'), href('robots')]).toEqual([
      '/feed.xml',
      '/feed.json',
      '/sitemap.xml',
      '/robots.txt',
    ]);
  });

  it('take the slug as it is and carry no prefix for English, the default', () => {
    expect(href('post', { slug: 'a$&b' }, 'en')).toBe('/blog/a$&b');
    expect(documentHref('post', 'kap')).toBe('/blog/kap');
    expect(documentHref('author', 'katie-coon', 'en')).toBe('/authors/katie-coon');
  });

  it('page 1 of the home listing is the home page', () => {
    expect([pageHref(0), pageHref(1), pageHref(2), pageHref(12)]).toEqual(['/', '/', '/page/2', '/page/12']);
  });
});

describe('matching a path', () => {
  it.each([
    [[], { name: 'home', params: {} }],
    [['page', '2'], { name: 'homePage', params: { n: '2' } }],
    [['page', 'x'], { name: 'homePage', params: { n: 'x' } }],
    [['blog', 'kap'], { name: 'post', params: { slug: 'kap' } }],
    [['authors', 'katie-coon'], { name: 'author', params: { slug: 'katie-coon' } }],
    [['categories', 'ketamine'], { name: 'category', params: { slug: 'ketamine' } }],
  ])('%j is a page', (segments, expected) => {
    expect(matchPage(segments)).toEqual({ ...expected, locale: 'en' });
  });

  it('one segment no route or file claims is a trust page, whatever the slug (the content decides whether it exists)', () => {
    expect(matchPage(['about'])).toEqual({ name: 'trustPage', params: { slug: 'about' }, locale: 'en' });
    expect(matchPage(['locations'])).toEqual({ name: 'locations', params: {}, locale: 'en' });
    expect(matchPage(['locations', 'downtown'])).toEqual({ name: 'location', params: { slug: 'downtown' }, locale: 'en' });
  });

  it.each([
    [['blog', 'kap', 'opengraph-image']],
    [['Blog', 'kap']],
    [['feed.xml']],
    [['icon.svg']],
    [['opengraph-image']],
    [['es', 'feed.xml']],
    [['fr', 'blog', 'kap']],
  ])('%j is not', (segments) => {
    expect(matchPage(segments)).toBeNull();
  });

  it('the same pages under /es, in Spanish', () => {
    expect(matchPage(['es'])).toEqual({ name: 'home', params: {}, locale: 'es' });
    expect(matchPage(['es', 'blog', 'kap'])).toEqual({ name: 'post', params: { slug: 'kap' }, locale: 'es' });
    expect(matchPage(['es', 'contacto'])).toEqual({ name: 'trustPage', params: { slug: 'contacto' }, locale: 'es' });
    expect(href('post', { slug: 'kap' }, 'es')).toBe('/es/blog/kap');
    expect(href('home', {}, 'es')).toBe('/es');
  });
});

it('every page showing a document is a Presentation route with its filter', () => {
  expect(presentationResolve.mainDocuments).toEqual(
    documentRoutes.map(({ pattern, type }) => ({ route: pattern, filter: `_type == "${type}" && slug.current == $slug` })),
  );
  expect(Object.keys(presentationResolve.locations ?? {})).toEqual(['post', 'author', 'category', 'location', 'page']);
});

it('robots.txt keeps crawlers from the Studio, the API and previews', () => {
  expect(disallowedPaths()).toEqual(['/studio', '/api', '/preview']);
});

describe('where draft mode renders a path (proxy.ts)', () => {
  const rewritten = previewPath;

  it.each([
    ['/', '/preview'],
    ['/blog/x', '/preview/blog/x'],
    ['/authors/y', '/preview/authors/y'],
    ['/categories/z', '/preview/categories/z'],
    ['/page/2', '/preview/page/2'],
    // Not pages of the site today, but close to the paths left alone: they still go to the preview router.
    ['/apix', '/preview/apix'],
    ['/studiox', '/preview/studiox'],
    ['/feed.xml/x', '/preview/feed.xml/x'],
    ['/sitemap.xml/', '/preview/sitemap.xml/'],
    ['/fixtures', '/preview/fixtures'],
    ['/blog//opengraph-image', '/preview/blog//opengraph-image'],
    ['/a/api', '/preview/a/api'],
  ])('rewrites %s to %s', (path, to) => {
    expect(rewritten(path)).toBe(to);
  });

  it.each([
    '/api',
    '/api/x',
    '/API/x',
    '/studio',
    '/studio/desk',
    '/_next/static/x',
    '/preview',
    '/preview/x',
    '/feed.xml',
    '/feed.json',
    '/sitemap.xml',
    '/robots.txt',
    '/icon.svg',
    '/icons/a',
    '/favicon.ico',
    '/apple-icon.png',
    '/fixtures/a.jpg',
    '/blog/x/opengraph-image',
    '/blog/x/opengraph-image/y',
  ])('leaves %s alone', (path) => {
    expect(rewritten(path)).toBeNull();
  });
});

describe('a path’s segments', () => {
  it('are percent-decoded', () => {
    expect(decodeSegments('/blog/caf%C3%A9')).toEqual(['blog', 'café']);
    expect(decodeSegments('/')).toEqual([]);
  });

  it.each(['/blog/%ZZ', '/authors/%FF', '/%E0%A4%A', '/categories/%C0%AF', '/%'])(
    'are refused when %s is not valid percent-encoding',
    (path) => {
      expect(decodeSegments(path)).toBeNull();
    },
  );

  it('match a file route with its parameters, as well as a page', () => {
    expect(matchRoute(['blog', 'kap', 'opengraph-image'])).toEqual({ name: 'ogImage', params: { slug: 'kap' }, locale: 'en' });
    expect(matchRoute(['blog', 'kap'])).toEqual({ name: 'post', params: { slug: 'kap' }, locale: 'en' });
    expect(matchRoute(['feed.xml'])).toEqual({ name: 'rssFeed', params: {}, locale: 'en' });
    expect(matchRoute(['blog', 'kap', 'other'])).toBeNull();
  });
});

describe('slugs a trust page may not take (issue 19)', () => {
  it.each([
    'blog',
    'Authors',
    'categories',
    'page',
    'locations',
    'studio',
    'api',
    'preview',
    'feed.xml',
    'feed.json',
    'sitemap.xml',
    'robots.txt',
    'opengraph-image',
    'icon.svg',
    'en',
  ])('"%s" is an address of the site', (slug) => {
    expect(reservedSlugProblem(slug)).toMatch(/is an address the site itself uses/);
  });

  it('a slug a prefix claim would take is refused too; ordinary slugs are free', () => {
    expect(reservedSlugProblem('favicon-guide')).toMatch(/beginning "favicon"/);
    expect(reservedSlugProblem('icons')).toMatch(/beginning "icon"/);
    for (const slug of ['about', 'contact', 'editorial-policy', 'how-we-review', 'blogging-tips', 'locations-map']) {
      expect(reservedSlugProblem(slug)).toBeUndefined();
    }
  });
});
