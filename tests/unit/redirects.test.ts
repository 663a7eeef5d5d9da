/**
 * Old addresses of posts (lib/content/redirects.ts) and the index's verdicts on them: previous
 * slugs, the old site's permalinks and `?p=` ids lead to the post's current URL; a loop, a slug that
 * is another post's current one and an address two posts claim are refused and named.
 */
import {
  addressKey,
  ownPreviousSlugProblems,
  parsePostAddresses,
  planRedirects,
  previousSlugsAfterPublish,
  type PostAddresses,
} from '@/lib/content/redirects';
import { lookUpUrl, urlIndexFrom } from '@/lib/content/url-index';
import { SEED_POST_ID, SEED_SLUG, seedDocuments, writeDataset } from '../fixtures/datasets';
import { createLocalSource } from '@/lib/content/sources';
import { loadUrlIndex } from '@/lib/content/url-index';

const post = (slug: string, previousSlugs: string[] = [], previousPaths: string[] = [], _id = `post-${slug}`): PostAddresses => ({
  _id,
  slug,
  previousSlugs,
  previousPaths,
  language: 'en',
});

const indexOf = (addresses: PostAddresses[], live = addresses.map((a) => a.slug)) =>
  urlIndexFrom({
    posts: live.map((slug) => ({ slug })),
    authors: [],
    categories: [],
    pages: [{ slug: 'about' }],
    locations: [],
    addresses,
  });

const verdict = (index: ReturnType<typeof indexOf>, url: string) => {
  const { pathname, search } = new URL(url, 'http://localhost');
  return lookUpUrl(
    index,
    pathname
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s)),
    { pathname, search },
  );
};

describe('addressKey', () => {
  it.each([
    ['https://www.example-clinic.com/2025/09/03/my-post/', '/2025/09/03/my-post'],
    ['/2025/09/03/My-Post', '/2025/09/03/my-post'],
    ['/caf%C3%A9-y-bienestar/', '/café-y-bienestar'],
    ['https://www.example-clinic.com/?p=123', '/?p=123'],
    ['/index.php?page_id=7&preview=true', '/?p=7'],
    ['/blog//x//', '/blog/x'],
  ])('%s → %s', (input, key) => {
    expect(addressKey(input)).toBe(key);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '/%E0%A4%A', '/', 'https://old.example/?p=abc', 'mailto:x@example.org'])(
    '%s is no address',
    (input) => {
      expect(addressKey(input)).toBeUndefined();
    },
  );
});

describe('planRedirects', () => {
  it('refuses a loop, another post’s current slug and a previous slug two posts claim, naming each', () => {
    const plan = planRedirects([
      post('new-name', ['new-name', 'old-name', 'taken']),
      post('taken'),
      post('third', ['old-name']),
      post('fourth', [], ['/2024/01/01/x/']),
      post('fifth', [], ['https://www.example-clinic.com/2024/01/01/x', 'javascript:alert(1)']),
    ]);
    expect(plan.bySlug).toEqual(new Map([['old-name', 'new-name']]));
    expect(plan.byKey).toEqual(new Map([['/2024/01/01/x', 'fourth']]));
    const messages = (id: string) => (plan.findings.get(id) ?? []).map((f) => `${f.path.join('.')}: ${f.message}`);
    expect(messages('post-new-name')).toEqual([
      'previousSlugs.0: "new-name" is this post\'s current slug: an old address cannot lead to itself',
      'previousSlugs.2: "taken" is the current slug of another post (post-taken); /blog/taken stays that post\'s',
    ]);
    expect(messages('post-third')).toEqual([
      'previousSlugs.0: "old-name" is also a previous slug of post-new-name, published earlier, which keeps it',
    ]);
    expect(messages('post-fifth')).toEqual([
      'previousPaths.0: "https://www.example-clinic.com/2024/01/01/x" is also an old address of post-fourth, which keeps it',
      'previousPaths.1: "javascript:alert(1)" is not an address of the old site; left out',
    ]);
  });

  it('gives a post that is not shown (a draft, a scheduled post) no redirect', () => {
    const plan = planRedirects([post('later', ['before'], ['/?p=9'])], new Set());
    expect(plan.bySlug.size + plan.byKey.size).toBe(0);
  });

  it('reads stored addresses loosely: a list that is not one, or an item that is not text, costs only itself', () => {
    expect(
      parsePostAddresses([
        { _id: 'a', slug: 'a', previousSlugs: ['x', 3, null, ''], previousPaths: 'nope' },
        { _id: 'b' },
        null,
        { _id: 'c', slug: 'c', language: 'es' },
      ]),
    ).toEqual([
      { _id: 'a', slug: 'a', previousSlugs: ['x'], previousPaths: [], language: 'en' },
      { _id: 'c', slug: 'c', previousSlugs: [], previousPaths: [], language: 'es' },
    ]);
  });
});

describe('the index’s verdict on old addresses', () => {
  const index = indexOf([
    post('current', ['earlier', 'Even-Earlier'], ['https://www.example-clinic.com/current-post/', 'https://www.example-clinic.com/?p=42']),
    post('other'),
  ]);

  it.each([
    ['/blog/earlier', '/blog/current'],
    ['/blog/even-earlier', '/blog/current'],
    ['/2025/09/03/earlier', '/blog/current'],
    ['/2025/09/current', '/blog/current'],
    ['/2025/09/03/other', '/blog/other'],
    ['/current-post', '/blog/current'],
    ['/?p=42', '/blog/current'],
    ['/index.php?p=42', '/blog/current'],
  ])('%s answers 308 to %s', (url, target) => {
    expect(verdict(index, url)).toEqual({ redirect: target });
  });

  it.each([
    ['/blog/current', 'exists'],
    ['/blog/nothing', 'unknown'],
    ['/2025/09/03/nothing', 'unindexed'],
    ['/?p=43', 'unindexed'],
    ['/about', 'exists'],
    ['/never', 'unknown'],
  ])('%s is %s', (url, expected) => {
    expect(verdict(index, url)).toBe(expected);
  });

  it('an old address the proxy never sees (/news/…) is kept, and named: the web host must redirect it', () => {
    const plan = planRedirects([post('current', [], ['https://www.example-clinic.com/news/2025/current-post/'])]);
    expect(plan.byKey.size).toBe(0);
    expect(plan.findings.get('post-current')?.[0].message).toMatch(/has a form this site does not answer .*redirect it at the web host/);
  });

  it('a page keeps its address even when a post lists it as an old one', () => {
    const claimed = indexOf([post('current', [], ['/about'])]);
    expect(verdict(claimed, '/about')).toBe('exists');
  });

  it('reads previous slugs from a dataset through the pages’ own queries (local source)', async () => {
    const docs = seedDocuments().map((doc) =>
      doc._id === SEED_POST_ID
        ? { ...doc, previousSlugs: ['kap-and-suicidality'], previousPaths: ['/2025/09/03/how-kap-helps/', '/?p=812'] }
        : doc,
    );
    const file = writeDataset(docs);
    const loaded = await loadUrlIndex(createLocalSource(file), 'America/Chicago');
    expect(verdict(loaded, '/blog/kap-and-suicidality')).toEqual({ redirect: `/blog/${SEED_SLUG}` });
    expect(verdict(loaded, '/2025/09/03/how-kap-helps')).toEqual({ redirect: `/blog/${SEED_SLUG}` });
    expect(verdict(loaded, '/?p=812')).toEqual({ redirect: `/blog/${SEED_SLUG}` });
  });
});

describe('the Studio’s publish of a changed slug', () => {
  it('records the old slug once, and takes out the new one (an address cannot lead to itself)', () => {
    expect(previousSlugsAfterPublish('old', 'new', undefined)).toEqual(['old']);
    expect(previousSlugsAfterPublish('old', 'new', ['older'])).toEqual(['older', 'old']);
    expect(previousSlugsAfterPublish('old', 'new', ['old'])).toBeUndefined();
    expect(previousSlugsAfterPublish('new', 'old', ['old', 'x'])).toEqual(['x', 'new']);
    expect(previousSlugsAfterPublish('same', 'same', ['x'])).toBeUndefined();
    // Never published, or no slug yet: nothing to keep.
    expect(previousSlugsAfterPublish(undefined, 'new', [])).toBeUndefined();
    expect(previousSlugsAfterPublish('old', undefined, [])).toBeUndefined();
  });

  it('names a loop and a repeat in the post’s own list', () => {
    expect(ownPreviousSlugProblems('here', ['here', 'a', 'a', 3])).toEqual([
      '"here" is this post\'s current slug: an old address cannot lead to itself. Remove it.',
      '"a" is listed twice. Remove one.',
    ]);
    expect(ownPreviousSlugProblems('here', ['a', 'b'])).toEqual([]);
  });
});
