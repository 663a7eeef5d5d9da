import { XMLParser } from 'fast-xml-parser';
import { createLocalSource } from '@/lib/content/sources';
import { selectAuthors, selectCategories, selectPost, selectPosts } from '@/lib/content/select';
import type { Post } from '@/lib/content';
import { isoDateTime } from '@/lib/editorial/dates';
import { authorsQuery, categoriesQuery, postBySlugQuery, postsQuery } from '@/lib/queries';
import { jsonFeed, rssFeed } from '@/lib/seo/feed';
import { displayed, feedparser } from '../fixtures/feedparser';
import {
  articleJsonLd,
  authorJsonLd,
  categoryJsonLd,
  homeJsonLd,
  publisherLogoUrl,
  serializeJsonLd,
  type SiteIdentity,
} from '@/lib/seo/jsonld';
import type { Metadata } from 'next';
import { articleMetadata, authorMetadata, categoryMetadata, documentTitle, pageMetadata, siteLayoutMetadata } from '@/lib/seo/metadata';
import { drawableText } from '@/lib/seo/og';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { SEED_FILE, SEED_SLUG } from '../fixtures/datasets';

const site: SiteIdentity = {
  origin: 'https://clinic.example',
  siteName: 'San Antonio Clinic',
  description: 'Articles',
  organization: {
    type: 'MedicalClinic',
    name: 'San Antonio Clinic',
    url: undefined,
    telephone: undefined,
    address: { streetAddress: undefined, addressLocality: 'San Antonio', addressRegion: 'TX', postalCode: undefined },
    sameAs: [],
  },
  logoUrl: 'https://clinic.example/icon.svg',
  timeZone: 'America/Chicago',
  language: 'en',
};

async function seedPost(): Promise<Post> {
  const post = selectPost(await createLocalSource(SEED_FILE).query(postBySlugQuery, { slug: SEED_SLUG }, []));
  if (!post) throw new Error('seed post did not parse');
  return post;
}

async function seedContent() {
  const source = createLocalSource(SEED_FILE);
  return {
    posts: selectPosts(await source.query(postsQuery, {}, [])),
    authors: selectAuthors(await source.query(authorsQuery, {}, [])),
    categories: selectCategories(await source.query(categoriesQuery, {}, [])),
  };
}

type Node = Record<string, unknown>;
const byType = (graph: Node[], type: string) => graph.find((n) => n['@type'] === type) as Node;

describe('dates for machines', () => {
  it('are ISO date-times with the offset of the clinic’s time zone', () => {
    expect(isoDateTime('2025-09-03', 'America/Chicago')).toBe('2025-09-03T00:00:00-05:00');
    expect(isoDateTime('2025-01-15', 'America/Chicago')).toBe('2025-01-15T00:00:00-06:00');
    expect(isoDateTime('2025-09-03T09:00:00-05:00', 'America/Chicago')).toBe('2025-09-03T09:00:00-05:00');
    expect(isoDateTime('2025-09-03T14:00Z', 'America/Chicago')).toBe('2025-09-03T14:00:00+00:00');
    expect(isoDateTime('2025-02-30', 'America/Chicago')).toBeUndefined();
  });
});

describe('article JSON-LD', () => {
  it('is one @graph: MedicalWebPage for patients, BlogPosting, breadcrumb and the clinic', async () => {
    const ld = articleJsonLd(await seedPost(), site);
    const graph = ld['@graph'] as Node[];
    expect(graph.map((n) => n['@type'])).toEqual(['MedicalWebPage', 'BlogPosting', 'BreadcrumbList', 'MedicalClinic']);
    const page = byType(graph, 'MedicalWebPage');
    expect(page.audience).toEqual({ '@type': 'Patient' });
    expect(page).not.toHaveProperty('reviewedBy');
    expect(page).not.toHaveProperty('lastReviewed');
    const article = byType(graph, 'BlogPosting');
    expect(article.headline).toBe('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality');
    expect(article.datePublished).toBe('2025-09-03T09:00:00-05:00');
    expect(article.dateModified).toBe('2025-09-03T09:00:00-05:00');
    expect(article.author).toMatchObject({
      '@type': 'Person',
      name: 'Katie Coon',
      honorificSuffix: 'BSN, RN',
      jobTitle: 'San Antonio Clinic Manager',
      url: 'https://clinic.example/authors/katie-coon',
    });
    expect(article.publisher).toEqual({ '@id': 'https://clinic.example/#organization' });
    const citations = article.citation as Node[];
    expect(citations).toHaveLength(4);
    expect(citations[0]).toMatchObject({
      '@type': 'ScholarlyArticle',
      sameAs: 'https://doi.org/10.1016/j.biopsych.2018.08.012',
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1016/j.biopsych.2018.08.012' },
    });
    const crumbs = (byType(graph, 'BreadcrumbList').itemListElement as Node[]).map((i) => [i.position, i.name, i.item]);
    expect(crumbs).toEqual([
      [1, 'Home', 'https://clinic.example/'],
      [2, 'Ketamine', 'https://clinic.example/categories/ketamine'],
      [3, 'How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality', `https://clinic.example/blog/${SEED_SLUG}`],
    ]);
    expect(byType(graph, 'MedicalClinic')).toMatchObject({ name: 'San Antonio Clinic', address: { addressLocality: 'San Antonio' } });
  });

  it('names the reviewer and review day when set, and a calendar date as a date-time with offset', async () => {
    const post = await seedPost();
    const reviewer = { ...post.author, _id: 'author-lee', slug: 'sam-lee', name: 'Sam Lee', credentials: ['MD'], jobTitle: undefined };
    const ld = articleJsonLd({ ...post, reviewedBy: reviewer, lastReviewedAt: '2025-10-01', updatedAt: '2025-10-02' }, site);
    const graph = ld['@graph'] as Node[];
    expect(byType(graph, 'MedicalWebPage')).toMatchObject({
      reviewedBy: { '@type': 'Person', name: 'Sam Lee', honorificSuffix: 'MD', url: 'https://clinic.example/authors/sam-lee' },
      lastReviewed: '2025-10-01',
    });
    expect(byType(graph, 'BlogPosting').dateModified).toBe('2025-10-02T00:00:00-05:00');
  });

  it('serialises with <, > and & escaped, so content cannot end the script element', async () => {
    const post = await seedPost();
    const hostile = '</script><script>alert(1)</script> & <!--';
    const json = serializeJsonLd(articleJsonLd({ ...post, title: hostile }, site));
    expect(json).not.toMatch(/[<>&]/);
    expect((JSON.parse(json)['@graph'][1] as Node).headline).toBe(hostile);
  });

  it('describes the home page as a WebSite published by the clinic', () => {
    const graph = homeJsonLd(site)['@graph'] as Node[];
    expect(graph.map((n) => n['@type'])).toEqual(['WebSite', 'MedicalClinic']);
    expect(homeJsonLd({ ...site, organization: undefined })['@graph'][1]).toMatchObject({
      '@type': 'Organization',
      name: 'San Antonio Clinic',
    });
  });
});

describe('article metadata', () => {
  it('has one absolute canonical, OpenGraph article times, author and section, and a large Twitter card', async () => {
    const meta = articleMetadata(site, await seedPost());
    expect(meta.alternates?.canonical).toBe(`https://clinic.example/blog/${SEED_SLUG}`);
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2025-09-03T09:00:00-05:00',
      modifiedTime: '2025-09-03T09:00:00-05:00',
      authors: ['https://clinic.example/authors/katie-coon'],
      section: 'Ketamine',
    });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
    expect(meta.alternates?.types).toHaveProperty('application/rss+xml');
  });
});

describe('titles, robots and structured data on every page type (issue 20)', () => {
  it('the site suffix is dropped when title and suffix together pass 60 characters; the title itself never shortened', async () => {
    const post = await seedPost();
    // "How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality | San Antonio Clinic" is 81.
    expect(articleMetadata(site, post).title).toEqual({ absolute: post.title });
    expect(documentTitle('Sleep and mood', site)).toEqual({ absolute: 'Sleep and mood | San Antonio Clinic' });
    const exactly60 = 'x'.repeat(60 - ' | San Antonio Clinic'.length);
    expect(documentTitle(exactly60, site)).toEqual({ absolute: `${exactly60} | San Antonio Clinic` });
    expect(documentTitle(`${exactly60}y`, site)).toEqual({ absolute: `${exactly60}y` });
    const long = 'A very long article title about ketamine, esketamine and what each of them can and cannot do';
    expect(documentTitle(long, site)).toEqual({ absolute: long });
  });

  it('every page allows a large image preview', () => {
    expect(siteLayoutMetadata(site).robots).toEqual({ 'max-image-preview': 'large' });
  });

  it('the BlogPosting has an image: the post’s own, else its Open Graph image', async () => {
    const post = await seedPost();
    const article = byType(articleJsonLd(post, site)['@graph'] as Node[], 'BlogPosting');
    expect(article.image).toBe(`https://clinic.example/blog/${SEED_SLUG}/opengraph-image`);
    const withImage = byType(articleJsonLd(post, site, { imageUrl: 'https://clinic.example/a.jpg' })['@graph'] as Node[], 'BlogPosting');
    expect(withImage.image).toBe('https://clinic.example/a.jpg');
  });

  it('an author page has its breadcrumb; a category page is a CollectionPage of its articles', async () => {
    const { authors, categories, posts } = await seedContent();
    const authorGraph = authorJsonLd(authors[0], site)['@graph'] as Node[];
    const crumbs = byType(authorGraph, 'BreadcrumbList').itemListElement as Node[];
    expect(crumbs.map((c) => [c.name, c.item])).toEqual([
      ['Home', 'https://clinic.example/'],
      ['Katie Coon, BSN, RN', 'https://clinic.example/authors/katie-coon'],
    ]);
    expect(byType(authorGraph, 'ProfilePage').breadcrumb).toEqual({ '@id': 'https://clinic.example/authors/katie-coon#breadcrumb' });
    const categoryGraph = categoryJsonLd(categories[0], site, posts)['@graph'] as Node[];
    expect(byType(categoryGraph, 'CollectionPage')).toMatchObject({
      url: 'https://clinic.example/categories/ketamine',
      name: 'Ketamine',
      mainEntity: { '@type': 'ItemList', itemListElement: [{ position: 1, url: `https://clinic.example/blog/${SEED_SLUG}` }] },
    });
    expect(byType(categoryGraph, 'BreadcrumbList')).toBeDefined();
  });
});

describe('the publisher and every page’s social card (issue 20)', () => {
  const logo = {
    alt: 'Clinic logo',
    asset: {
      url: 'https://cdn.sanity.io/images/abc123/production/f00d-1024x1024.png',
      metadata: { dimensions: { width: 1024, height: 1024 }, lqip: undefined },
    },
    hotspot: undefined,
    crop: undefined,
  };

  it('the publisher has a logo: the clinic’s own, served 512 px wide, else the site icon', () => {
    expect(publisherLogoUrl(site.organization, site.origin)).toBe('https://clinic.example/icon.svg');
    expect(publisherLogoUrl(undefined, site.origin)).toBe('https://clinic.example/icon.svg');
    const own = publisherLogoUrl({ ...site.organization!, logo }, site.origin);
    expect(new URL(own).host).toBe('cdn.sanity.io');
    expect(new URL(own).searchParams.get('w')).toBe('512');
    const clinic = byType(homeJsonLd({ ...site, logoUrl: own })['@graph'] as Node[], 'MedicalClinic');
    expect(clinic.logo).toEqual({ '@type': 'ImageObject', url: own });
  });

  it('sameAs, telephone and address come from the settings when set, and are absent when not', () => {
    const withLinks = {
      ...site,
      organization: {
        ...site.organization!,
        telephone: '+1-210-555-0100',
        telHref: 'tel:+12105550100',
        sameAs: ['https://www.facebook.com/clinic'],
      },
    };
    expect(byType(homeJsonLd(withLinks)['@graph'] as Node[], 'MedicalClinic')).toMatchObject({
      telephone: '+1-210-555-0100',
      sameAs: ['https://www.facebook.com/clinic'],
      address: { '@type': 'PostalAddress', addressLocality: 'San Antonio', addressRegion: 'TX' },
    });
    const bare = byType(homeJsonLd({ ...site, organization: undefined })['@graph'] as Node[], 'Organization');
    expect(Object.keys(bare).sort()).toEqual(['@id', '@type', 'logo', 'name', 'url']);
  });

  it('home, its pages, authors and categories each name a 1200×630 card, as OpenGraph and a large Twitter card', async () => {
    const { authors, categories } = await seedContent();
    const cases: Array<[Metadata, string]> = [
      [pageMetadata(site, { path: '/' }), 'https://clinic.example/opengraph-image'],
      [pageMetadata(site, { path: '/page/2', title: 'Latest articles, page 2' }), 'https://clinic.example/opengraph-image'],
      [siteLayoutMetadata(site), 'https://clinic.example/opengraph-image'],
      [authorMetadata(site, authors[0]), 'https://clinic.example/authors/katie-coon/opengraph-image'],
      [categoryMetadata(site, categories[0]), 'https://clinic.example/categories/ketamine/opengraph-image'],
    ];
    for (const [meta, url] of cases) {
      expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url, width: 1200, height: 630 })]);
      expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [expect.objectContaining({ url })] });
    }
  });
});

describe('sitemap and feeds', () => {
  const both = (en: string, es: string) => ({ languages: { en, es, 'x-default': en } });

  it('lists home, articles, authors and categories with lastmod from the dates readers see', async () => {
    const content = await seedContent();
    const post = { ...content.posts[0], updatedAt: '2025-10-02' };
    const home = both('https://clinic.example/', 'https://clinic.example/es');
    const author = both('https://clinic.example/authors/katie-coon', 'https://clinic.example/es/authors/katie-coon');
    expect(sitemapEntries({ ...content, posts: [post], pages: [], locations: [] }, site.origin, site.timeZone)).toEqual([
      // Every language's home, each naming the other; the Spanish one has no post yet, so no lastmod.
      { url: 'https://clinic.example/', lastModified: '2025-10-02T00:00:00-05:00', alternates: home },
      { url: 'https://clinic.example/es', alternates: home },
      { url: `https://clinic.example/blog/${SEED_SLUG}`, lastModified: '2025-10-02T00:00:00-05:00' },
      { url: 'https://clinic.example/authors/katie-coon', lastModified: '2025-10-02T00:00:00-05:00', alternates: author },
      { url: 'https://clinic.example/es/authors/katie-coon', alternates: author },
      { url: 'https://clinic.example/categories/ketamine', lastModified: '2025-10-02T00:00:00-05:00' },
    ]);
  });

  it('a translated article and topic name each other, with x-default the English one', async () => {
    const content = await seedContent();
    const english = content.posts[0];
    const spanish = {
      ...english,
      _id: 'post-es',
      slug: 'la-ketamina',
      language: 'es' as const,
      category: { ...english.category, _id: 'cat-es', slug: 'ketamina', language: 'es' as const },
    };
    const entries = sitemapEntries(
      {
        ...content,
        posts: [english, spanish],
        categories: [...content.categories, spanish.category],
        pages: [],
        locations: [],
        translations: [[english._id, 'post-es']],
      },
      site.origin,
      site.timeZone,
    );
    const pair = both(`https://clinic.example/blog/${SEED_SLUG}`, 'https://clinic.example/es/blog/la-ketamina');
    expect(entries.filter((e) => e.url.includes('/blog/'))).toEqual([
      expect.objectContaining({ url: `https://clinic.example/blog/${SEED_SLUG}`, alternates: pair }),
      expect.objectContaining({ url: 'https://clinic.example/es/blog/la-ketamina', alternates: pair }),
    ]);
    // Not linked as translations: each topic stands alone.
    expect(entries.find((e) => e.url === 'https://clinic.example/es/categories/ketamina')?.alternates).toBeUndefined();
  });

  it('writes RSS 2.0 that an independent parser reads back field by field', async () => {
    const { posts } = await seedContent();
    const rss = rssFeed(posts, site);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(rss);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    const item = doc.rss.channel.item;
    expect(item.title).toBe('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality');
    expect(item.link).toBe(`https://clinic.example/blog/${SEED_SLUG}`);
    expect(item.guid['#text']).toBe(`https://clinic.example/blog/${SEED_SLUG}`);
    expect(new Date(item.pubDate).toISOString()).toBe('2025-09-03T14:00:00.000Z');
    // RSS's <author> must be an email address: the name goes in dc:creator.
    expect(item.author).toBeUndefined();
    expect(item['dc:creator']).toBe('Katie Coon, BSN, RN');
    expect(item.category['#text']).toBe('Ketamine');
    expect(item.description).toBe(posts[0].excerpt);
  });

  it('titles and excerpts reach feed readers as text, never as markup (read by python3-feedparser)', async () => {
    const { posts } = await seedContent();
    const hostile = {
      ...posts[0],
      author: { ...posts[0].author, name: 'Ana <b>Ruiz</b> & Co', credentials: ['PhD'] },
      title: '<script>alert(1)</script> Sleep & "mood" <b>tips</b>',
      excerpt: 'Less than <3 hours & a <img src=x onerror=alert(2)> excerpt that stays text.',
    };
    const parsed = feedparser(rssFeed([hostile], site));
    expect(parsed).toMatchObject({ version: 'rss20', bozo: false });
    const [entry] = parsed.entries;
    expect(displayed(entry.title, entry.title_type)).toBe(hostile.title);
    expect(displayed(entry.summary, entry.summary_type)).toBe(hostile.excerpt);
    expect(entry.author).toBe('Ana <b>Ruiz</b> & Co, PhD');
    expect(entry.link).toBe(`https://clinic.example/blog/${SEED_SLUG}`);

    const json = JSON.parse(jsonFeed([hostile], site));
    expect(json.items[0].title).toBe(hostile.title);
    expect(json.items[0].summary).toBe(hostile.excerpt);
    expect(json.items[0].content_html).toBe(
      '<p>Less than &lt;3 hours &amp; a &lt;img src=x onerror=alert(2)&gt; excerpt that stays text.</p>',
    );
  });

  it('writes a JSON Feed 1.1 with the same items, their authors and the language', async () => {
    const { posts } = await seedContent();
    const feed = JSON.parse(jsonFeed(posts, site));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.authors).toEqual([{ name: expect.any(String), url: 'https://clinic.example/' }]);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      id: `https://clinic.example/blog/${SEED_SLUG}`,
      url: `https://clinic.example/blog/${SEED_SLUG}`,
      title: 'How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality',
      date_published: '2025-09-03T14:00:00.000Z',
      authors: [{ name: 'Katie Coon, BSN, RN', url: 'https://clinic.example/authors/katie-coon' }],
      tags: ['Ketamine'],
    });
    expect(feed.items[0].author).toBeUndefined();
    expect(Object.keys(feed.items[0]).filter((key) => key.includes(':'))).toEqual([]);
  });
});

describe('Open Graph image text', () => {
  it('keeps Latin text and drops what the bundled font cannot draw', () => {
    expect(drawableText('Cómo ayuda la psicoterapia — 988')).toBe('Cómo ayuda la psicoterapia — 988');
    expect(drawableText('Ketamine 治疗 🙂 guide')).toBe('Ketamine guide');
    expect(drawableText('a\u202Eb\u0000c')).toBe('a b c');
    expect(drawableText('x'.repeat(300), 20)).toHaveLength(20);
  });
});
