/**
 * A web page saved as HTML (from the old site, another CMS or a browser) as an imported article: the
 * article's title, byline, date, category and description from its markup and meta tags, its body
 * from `<article>` (else `<main>`, else the page) without the site's navigation, header and footer.
 */
import { JSDOM } from 'jsdom';
import { addressKey } from '../content/redirects';
import type { ImportedArticle } from './article';
import { singleArticle } from './body';
import { parseByline, type Byline } from './byline';
import { htmlToPortableText } from './html';
import { localImageFinder } from './local-images';
import type { ImportNote } from './notes';
import { parseDay } from './plain-text';

const BYLINE = /^\s*(?:by|written by|author:)\s+\S/i;

export function readHtmlDocument(html: string, options: { file: string; assets?: string; notes: ImportNote[] }): ImportedArticle | null {
  const { document } = new JSDOM(html).window;
  const metaContent = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const root = document.querySelector('article') ?? document.querySelector('main, [role="main"]') ?? document.body;
  const heading = root.querySelector('h1') ?? document.querySelector('h1');
  const title = (heading?.textContent ?? metaContent('meta[property="og:title"]') ?? document.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) return null;
  heading?.remove();

  let byline: Byline | undefined;
  const bylineEl =
    root.querySelector('[rel="author"], .byline, .author, [itemprop="author"]') ??
    [...root.querySelectorAll('p, div, span')]
      .slice(0, 12)
      .find((el) => BYLINE.test(el.textContent ?? '') && (el.textContent ?? '').length < 160);
  if (bylineEl) {
    byline = parseByline((bylineEl.textContent ?? '').replace(/\s+/g, ' ')) ?? undefined;
    if (byline) (bylineEl.closest('p') ?? bylineEl).remove();
  }
  byline ??= parseByline(metaContent('meta[name="author"]') ?? '') ?? undefined;

  const timeEl = root.querySelector('time[datetime]');
  const rawDate = metaContent('meta[property="article:published_time"]') ?? timeEl?.getAttribute('datetime') ?? undefined;
  const publishedAt = rawDate && !Number.isNaN(Date.parse(rawDate)) ? rawDate : rawDate ? parseDay(rawDate) : undefined;
  const category = metaContent('meta[property="article:section"]');
  const excerpt = metaContent('meta[name="description"]') ?? metaContent('meta[property="og:description"]');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const lang = (document.documentElement.getAttribute('lang') ?? '').toLowerCase();

  for (const el of [...root.querySelectorAll('nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]')])
    el.remove();
  const converted = htmlToPortableText(
    root.innerHTML,
    {
      where: title,
      notes: options.notes,
      findImage: localImageFinder(options.file, options.assets),
      baseUrl: canonical,
    },
    { keyPrefix: 'b' },
  );
  const canonicalSlug = canonical ? /\/([^/?#]+)\/?(?:[?#].*)?$/.exec(canonical)?.[1] : undefined;
  let slug: string | undefined;
  try {
    slug = canonicalSlug ? decodeURIComponent(canonicalSlug).replace(/\.html?$/i, '') : undefined;
  } catch {
    slug = undefined;
  }
  return singleArticle(
    { title, slug, excerpt, publishedAt, category, byline, lang },
    converted.blocks,
    canonical && addressKey(canonical) ? { previousPaths: [canonical] } : {},
  );
}
