import { getAuthor, getAuthors, getCategories, getCategory, getPost, getPostCards, getPostSlugs, getSiteChrome } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import { siteNameOf } from '@/lib/editorial/site';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { jsonFeed, rssFeed } from '@/lib/seo/feed';
import { drawableText } from '@/lib/seo/og';
import { ogCardResponse } from '@/lib/seo/og-card';
import { getSiteIdentity } from '@/lib/seo/site';

/**
 * The files each language has: its feeds and its articles' and topics' social cards. Route handlers
 * rather than the opengraph-image file convention: the convention gives statically generated dynamic
 * segments a hashed path, and the routes contract promises these. Built with the pages and
 * revalidated with them (same content tags).
 */

type SlugParams = { params: Promise<{ slug: string }> };

/**
 * The newest posts' images are drawn at build time (they are the ones being shared); the others on
 * their first request, then cached like a built one. Drawing one takes about 0.1 s, so drawing every
 * post's at build time would add minutes to a large site's build for images few will ask for.
 */
const OG_IMAGES_AT_BUILD = 20;

/** 1200×630 social preview of an article: site name, topic, title, author with credentials. Calm, legible, offline. */
export function articleCardRoute(language: Language) {
  return {
    async generateStaticParams() {
      return (await getPostSlugs(language)).slice(0, OG_IMAGES_AT_BUILD).map((slug) => ({ slug }));
    },
    async GET(_request: Request, { params }: SlugParams) {
      const post = await getPost((await params).slug, language);
      if (!post) return new Response('Not found', { status: 404 });
      const { settings } = await getSiteChrome(language);
      const author = drawableText(formatAuthorName(post.author));
      return ogCardResponse({
        siteName: siteNameOf(settings),
        kicker: post.category.title,
        title: post.title,
        footer: author ? `${dictionary(language).article.by} ${author}` : undefined,
      });
    },
  };
}

/** A topic's card: its title and description. */
export function categoryCardRoute(language: Language) {
  return {
    async generateStaticParams() {
      return (await getCategories(language)).map((category) => ({ slug: category.slug }));
    },
    async GET(_request: Request, { params }: SlugParams) {
      const category = await getCategory((await params).slug, language);
      if (!category) return new Response('Not found', { status: 404 });
      const { settings } = await getSiteChrome(language);
      return ogCardResponse({
        siteName: siteNameOf(settings),
        kicker: dictionary(language).og.topic,
        title: category.title,
        footer: category.description,
      });
    },
  };
}

/** An author's card (one for both languages: a name, credentials and a role read the same in both). */
export function authorCardRoute() {
  return {
    async generateStaticParams() {
      return (await getAuthors()).map((author) => ({ slug: author.slug }));
    },
    async GET(_request: Request, { params }: SlugParams) {
      const author = await getAuthor((await params).slug);
      if (!author) return new Response('Not found', { status: 404 });
      const { settings } = await getSiteChrome();
      return ogCardResponse({
        siteName: siteNameOf(settings),
        kicker: dictionary('en').og.author,
        title: formatAuthorName(author),
        footer: author.jobTitle,
      });
    },
  };
}

/** The site's card in a language, for the home page and every page without a card of its own. */
export function siteCardRoute(language: Language) {
  return {
    async GET() {
      const { settings } = await getSiteChrome(language);
      const siteName = siteNameOf(settings);
      const address = settings.organization?.address;
      const place = [address?.addressLocality, address?.addressRegion].filter(Boolean).join(', ');
      return ogCardResponse({ siteName, title: settings.description ?? siteName, footer: place || undefined });
    },
  };
}

/** RSS 2.0 and JSON Feed of one language's articles (`/feed.xml`, `/es/feed.xml`…). */
export function feedRoutes(language: Language) {
  return {
    async rss() {
      const [posts, site] = await Promise.all([getPostCards(language), getSiteIdentity(language)]);
      return new Response(rssFeed(posts, site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
    },
    async json() {
      const [posts, site] = await Promise.all([getPostCards(language), getSiteIdentity(language)]);
      return new Response(jsonFeed(posts, site), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
    },
  };
}
