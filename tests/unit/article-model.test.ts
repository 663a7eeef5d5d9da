import { headingIds, headingSlug } from '@/lib/editorial/headings';
import { countWords, formatReadingTime, readingMinutes } from '@/lib/editorial/reading-time';
import { formatLicense } from '@/lib/editorial/people';
import { pageCount, pageOf, parsePageParam, relatedPosts } from '@/lib/content/article';
import { pageHref } from '@/lib/routes';
import { croppedSize, imageSource } from '@/lib/content/images';
import type { PostCard, SiteImage } from '@/lib/content';
import { isDue, nextDueAt } from '@/lib/content/select';

describe('heading anchors', () => {
  it('are stable from the text: lowercase ASCII words joined by dashes, leading numbering dropped', () => {
    expect(headingSlug('1. The Neurobiology of Hope')).toBe('the-neurobiology-of-hope');
    expect(headingSlug('What is KAP?')).toBe('what-is-kap');
    expect(headingSlug('Ketamine’s effects — café au lait')).toBe('ketamines-effects-cafe-au-lait');
    expect(headingSlug('2025 update')).toBe('2025-update');
    expect(headingSlug('？！')).toBe('');
  });

  it('are unique, never empty, never a page id, never starting with a digit', () => {
    expect(headingIds(['Bottom line', 'Bottom line', 'Bottom line'])).toEqual(['bottom-line', 'bottom-line-2', 'bottom-line-3']);
    expect(headingIds(['！！', 'References', 'ref-1 notes', '2025 update'])).toEqual([
      'section-1',
      'section-references',
      'section-ref-1-notes',
      'section-2025-update',
    ]);
  });
});

describe('reading time', () => {
  it('counts words as a reader does', () => {
    expect(countWords('Ketamine-assisted psychotherapy (KAP) isn’t new — 24 hours.')).toBe(7);
    expect(countWords('   ')).toBe(0);
  });

  it('rounds to whole minutes at 200 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(99)).toBe(1);
    expect(readingMinutes(590)).toBe(3);
    expect(readingMinutes(700)).toBe(4);
    expect(readingMinutes(Number.NaN)).toBe(1);
    expect(formatReadingTime(3)).toBe('3 min read');
  });
});

describe('license line', () => {
  it('names type, state and number when given', () => {
    expect(formatLicense({ type: 'RN', state: 'TX', number: '123456' })).toBe('Licensed RN, TX, license no. 123456');
    expect(formatLicense({ type: 'LCSW' })).toBe('Licensed LCSW');
  });
});

function card(id: string, category: string): PostCard {
  return {
    _id: id,
    slug: id,
    title: id,
    excerpt: 'x',
    publishedAt: '2025-01-01',
    language: 'en',
    category: { _id: category, slug: category, title: category, description: undefined, language: 'en' },
    author: { _id: 'a', slug: 'a', name: 'A', credentials: [] },
  };
}

describe('related articles', () => {
  it('are up to three others of the same category, in the given (newest first) order', () => {
    const post = card('p', 'k');
    const all = [card('a', 'k'), card('p', 'k'), card('b', 't'), card('c', 'k'), card('d', 'k'), card('e', 'k')];
    expect(relatedPosts(post, all).map((p) => p._id)).toEqual(['a', 'c', 'd']);
    expect(relatedPosts(post, [post])).toEqual([]);
  });
});

describe('home pagination', () => {
  it('has 10 a page, page 1 at / and the rest at /page/n', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(10)).toBe(1);
    expect(pageCount(11)).toBe(2);
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 3)).toEqual([20, 21, 22]);
    expect(pageHref(1)).toBe('/');
    expect(pageHref(2)).toBe('/page/2');
  });

  it('accepts only existing pages beyond the first, written plainly', () => {
    expect(parsePageParam('2', 11)).toBe(2);
    expect(parsePageParam('3', 11)).toBeNull();
    for (const bad of ['1', '0', '02', '2.0', '-2', 'x', '', '9999999']) expect(parsePageParam(bad, 1000)).toBeNull();
  });
});

describe('image sources', () => {
  const image: SiteImage = {
    alt: 'Portrait',
    asset: {
      url: 'https://cdn.sanity.io/images/abc123/production/a1b2c3-2000x1000.jpg',
      metadata: { dimensions: { width: 2000, height: 1000 }, lqip: undefined },
    },
    crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 },
    hotspot: { x: 0.5, y: 0.5, width: 1, height: 1 },
  };

  it('apply the crop to the natural size', () => {
    expect(croppedSize(image)).toEqual({ width: 1000, height: 1000 });
  });

  it('build a Sanity CDN URL with crop, size and format for the optimizer', () => {
    const source = imageSource(image, 400, 1);
    expect(source).toMatchObject({ width: 400, height: 400 });
    const url = new URL(source!.src);
    expect(url.origin + url.pathname).toBe('https://cdn.sanity.io/images/abc123/production/a1b2c3-2000x1000.jpg');
    expect(url.searchParams.get('w')).toBe('400');
    expect(url.searchParams.get('h')).toBe('400');
    expect(url.searchParams.get('rect')).toBe('500,0,1000,1000');
    expect(url.searchParams.get('auto')).toBe('format');
  });

  it('use files under public/ as they are and refuse URLs they cannot build from', () => {
    expect(imageSource({ ...image, asset: { ...image.asset, url: '/images/a.png' } }, 4000)).toEqual({
      src: '/images/a.png',
      width: 1000,
      height: 1000,
    });
    expect(imageSource({ ...image, asset: { ...image.asset, url: 'https://cdn.sanity.io/files/x/y/z.pdf' } }, 400)).toBeNull();
  });
});

describe('scheduling: a post is shown from its publication moment on', () => {
  const at = (publishedAt: string) => ({ publishedAt });
  const now = Date.parse('2026-03-01T15:00:00Z');

  it('due at its moment, in the clinic time zone for a calendar date', () => {
    expect(isDue(at('2026-03-01T09:00:00-06:00'), 'America/Chicago', now)).toBe(true);
    expect(isDue(at('2026-03-01T09:00:01-06:00'), 'America/Chicago', now)).toBe(false);
    // A date without a time is out from the start of that day on the clinic's clock.
    expect(isDue(at('2026-03-01'), 'America/Chicago', now)).toBe(true);
    expect(isDue(at('2026-03-02'), 'America/Chicago', now)).toBe(false);
  });

  it('the next moment a scheduled post comes due, or none', () => {
    expect(nextDueAt([at('2025-01-01'), at('2026-03-05T00:00:00Z'), at('2026-03-02T00:00:00Z')], 'America/Chicago', now)).toBe(
      Date.parse('2026-03-02T00:00:00Z'),
    );
    expect(nextDueAt([at('2025-01-01')], 'America/Chicago', now)).toBeUndefined();
  });
});
