/**
 * The failure policy (docs/ARCHITECTURE.md "Validation policy"), on datasets built from the seed with one thing
 * broken each: the real GROQ engine, the real zod boundary, logs checked for the _id and path.
 */
import { createLocalSource } from '@/lib/content/sources';
import { resetReportedFindings } from '@/lib/content/report';
import { selectPost, selectPostCards, selectPosts, selectSiteChrome } from '@/lib/content/select';
import { postBySlugQuery, postCardsQuery, postsQuery, siteSettingsQuery } from '@/lib/queries';
import { BUILT_IN_CRISIS } from '@/lib/content/crisis';
import { block, otherPost, ref, SEED_POST_ID, SEED_SLUG, seedDoc, seedDocuments, writeDataset } from '../fixtures/datasets';
import type { RawDocument } from '@/lib/content/dataset';
import { isTextBlock, type BodyNode } from '@/lib/content/schema/portable-text';

/** The text blocks of a body (these bodies hold no images). */
const textOf = (body: BodyNode[]) => body.filter(isTextBlock);

let errors: jest.SpyInstance;
let warnings: jest.SpyInstance;
beforeEach(() => {
  resetReportedFindings();
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  errors.mockRestore();
  warnings.mockRestore();
});

const logged = (spy: jest.SpyInstance) => spy.mock.calls.map((c) => String(c[0])).join('\n');

/** The seed with the seed post replaced by `post`, plus extra documents. */
function datasetWith(post: RawDocument | null, ...extra: RawDocument[]) {
  const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID);
  return createLocalSource(writeDataset([...docs, ...(post ? [post] : []), ...extra]));
}

/**
 * The article page and the lists, as the site reads them (lists from the card query). Every scenario
 * also checks that the cards list exactly the posts whose whole documents are valid.
 */
async function pageAndList(source: ReturnType<typeof createLocalSource>, slug = SEED_SLUG) {
  const list = selectPostCards(await source.query(postCardsQuery, {}, [])).map((p) => p.slug);
  expect(list).toEqual(selectPosts(await source.query(postsQuery, {}, [])).map((p) => p.slug));
  return { post: selectPost(await source.query(postBySlugQuery, { slug }, [])), list };
}

describe('a document whose required parts fail is shown nowhere and logged once', () => {
  it.each<[string, (post: RawDocument) => void, RegExp]>([
    ['missing author', (p) => delete p.author, /author: is missing/],
    [
      'dangling author reference',
      (p) => (p.author = ref('author-deleted')),
      /author: is missing or points to a document that does not exist/,
    ],
    ['dangling category reference', (p) => (p.category = ref('category-deleted')), /category: is missing/],
    ['bad date', (p) => (p.publishedAt = '2025-02-30T09:00:00-05:00'), /publishedAt: is not a valid date/],
    ['date in prose', (p) => (p.publishedAt = 'September 3, 2025'), /publishedAt: is not a valid date/],
    ['missing title', (p) => delete p.title, /title: /],
    ['empty excerpt', (p) => (p.excerpt = '   '), /excerpt: must not be empty/],
    ['empty body', (p) => (p.body = []), /body: has no text/],
    ['body of unknown blocks only', (p) => (p.body = [{ _type: 'youtube', _key: 'y', url: 'x' }]), /"youtube" blocks are not supported/],
    ['missing slug', (p) => delete p.slug, /slug: is missing/],
    ['slug with a path in it', (p) => (p.slug = { _type: 'slug', current: '../../etc/passwd' }), /slug: must be URL-safe/],
  ])('%s', async (_name, breakIt, message) => {
    const post = seedDoc(SEED_POST_ID);
    breakIt(post);
    const source = datasetWith(post, otherPost());
    const slug = (post.slug as { current?: string } | undefined)?.current ?? SEED_SLUG;
    const { post: page, list } = await pageAndList(source, slug);
    expect(page).toBeNull();
    expect(list).toEqual(['preparing-for-your-first-session']);
    const log = logged(errors);
    expect(log).toContain(`post "${SEED_POST_ID}" is not shown anywhere`);
    expect(log).toMatch(message);
    // Asked again (list and page, then again): no second log line for the same _id and path.
    const before = errors.mock.calls.length;
    await pageAndList(source, slug);
    expect(errors.mock.calls.length).toBe(before);
  });

  it('a missing author document (deleted) hides the post but not another author’s post', async () => {
    const docs = seedDocuments().filter((d) => d._id !== 'author-katie-coon');
    const other = otherPost({ author: ref('author-ana') });
    const ana = {
      _id: 'author-ana',
      _type: 'author',
      name: 'Ana Ruiz',
      slug: { _type: 'slug', current: 'ana-ruiz' },
      credentials: ['PhD'],
    };
    const source = createLocalSource(writeDataset([...docs, other, ana]));
    const { post, list } = await pageAndList(source);
    expect(post).toBeNull();
    expect(list).toEqual(['preparing-for-your-first-session']);
  });
});

describe('an optional part that fails is dropped and logged; the rest renders', () => {
  it('a broken citation beside a good one: the good one stays, in order', async () => {
    const post = seedDoc(SEED_POST_ID);
    const broken = {
      _id: 'citation-broken',
      _type: 'citation',
      authors: [{ _key: 'a', _type: 'citationAuthor', family: 'Nobody' }],
      year: 2020,
    };
    (post.citations as unknown[]).splice(1, 0, ref('citation-broken', 'cb'), ref('citation-deleted', 'cd'));
    const { post: page } = await pageAndList(datasetWith(post, broken));
    expect(page?.citations.map((c) => c._id)).toEqual([
      'citation-ballard-2019',
      'citation-feder-2023',
      'citation-wilkinson-2018',
      'citation-zarate-2006',
    ]);
    const log = logged(warnings);
    expect(log).toContain(`post "${SEED_POST_ID}" is shown without the parts named below`);
    expect(log).toMatch(/citations\[1\]\.title: /);
    expect(log).toMatch(/citations\[2\]: points to a citation that does not exist/);
  });

  it('a javascript: link is dropped, its text kept', async () => {
    const post = seedDoc(SEED_POST_ID);
    const body = post.body as Array<Record<string, unknown>>;
    body[0] = block('evil', 'Click here for help', {
      markDefs: [{ _type: 'link', _key: 'l1', href: 'javascript:alert(document.cookie)' }],
      children: [{ _type: 'span', _key: 's', text: 'Click here for help', marks: ['l1', 'strong'] }],
    });
    const { post: page } = await pageAndList(datasetWith(post));
    const first = textOf(page!.body)[0];
    expect(first.children[0]).toMatchObject({ text: 'Click here for help', marks: ['strong'] });
    expect(first.markDefs).toEqual([]);
    expect(logged(warnings)).toMatch(/body\[0\]\.markDefs\[0\]\.href: is not an allowed link/);
  });

  it('bidi overrides are removed from every text readers see; isolates and marks are kept', async () => {
    const RLO = '\u202E',
      PDF = '\u202C',
      LRE = '\u202A',
      RLE = '\u202B',
      LRO = '\u202D';
    const post = seedDoc(SEED_POST_ID);
    post.title = `${RLO}evil${PDF} title`;
    post.excerpt = `An excerpt ${LRE}${RLE}${LRO}with all five${PDF}`;
    const body = post.body as Array<Record<string, unknown>>;
    body[0] = block('b1', `Body ${RLO}txet${PDF} and \u2066isolate\u2069 \u200Fmark`);
    const author = seedDoc('author-katie-coon');
    author.name = `${RLO}Katie Coon`;
    author.credentials = [`${RLO}NSB`, 'RN'];
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID && d._id !== 'author-katie-coon');
    const { post: page } = await pageAndList(createLocalSource(writeDataset([...docs, post, author])));
    expect(page).not.toBeNull();
    expect(page!.title).toBe('evil title');
    expect(page!.excerpt).toBe('An excerpt with all five');
    expect(textOf(page!.body)[0].children[0].text).toBe('Body txet and \u2066isolate\u2069 \u200Fmark');
    expect(page!.author.name).toBe('Katie Coon');
    expect(page!.author.credentials).toEqual(['NSB', 'RN']);
  });

  it('a title made only of bidi overrides is empty: the post is hidden and logged', async () => {
    const post = seedDoc(SEED_POST_ID);
    post.title = '\u202E\u202C';
    const { post: page } = await pageAndList(datasetWith(post));
    expect(page).toBeNull();
    expect(logged(errors)).toMatch(/title: must not be empty/);
  });

  it('a bad updatedAt, a broken image and a bad credential are dropped', async () => {
    const post = seedDoc(SEED_POST_ID);
    post.updatedAt = 'yesterday';
    post.mainImage = { _type: 'image', alt: 'A calm room', asset: ref('image-missing') };
    const author = seedDoc('author-katie-coon');
    author.credentials = ['BSN', { bad: true }, 'RN'];
    const docs = seedDocuments().filter((d) => d._id !== SEED_POST_ID && d._id !== 'author-katie-coon');
    const source = createLocalSource(writeDataset([...docs, post, author]));
    const { post: page } = await pageAndList(source);
    expect(page).not.toBeNull();
    expect(page!.updatedAt).toBeUndefined();
    expect(page!.mainImage).toBeUndefined();
    expect(page!.author.credentials).toEqual(['BSN', 'RN']);
    const log = logged(warnings);
    expect(log).toMatch(/updatedAt: is not a valid date/);
    expect(log).toMatch(/mainImage\.asset/);
    expect(log).toMatch(/author\.credentials\[1\]/);
  });

  it('an h1 in the body becomes an h2, unknown inline objects are left out', async () => {
    const post = seedDoc(SEED_POST_ID);
    const body = post.body as Array<Record<string, unknown>>;
    body[1] = { ...body[1], style: 'h1' };
    body[2] = { ...body[2], children: [...(body[2].children as unknown[]), { _type: 'mention', _key: 'm' }] };
    const { post: page } = await pageAndList(datasetWith(post));
    expect(textOf(page!.body)[1].style).toBe('h2');
    expect(textOf(page!.body)[2].children).toHaveLength(1);
  });

  it('a stray list level or a malformed mark never costs the text', async () => {
    const post = seedDoc(SEED_POST_ID);
    const body = post.body as Array<Record<string, unknown>>;
    body[0] = { ...body[0], level: 0 };
    body[2] = { ...body[2], children: [{ _type: 'span', _key: 'x', text: 'Kept text.', marks: [42, 'strong', null] }] };
    const { post: page } = await pageAndList(datasetWith(post));
    expect(textOf(page!.body)[0].children[0].text).toMatch(/^Suicidality is one of the most urgent/);
    expect(textOf(page!.body)[2].children[0]).toMatchObject({ text: 'Kept text.', marks: ['strong'] });
  });

  it('a dataset file with a byte-order mark keeps its first document', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = writeDataset([]);
    writeFileSync(
      file,
      '\uFEFF' +
        seedDocuments()
          .map((d) => JSON.stringify(d))
          .join('\n'),
    );
    const source = createLocalSource(file);
    expect(selectSiteChrome(await source.query(siteSettingsQuery, {}, [])).usedFallbackCrisis).toBe(false);
    expect((await pageAndList(source)).post).not.toBeNull();
  });

  it('crisis settings without a number to call keep their message and gain the built-in call and text links', () => {
    const settings = seedDoc('siteSettings') as Record<string, unknown>;
    const crisis = {
      ...(settings.crisisResources as Record<string, unknown>),
      actions: [{ label: 'Chat', href: 'https://988lifeline.org/chat' }],
    };
    const error = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chrome = selectSiteChrome({ ...settings, crisisResources: crisis });
    expect(chrome.crisis.message).toBe((settings.crisisResources as { message: string }).message);
    // …and, as every English block, a way to reach help in Spanish.
    expect(chrome.crisis.actions.map((a) => a.href)).toEqual([
      'https://988lifeline.org/chat',
      'tel:988',
      'sms:988',
      'tel:911',
      'sms:988?body=AYUDA',
    ]);
    expect(error.mock.calls.flat().join('\n')).toContain('crisisResources.actions: has no phone link to call');
    error.mockRestore();
  });

  it('a slug in another style but URL-safe is served; the Studio only warns about its style', async () => {
    const post = seedDoc(SEED_POST_ID);
    post.slug = { _type: 'slug', current: 'Ketamine-101.intro' };
    const { post: page, list } = await pageAndList(datasetWith(post), 'Ketamine-101.intro');
    expect(page?._id).toBe(SEED_POST_ID);
    expect(list).toEqual(['Ketamine-101.intro']);
  });

  it('a numbered list keeps its type', async () => {
    const post = seedDoc(SEED_POST_ID);
    (post.body as unknown[]).push(
      block('n1', 'Call 988', { listItem: 'number', level: 1 }),
      block('n2', 'Stay with someone', { listItem: 'number', level: 1 }),
    );
    const { post: page } = await pageAndList(datasetWith(post));
    expect(
      textOf(page!.body)
        .filter((b) => b.listItem === 'number')
        .map((b) => b.children[0].text),
    ).toEqual(['Call 988', 'Stay with someone']);
  });
});

describe('publishing rules', () => {
  it('two posts with one slug: the one published first keeps the URL and the list shows it once', async () => {
    const later = otherPost({
      _id: 'post-later',
      slug: { _type: 'slug', current: SEED_SLUG },
      publishedAt: '2026-01-01T00:00:00Z',
      title: 'Later',
    });
    const { post, list } = await pageAndList(datasetWith(seedDoc(SEED_POST_ID), later));
    expect(post?._id).toBe(SEED_POST_ID);
    expect(list).toEqual([SEED_SLUG]);
  });

  it('two posts with one slug published at the same instant: list and page agree, the other is logged', async () => {
    const a = otherPost({ _id: 'post-z', slug: { _type: 'slug', current: 'same' }, publishedAt: '2025-09-03T09:00:00-05:00', title: 'Z' });
    const b = otherPost({ _id: 'post-a', slug: { _type: 'slug', current: 'same' }, publishedAt: '2025-09-03T14:00:00Z', title: 'A' });
    const { post, list } = await pageAndList(datasetWith(seedDoc(SEED_POST_ID), a, b), 'same');
    expect(post?._id).toBe('post-a');
    const source = datasetWith(seedDoc(SEED_POST_ID), a, b);
    const listed = selectPosts(await source.query(postsQuery, {}, []));
    expect(listed.find((p) => p.slug === 'same')?._id).toBe('post-a');
    expect(list).toContain('same');
    expect(logged(errors)).toMatch(/post "post-z" is not shown anywhere[\s\S]*slug: "same" is already the address of "post-a"/);
  });

  it('lists newest first by real instant, whatever the offsets', async () => {
    const a = otherPost({ _id: 'post-a', slug: { _type: 'slug', current: 'a' }, publishedAt: '2025-09-03T23:30:00-05:00' });
    const b = otherPost({ _id: 'post-b', slug: { _type: 'slug', current: 'b' }, publishedAt: '2025-09-04T01:00:00+02:00' });
    const { list } = await pageAndList(datasetWith(seedDoc(SEED_POST_ID), a, b));
    // a is 04:30Z on Sept 4, b is 23:00Z on Sept 3, the seed is 14:00Z on Sept 3.
    expect(list).toEqual(['a', 'b', SEED_SLUG]);
  });
});

describe('the publisher: a bad logo or profile link is dropped alone, named in the log', () => {
  const logoAsset = {
    _id: 'image-clinlogo-512x512-png',
    _type: 'sanity.imageAsset',
    url: '/fixtures/logo-512x512.png',
    metadata: { dimensions: { width: 512, height: 512 } },
  };

  async function organizationOf(organization: Record<string, unknown>, ...extra: RawDocument[]) {
    const settings = { ...seedDoc('siteSettings'), organization: { ...(seedDoc('siteSettings').organization as object), ...organization } };
    const docs = seedDocuments().filter((d) => d._type !== 'siteSettings');
    const source = createLocalSource(writeDataset([...docs, settings, ...extra]));
    return selectSiteChrome(await source.query(siteSettingsQuery, {}, [])).settings.organization;
  }

  it('profile links: http(s) only, each once, in order; a hostile one is named by its place', async () => {
    const org = await organizationOf({
      sameAs: [
        'https://www.facebook.com/clinic',
        'javascript:alert(1)',
        'https://www.facebook.com/clinic',
        'ftp://files.example',
        'https://g.page/clinic',
      ],
    });
    expect(org?.name).toBe('San Antonio Clinic');
    expect(org?.sameAs).toEqual(['https://www.facebook.com/clinic', 'https://g.page/clinic']);
    const log = logged(warnings);
    expect(log).toMatch(/organization\.sameAs\[1\]: is not an allowed link/);
    expect(log).toMatch(/organization\.sameAs\[3\]: /);
  });

  it('a logo is read with its asset; a logo whose file is gone is dropped, the clinic kept', async () => {
    const withLogo = await organizationOf(
      { logo: { _type: 'image', alt: 'Clinic logo', asset: { _ref: logoAsset._id, _type: 'reference' } } },
      logoAsset,
    );
    expect(withLogo?.logo?.asset.url).toBe('/fixtures/logo-512x512.png');
    const gone = await organizationOf({
      logo: { _type: 'image', alt: 'Clinic logo', asset: { _ref: 'image-deleted-10x10-png', _type: 'reference' } },
    });
    expect(gone?.logo).toBeUndefined();
    expect(gone?.name).toBe('San Antonio Clinic');
    expect(logged(warnings)).toMatch(/organization\.logo\.asset/);
  });

  it('no logo and no profiles set: nothing invented', async () => {
    const org = await organizationOf({});
    expect(org?.sameAs).toEqual([]);
    expect(org?.logo).toBeUndefined();
  });
});

describe('the crisis line never disappears', () => {
  it('missing siteSettings: the built-in text, logged', async () => {
    const docs = seedDocuments().filter((d) => d._type !== 'siteSettings');
    const chrome = selectSiteChrome(await createLocalSource(writeDataset(docs)).query(siteSettingsQuery, {}, []));
    expect(chrome.usedFallbackCrisis).toBe(true);
    expect(chrome.crisis.message).toBe(BUILT_IN_CRISIS.message);
    expect(chrome.crisis.actions.map((a) => a.href)).toEqual(['tel:988', 'sms:988', 'tel:911', 'sms:988?body=AYUDA']);
    expect(logged(errors)).toMatch(/siteSettings.*built-in text/);
  });

  it('a crisis message without a heading is kept under a plain heading', async () => {
    const settings = seedDoc('siteSettings');
    delete (settings.crisisResources as Record<string, unknown>).heading;
    const docs = seedDocuments().filter((d) => d._type !== 'siteSettings');
    const chrome = selectSiteChrome(await createLocalSource(writeDataset([...docs, settings])).query(siteSettingsQuery, {}, []));
    expect(chrome.usedFallbackCrisis).toBe(false);
    expect(chrome.crisis.heading).toBe('If you are in crisis');
    expect(chrome.crisis.message).toMatch(/^Note: If you are in immediate crisis/);
  });

  it('invalid crisisResources: the built-in text; a hostile action alone is dropped', async () => {
    const settings = seedDoc('siteSettings');
    settings.crisisResources = { heading: 'Help', message: 42 };
    const docs = seedDocuments().filter((d) => d._type !== 'siteSettings');
    const chrome = selectSiteChrome(await createLocalSource(writeDataset([...docs, settings])).query(siteSettingsQuery, {}, []));
    expect(chrome.usedFallbackCrisis).toBe(true);
    expect(logged(errors)).toMatch(/crisisResources\.message/);

    const hostile = seedDoc('siteSettings');
    (hostile.crisisResources as { actions: unknown[] }).actions.push({ _key: 'x', label: 'Help', href: 'javascript:alert(1)' });
    const chrome2 = selectSiteChrome(await createLocalSource(writeDataset([...docs, hostile])).query(siteSettingsQuery, {}, []));
    expect(chrome2.usedFallbackCrisis).toBe(false);
    expect(chrome2.crisis.actions.some((a) => a.href.startsWith('javascript'))).toBe(false);
    expect(chrome2.crisis.actions).toHaveLength(6);
  });
});
