/**
 * The index of existing URLs proxy.ts consults (lib/content/url-index.ts): what it calls a page, a
 * 404 or none of its business, built from the seed through the pages' own queries or from a build's
 * prerendered paths, and how it stays fresh (shared checks, a fingerprint before a reload, a bounded
 * recheck on a miss, a webhook's reload after one already running, the last index kept through an
 * outage).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSiteFiles } from '@/lib/build-manifest';
import { isOneSegmentPage } from '@/lib/routes';
import { createLocalSource } from '@/lib/content/sources';
import {
  createUrlIndexKeeper,
  loadUrlIndex,
  lookUpUrl,
  urlIndexFrom,
  urlIndexFromPaths,
  urlIndexStamp,
  type UrlIndex,
} from '@/lib/content/url-index';
import { POSTS_PER_PAGE } from '@/lib/content/article';
import { SEED_FILE, SEED_POST_ID, SEED_SLUG, seedDoc, seedDocuments, writeDataset } from '../fixtures/datasets';

const segments = (path: string) => path.split('/').filter(Boolean);

const index = (
  posts: string[],
  authors: string[] = [],
  categories: string[] = [],
  pages: string[] = [],
  locations: string[] = [],
): UrlIndex =>
  urlIndexFrom({
    posts: posts.map((slug) => ({ slug })),
    authors: authors.map((slug) => ({ slug })),
    categories: categories.map((slug) => ({ slug })),
    pages: pages.map((slug) => ({ slug })),
    locations: locations.map((slug) => ({ slug })),
  });

describe('lookUpUrl', () => {
  const many = index(
    Array.from({ length: POSTS_PER_PAGE * 2 + 1 }, (_, i) => `post-${i}`),
    ['ana-ruiz'],
    ['therapy'],
    ['about', 'contact'],
    ['medical-center'],
  );

  it.each([
    ['/blog/post-0', 'exists'],
    ['/blog/post-0/opengraph-image', 'exists'],
    ['/authors/ana-ruiz', 'exists'],
    ['/categories/therapy', 'exists'],
    ['/page/2', 'exists'],
    ['/page/3', 'exists'],
    ['/blog/no-such-post', 'unknown'],
    ['/blog/no-such-post/opengraph-image', 'unknown'],
    ['/authors/therapy', 'unknown'],
    ['/categories/ana-ruiz', 'unknown'],
    ['/page/4', 'unknown'],
    ['/page/1', 'unknown'],
    ['/page/02', 'unknown'],
    ['/page/x', 'unknown'],
    ['/', 'unindexed'],
    ['/feed.xml', 'unindexed'],
    ['/no/such/route', 'unindexed'],
    ['/api/revalidate', 'unindexed'],
    // Trust pages and locations (issue 19): a typo of a page is a complete 404; the site's own
    // one-segment files stay theirs.
    ['/about', 'exists'],
    ['/contact', 'exists'],
    ['/contcat', 'unknown'],
    ['/favicon.ico', 'unknown'],
    ['/wp-login.php', 'unknown'],
    ['/feed.json', 'unindexed'],
    ['/sitemap.xml', 'unindexed'],
    ['/robots.txt', 'unindexed'],
    ['/icon.svg', 'unindexed'],
    ['/opengraph-image', 'unindexed'],
    ['/locations', 'unindexed'],
    ['/locations/medical-center', 'exists'],
    ['/locations/medical-centre', 'unknown'],
  ])('%s is %s', (path, verdict) => {
    expect(lookUpUrl(many, segments(path))).toBe(verdict);
  });

  it('reads the seed through the pages’ queries: its article, author and category exist', async () => {
    const seed = await loadUrlIndex(createLocalSource(SEED_FILE), 'America/Chicago');
    expect(lookUpUrl(seed, ['blog', SEED_SLUG])).toBe('exists');
    expect(lookUpUrl(seed, ['authors', 'katie-coon'])).toBe('exists');
    expect(lookUpUrl(seed, ['categories', 'ketamine'])).toBe('exists');
    expect(lookUpUrl(seed, ['blog', `${SEED_SLUG}-2`])).toBe('unknown');
    // One post: the home page is its only listing page.
    expect(lookUpUrl(seed, ['page', '2'])).toBe('unknown');
  });

  it('can be built from a build’s prerendered paths, which stand in until the source answers', () => {
    const built = urlIndexFromPaths([
      '/',
      '/_not-found',
      '/blog/a',
      '/blog/a/opengraph-image',
      '/authors/ana',
      '/categories/c',
      '/page/2',
      '/page/3',
      '/feed.xml',
    ]);
    expect(lookUpUrl(built, ['blog', 'a'])).toBe('exists');
    expect(lookUpUrl(built, ['blog', 'b'])).toBe('unknown');
    expect(lookUpUrl(built, ['authors', 'ana'])).toBe('exists');
    expect(lookUpUrl(built, ['categories', 'c'])).toBe('exists');
    expect(lookUpUrl(built, ['page', '3'])).toBe('exists');
    expect(lookUpUrl(built, ['page', '4'])).toBe('unknown');
  });

  it('fingerprints the local dataset by its file version, without a query', async () => {
    const source = createLocalSource(SEED_FILE);
    expect(await urlIndexStamp(source)).toBe(source.version());
  });
});

describe('the index keeper', () => {
  function clock(start = 1_000_000) {
    let t = start;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  it('loads once for many simultaneous lookups', async () => {
    const load = jest.fn(async () => index(['a']));
    const keeper = createUrlIndexKeeper(load, { log: () => undefined });
    const verdicts = await Promise.all(Array.from({ length: 50 }, () => keeper.lookUp(['blog', 'a'])));
    expect(new Set(verdicts)).toEqual(new Set(['exists']));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('learns a new post on a refresh (the webhook), and on a miss once the index is a few seconds old', async () => {
    const t = clock();
    let posts = ['a'];
    const load = jest.fn(async () => index(posts));
    const keeper = createUrlIndexKeeper(load, { now: t.now, missRecheckMs: 5_000, log: () => undefined });
    expect(await keeper.lookUp(['blog', 'b'])).toBe('unknown');
    posts = ['a', 'b'];
    // A miss right after a load does not load again: unknown URLs cannot make it query per request.
    expect(await keeper.lookUp(['blog', 'b'])).toBe('unknown');
    expect(load).toHaveBeenCalledTimes(1);
    await keeper.refresh();
    expect(await keeper.lookUp(['blog', 'b'])).toBe('exists');
    posts = ['a', 'b', 'c'];
    t.advance(5_000);
    expect(await keeper.lookUp(['blog', 'c'])).toBe('exists');
    expect(load).toHaveBeenCalledTimes(3);
    for (let i = 0; i < 100; i += 1) await keeper.lookUp(['blog', `unknown-${i}`]);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('refreshes in the background once older than its maximum age: an unpublished post goes', async () => {
    const t = clock();
    let posts = ['a', 'b'];
    const keeper = createUrlIndexKeeper(async () => index(posts), { now: t.now, maxAgeMs: 60_000, log: () => undefined });
    expect(await keeper.lookUp(['blog', 'b'])).toBe('exists');
    posts = ['a'];
    t.advance(60_001);
    // This lookup answers from the index it has and starts a refresh; the next one sees it.
    expect(await keeper.lookUp(['blog', 'a'])).toBe('exists');
    await new Promise((r) => setImmediate(r));
    expect(await keeper.lookUp(['blog', 'b'])).toBe('unknown');
  });

  it('reloads the lists only when the fingerprint changed, and always on a forced refresh', async () => {
    const t = clock();
    let stamp = 'v1';
    const load = jest.fn(async () => index(['a']));
    const keeper = createUrlIndexKeeper(load, { now: t.now, stamp: async () => stamp, log: () => undefined });
    await keeper.lookUp(['blog', 'a']);
    t.advance(10_000);
    await keeper.lookUp(['blog', 'nope']);
    await keeper.refresh();
    expect(load).toHaveBeenCalledTimes(1);
    stamp = 'v2';
    await keeper.refresh();
    expect(load).toHaveBeenCalledTimes(2);
    await keeper.refresh({ force: true });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('a forced refresh (the webhook) during a load that began before the change loads again after it', async () => {
    let posts = ['a'];
    const gates: Array<() => void> = [];
    const load = jest.fn(() => {
      const snapshot = [...posts];
      return new Promise<UrlIndex>((resolve) => gates.push(() => resolve(index(snapshot))));
    });
    const keeper = createUrlIndexKeeper(load, { log: () => undefined });
    const first = keeper.refresh();
    posts = ['a', 'new'];
    const forced = keeper.refresh({ force: true });
    gates.shift()!();
    await first;
    await new Promise((r) => setImmediate(r));
    expect(load).toHaveBeenCalledTimes(2);
    gates.shift()!();
    await forced;
    expect(await keeper.lookUp(['blog', 'new'])).toBe('exists');
  });

  it('answers from the build’s pages while the source cannot be reached', async () => {
    const keeper = createUrlIndexKeeper(
      async () => {
        throw new Error('connect ECONNREFUSED');
      },
      { initial: index(['built']), log: () => undefined },
    );
    expect(await keeper.lookUp(['blog', 'built'])).toBe('exists');
    expect(await keeper.lookUp(['blog', 'made-up'])).toBe('unknown');
  });

  it('lets every URL through while no index can be loaded, retries at most every few seconds, and logs once', async () => {
    const t = clock();
    const logs: string[] = [];
    const load = jest.fn(async (): Promise<UrlIndex> => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:3196');
    });
    const keeper = createUrlIndexKeeper(load, { now: t.now, missRecheckMs: 5_000, log: (l) => logs.push(l) });
    for (let i = 0; i < 20; i += 1) expect(await keeper.lookUp(['blog', `x-${i}`])).toBe('unindexed');
    expect(load).toHaveBeenCalledTimes(1);
    t.advance(5_000);
    expect(await keeper.lookUp(['blog', 'x'])).toBe('unindexed');
    expect(load).toHaveBeenCalledTimes(2);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/could not be loaded; every URL reaches its route meanwhile: connect ECONNREFUSED/);
  });

  it('keeps the last index through a failed refresh', async () => {
    let fail = false;
    const logs: string[] = [];
    const keeper = createUrlIndexKeeper(
      async () => {
        if (fail) throw new Error('HTTP 500');
        return index(['a']);
      },
      { log: (l) => logs.push(l) },
    );
    expect(await keeper.lookUp(['blog', 'a'])).toBe('exists');
    fail = true;
    await keeper.refresh();
    expect(await keeper.lookUp(['blog', 'a'])).toBe('exists');
    expect(await keeper.lookUp(['blog', 'z'])).toBe('unknown');
    expect(logs[0]).toMatch(/the last one is kept: HTTP 500/);
  });

  it('answers from the index it has when a refresh on a miss takes too long', async () => {
    const t = clock();
    let calls = 0;
    const keeper = createUrlIndexKeeper(
      () => {
        calls += 1;
        return calls === 1 ? Promise.resolve(index(['a'])) : new Promise<UrlIndex>(() => undefined);
      },
      { now: t.now, waitMs: 20, log: () => undefined },
    );
    await keeper.lookUp(['blog', 'a']);
    t.advance(10_000);
    expect(await keeper.lookUp(['blog', 'never'])).toBe('unknown');
  });
});

describe('scheduled posts', () => {
  const due = Date.parse('2026-03-01T15:00:00Z');
  const dataset = (publishedAt: string) =>
    createLocalSource(
      writeDataset([
        ...seedDocuments(),
        { ...seedDoc(SEED_POST_ID), _id: 'post-later', slug: { _type: 'slug', current: 'later' }, publishedAt },
      ]),
    );

  it('a post dated ahead is not in the index until its moment, and the index says when it goes out of date', async () => {
    const source = dataset('2026-03-01T09:00:00-06:00');
    const before = await loadUrlIndex(source, 'America/Chicago', due - 1);
    expect(lookUpUrl(before, ['blog', 'later'])).toBe('unknown');
    expect(lookUpUrl(before, ['blog', SEED_SLUG])).toBe('exists');
    expect(before.validUntil).toBe(due);
    const after = await loadUrlIndex(source, 'America/Chicago', due);
    expect(lookUpUrl(after, ['blog', 'later'])).toBe('exists');
    expect(after.validUntil).toBeUndefined();
  });

  it('the keeper reloads once a scheduled post is due, though the content is unchanged', async () => {
    const t = clock();
    const load = jest.fn(async () =>
      t.now() < 2_000_000
        ? urlIndexFrom({ posts: [], authors: [], categories: [], pages: [], locations: [] }, 2_000_000)
        : index(['later']),
    );
    const keeper = createUrlIndexKeeper(load, { now: t.now, stamp: async () => 'unchanged', missRecheckMs: 5_000, log: () => undefined });
    expect(await keeper.lookUp(['blog', 'later'])).toBe('unknown');
    t.advance(500_000);
    // Still before the moment: the same fingerprint keeps the index.
    expect(await keeper.lookUp(['blog', 'later'])).toBe('unknown');
    expect(load).toHaveBeenCalledTimes(1);
    t.advance(500_000);
    expect(await keeper.lookUp(['blog', 'later'])).toBe('exists');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the site’s own one-segment files are never a trust page’s 404 (issue 19)', () => {
  it('the build’s non-page files and every file at the top of public/ are the site’s files; pages are not', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-files-'));
    const dist = path.join(dir, '.next');
    const pub = path.join(dir, 'public');
    mkdirSync(dist);
    mkdirSync(path.join(pub, 'fixtures'), { recursive: true });
    const routes = ['/', '/about', '/locations', '/feed.xml', '/icon.svg', '/favicon.ico', '/apple-icon.png', '/blog/x'];
    writeFileSync(path.join(dist, 'prerender-manifest.json'), JSON.stringify({ routes: Object.fromEntries(routes.map((r) => [r, {}])) }));
    writeFileSync(path.join(pub, 'google1234abcd.html'), 'google-site-verification');
    writeFileSync(path.join(pub, 'ads.txt'), '');
    const files = readSiteFiles(dist, pub, isOneSegmentPage);
    expect([...files].sort()).toEqual(['ads.txt', 'apple-icon.png', 'favicon.ico', 'feed.xml', 'google1234abcd.html', 'icon.svg']);
    expect(readSiteFiles(path.join(dir, 'no-build'), path.join(dir, 'no-public'), isOneSegmentPage).size).toBe(0);
  });

  it('a one-segment page is one no file route or non-page path claims', () => {
    expect(['about', 'contact', 'locations'].map(isOneSegmentPage)).toEqual([true, true, true]);
    expect(['feed.xml', 'icon.svg', 'favicon.ico', 'apple-icon.png', 'opengraph-image', 'studio', 'api'].map(isOneSegmentPage)).toEqual(
      Array(7).fill(false),
    );
  });
});

describe('each language has its own addresses (issue 22)', () => {
  const both = urlIndexFrom({
    posts: [
      { slug: 'kap', language: 'en' },
      { slug: 'kap-es', language: 'es' },
      { slug: 'shared', language: 'en' },
      { slug: 'shared', language: 'es' },
    ],
    authors: [{ slug: 'ana-ruiz' }],
    categories: [{ slug: 'ketamina', language: 'es' }],
    pages: [{ slug: 'contacto', language: 'es' }],
    locations: [{ slug: 'medical-center' }],
  });

  it.each([
    ['/blog/kap', 'exists'],
    ['/es/blog/kap-es', 'exists'],
    ['/es/blog/shared', 'exists'],
    ['/blog/shared', 'exists'],
    // A slug is an address in its own language only.
    ['/es/blog/kap', 'unknown'],
    ['/blog/kap-es', 'unknown'],
    ['/es/categories/ketamina', 'exists'],
    ['/categories/ketamina', 'unknown'],
    ['/es/contacto', 'exists'],
    ['/contacto', 'unknown'],
    // Authors and locations have a page in each language.
    ['/es/authors/ana-ruiz', 'exists'],
    ['/authors/ana-ruiz', 'exists'],
    ['/es/locations/medical-center', 'exists'],
    ['/es/page/2', 'unknown'],
    ['/es', 'unindexed'],
    ['/es/feed.xml', 'unindexed'],
  ])('%s is %s', (path, verdict) => {
    expect(lookUpUrl(both, segments(path))).toBe(verdict);
  });

  it('a build’s prerendered Spanish paths stand in for the index, in their language', () => {
    const built = urlIndexFromPaths(['/es/blog/kap-es', '/blog/kap', '/es/page/2']);
    expect(lookUpUrl(built, segments('/es/blog/kap-es'))).toBe('exists');
    expect(lookUpUrl(built, segments('/blog/kap-es'))).toBe('unknown');
    expect(built.pages).toEqual({ en: 1, es: 2 });
  });
});
