/**
 * Every query of lib/queries.ts against the committed seed dataset, through the real GROQ engine
 * (groq-js), then through the zod boundary.
 */
import path from 'node:path';
import { applyPerspective, indexDataset, loadDataset, queryDocuments, queryIndexed, type RawDocument } from '@/lib/content/dataset';
import { createLocalSource } from '@/lib/content/sources';
import { isTextBlock } from '@/lib/content/schema/portable-text';
import { selectPost, selectPostCards, selectPosts, selectSiteChrome } from '@/lib/content/select';
import { parsePost } from '@/lib/content/schema/post';
import { parseSiteSettings } from '@/lib/content/schema/site-settings';
import * as allQueries from '@/lib/queries';
import { postBySlugQuery, postCardsQuery, postDocumentIdsQuery, postsQuery, siteSettingsQuery } from '@/lib/queries';
import { documentTags } from '@/lib/content/tags';
import { block, otherPost, SEED_FILE, SEED_POST_ID, SEED_SLUG, seedDocuments, writeDataset } from '../fixtures/datasets';
import { hostileDocuments } from '../fixtures/hostile-dataset';

const seed = createLocalSource(SEED_FILE);

describe('queries against the seed through groq-js', () => {
  it('loads every seed document with no malformed line', () => {
    const dataset = loadDataset(SEED_FILE);
    expect(dataset.findings).toEqual([]);
    expect(dataset.documents.map((d) => d._type).sort()).toEqual(
      ['author', 'category', 'citation', 'citation', 'citation', 'citation', 'page', 'page', 'post', 'siteSettings', 'siteSettings'].sort(),
    );
    expect(dataset.documents.every((d) => !d._id.includes('.'))).toBe(true);
  });

  it('postsQuery lists the seed post with its author and category', async () => {
    const raw = await seed.query(postsQuery, {}, []);
    expect(raw).toEqual([
      expect.objectContaining({
        _id: SEED_POST_ID,
        slug: SEED_SLUG,
        title: 'How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality',
        publishedAt: '2025-09-03T09:00:00-05:00',
        author: expect.objectContaining({ name: 'Katie Coon', slug: 'katie-coon', credentials: ['BSN', 'RN'] }),
        category: expect.objectContaining({ title: 'Ketamine', slug: 'ketamine' }),
      }),
    ]);
    const cards = selectPosts(raw);
    expect(cards.map((c) => c.slug)).toEqual([SEED_SLUG]);
    expect(parsePost((raw as unknown[])[0]).findings).toEqual([]);
  });

  it('postBySlugQuery returns the whole article: body, four citations, crisis flag', async () => {
    const raw = (await seed.query(postBySlugQuery, { slug: SEED_SLUG }, [])) as unknown[];
    expect(raw).toHaveLength(1);
    const parsed = parsePost(raw[0]);
    expect(parsed.ok).toBe(true);
    expect(parsed.findings).toEqual([]);
    const post = selectPost(raw)!;
    expect(post.crisisSupport).toBe(true);
    expect(post.author).toMatchObject({ name: 'Katie Coon', credentials: ['BSN', 'RN'], jobTitle: 'San Antonio Clinic Manager' });
    expect(post.citations.map((c) => c.doi)).toEqual([
      '10.1016/j.biopsych.2018.08.012',
      '10.1176/appi.ajp.20220512',
      '10.1176/appi.ajp.2017.17040472',
      '10.1001/archpsyc.63.8.856',
    ]);
    expect(post.citations.every((c) => c.authorsIncomplete)).toBe(true);
    expect(
      post.body
        .filter(isTextBlock)
        .filter((b) => b.style === 'h2')
        .map((b) => b.children[0].text),
    ).toEqual([
      '1. The Neurobiology of Hope',
      '2. Breaking the Cycle of Suicidal Thinking',
      '3. The Role of Psychotherapy',
      '4. Clinical Evidence',
      'Bottom Line',
    ]);
    expect(post.body.filter(isTextBlock).filter((b) => b.listItem === 'bullet')).toHaveLength(4);
  });

  it('postDocumentIdsQuery names every document the article reads, for its doc: tags', async () => {
    const tags = documentTags(await seed.query(postDocumentIdsQuery, { slug: SEED_SLUG }, []));
    expect(tags.sort()).toEqual(
      [
        `doc:${SEED_POST_ID}`,
        'doc:author-katie-coon',
        'doc:category-ketamine',
        'doc:citation-ballard-2019',
        'doc:citation-feder-2023',
        'doc:citation-wilkinson-2018',
        'doc:citation-zarate-2006',
      ].sort(),
    );
    expect(documentTags([{ _id: 'drafts.x', citations: ['a', null, 'versions.r.b'] }])).toEqual(['doc:a']);
  });

  it('postBySlugQuery finds nothing for an unknown slug', async () => {
    expect(await seed.query(postBySlugQuery, { slug: 'no-such-post' }, [])).toEqual([]);
    expect(selectPost([])).toBeNull();
  });

  it('siteSettingsQuery returns the crisis note, disclaimer and organization', async () => {
    const raw = await seed.query(siteSettingsQuery, {}, []);
    const parsed = parseSiteSettings(raw);
    expect(parsed.ok && parsed.findings).toEqual([]);
    const chrome = selectSiteChrome(raw);
    expect(chrome.usedFallbackCrisis).toBe(false);
    expect(chrome.crisis.message).toBe(
      'Note: If you are in immediate crisis or thinking about harming yourself, please call or text 988 in the U.S. to connect with the Suicide & Crisis Lifeline.',
    );
    expect(chrome.crisis.actions.map((a) => a.href)).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:911']));
    expect(JSON.stringify(chrome.crisis)).not.toMatch(/press 3/i);
    expect(chrome.settings.disclaimer).toMatch(/not medical advice/);
    expect(chrome.settings.organization).toMatchObject({ type: 'MedicalClinic', name: expect.any(String) });
  });
});

describe('the local source', () => {
  it('never shows drafts, even one that shares a slug with the published post', async () => {
    const draft = { ...seedDocuments().find((d) => d._id === SEED_POST_ID)!, _id: `drafts.${SEED_POST_ID}`, title: 'DRAFT TITLE' };
    const draftOnly = otherPost({ _id: 'drafts.post-unpublished', slug: { _type: 'slug', current: 'unpublished' } });
    const versioned = otherPost({ _id: 'versions.r1.post-other', slug: { _type: 'slug', current: 'release' } });
    const source = createLocalSource(writeDataset([...seedDocuments(), draft, draftOnly, versioned]));
    const cards = selectPosts(await source.query(postsQuery, {}, []));
    expect(cards.map((c) => c.title)).toEqual(['How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality']);
    expect(await source.query(postBySlugQuery, { slug: 'unpublished' }, [])).toEqual([]);
    const post = selectPost(await source.query(postBySlugQuery, { slug: SEED_SLUG }, []));
    expect(post?.title).not.toBe('DRAFT TITLE');
  });

  it('reads a changed file again (cache keyed by path and modification time)', async () => {
    const { writeFileSync, utimesSync } = await import('node:fs');
    const file = writeDataset(seedDocuments());
    const source = createLocalSource(file);
    expect(selectPosts(await source.query(postsQuery, {}, []))).toHaveLength(1);
    writeFileSync(file, [...seedDocuments(), otherPost()].map((d) => JSON.stringify(d)).join('\n'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(selectPosts(await source.query(postsQuery, {}, []))).toHaveLength(2);
  });

  it('parses the file once while it is unchanged', () => {
    const file = writeDataset(seedDocuments());
    expect(loadDataset(file)).toBe(loadDataset(file));
  });

  it('skips a malformed line, names it, and serves the rest', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = writeDataset([]);
    const lines = seedDocuments().map((d) => JSON.stringify(d));
    lines.splice(2, 0, '{"_id": "broken", "_type": "post", ');
    writeFileSync(file, lines.join('\n'));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const cards = selectPosts(await createLocalSource(file).query(postsQuery, {}, []));
    expect(cards).toHaveLength(1);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/line 3 is not valid JSON/));
    errors.mockRestore();
  });

  it('explains a missing dataset file', async () => {
    await expect(createLocalSource('/nonexistent/data.ndjson').query(postsQuery, {}, [])).rejects.toThrow(
      /does not exist\. Set LOCAL_DATASET/,
    );
  });

  it('applyPerspective("drafts") lays drafts over published documents', () => {
    const docs = [
      { _id: 'a', _type: 'post', title: 'published' },
      { _id: 'drafts.a', _type: 'post', title: 'draft' },
      { _id: 'drafts.b', _type: 'post', title: 'new' },
    ];
    expect(applyPerspective(docs, 'published').map((d) => d.title)).toEqual(['published']);
    expect(applyPerspective(docs, 'drafts').map((d) => [d._id, d.title])).toEqual([
      ['a', 'draft'],
      ['b', 'new'],
    ]);
  });

  it('runs a query with parameters', async () => {
    const result = await queryDocuments([otherPost(), { _id: 'x', _type: 'post', body: [block('k', 'x')] }], '*[_id == $id][0].title', {
      id: 'post-other',
    });
    expect(result).toBe('Preparing for your first ketamine session');
  });
});

describe('the indexed engine in front of groq-js', () => {
  const E2E = path.join(__dirname, '..', 'fixtures', 'e2e-dataset.ndjson');
  const datasets: Array<[string, () => string]> = [
    ['seed', () => SEED_FILE],
    ['e2e dataset (drafts, images, pagination, a malformed line)', () => E2E],
    ['hostile corpus', () => writeDataset(hostileDocuments() as RawDocument[])],
    [
      'a key with a dot in its name, and a release',
      () =>
        writeDataset([
          { _id: 'p1', _type: 'post', title: 'One', slug: { _type: 'slug', current: 'one' }, 'slug.current': 'two' },
          { _id: 'p2', _type: 'post', title: 'Two', slug: { _type: 'slug', current: 'two' } },
          { _id: 'siteSettings', _type: 'siteSettings', title: 'Clinic' },
          { _id: 'release-r1', _type: 'system.release', name: 'r1' },
        ]),
    ],
  ];
  // Sub-queries see the whole dataset; the engine must not narrow a query that has one.
  const extra = [
    '*[_type == "post"]{ _id, "authors": count(*[_type == "author"]) }',
    '*[_type == "author" && count(*[_type == "post" && references(^._id)]) > 0]._id',
    '*[_id == "siteSettings"]{ "posts": count(*[_type == "post"]) }',
    '*[_type == "post" && slug.current == $slug]{ _id, "same": *[_type == "post" && category._ref == ^.category._ref]._id }',
    // The same filters spelled otherwise: the engine reads the parsed query, not its text.
    '*[slug.current == $slug && _type == "post"] | order(publishedAt asc) { _id, title }',
    '*[ _type=="post"&&(slug.current==$slug) ]{ _id }',
    '*["post" == _type && @.slug.current == $slug]._id',
    '*[_type == "post" && slug.current != $slug]._id',
    '*[_type == "post" || _type == "author"]._id',
    '*[!(_type == "post")]._id',
    '*[_type == "post" && (slug.current == $slug || defined(title))]._id',
    '*[_id == "siteSettings" && _type == "siteSettings"][0].title',
    '*[_type == "category"][0...2]{ title }',
    '*[_type == "post"][slug.current == $slug]{ _id }',
    // A key with a dot is not a path; a function may read the dataset without a `*`.
    '*[_type == "post" && @["slug.current"] == $slug]._id',
    '*[_id == "siteSettings"][0]{ title, "releases": count(releases::all()) }',
  ];
  const queries: string[] = [...(Object.values(allQueries) as unknown[]).filter((q): q is string => typeof q === 'string'), ...extra];

  it.each(datasets)('answers every query exactly as plain groq-js does: %s', async (_name, file) => {
    const dataset = loadDataset(file());
    for (const perspective of ['published', 'drafts'] as const) {
      const index = indexDataset(dataset, perspective);
      const slugs = [...(index.bySlug.get('post') ?? new Map<string, unknown>()).keys(), 'no-such-slug'];
      for (const query of queries) {
        const paramSets = query.includes('$slug') ? slugs.map((slug) => ({ slug })) : [{}];
        for (const params of paramSets) {
          const plain = await queryDocuments(index.documents, query, params);
          expect({ query, params, perspective, result: await queryIndexed(index, query, params) }).toEqual({
            query,
            params,
            perspective,
            result: plain,
          });
        }
      }
    }
  });

  it('answers a list once per version of the file: the same object until the file changes', async () => {
    const { writeFileSync, utimesSync } = await import('node:fs');
    const file = writeDataset(seedDocuments());
    const source = createLocalSource(file);
    const first = await source.query(postCardsQuery, {}, []);
    expect(await source.query(postCardsQuery, {}, [])).toBe(first);
    // Per-slug answers are computed each time (they are small, and there are as many as posts).
    const a = await source.query(postBySlugQuery, { slug: SEED_SLUG }, []);
    expect(await source.query(postBySlugQuery, { slug: SEED_SLUG }, [])).not.toBe(a);
    writeFileSync(file, [...seedDocuments(), otherPost()].map((d) => JSON.stringify(d)).join('\n'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const changed = await source.query(postCardsQuery, {}, []);
    expect(changed).not.toBe(first);
    expect(selectPostCards(changed)).toHaveLength(2);
  });
});
