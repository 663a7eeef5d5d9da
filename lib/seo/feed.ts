/**
 * RSS 2.0 and JSON Feed 1.1 from the same valid posts, with the `feed` package: title, link, guid,
 * publication date, author, category and description (the excerpt) for each article.
 *
 * Titles and excerpts are text. Feed readers read RSS titles and descriptions, and JSON Feed's
 * `content_html`, as HTML, so there they are HTML-escaped: a title typed as "<script>" reaches a
 * reader as those characters, never as markup. JSON Feed's `title` and `summary` are plain text and
 * stay as written. RSS names the author with `dc:creator` (RSS's own `<author>` must be an email).
 */
import { escapeUTF8 } from 'entities';
import { Feed } from 'feed';
import type { PostCard } from '../content';
import { contentDateMillis } from '../editorial/dates';
import { formatAuthorName } from '../editorial/people';
import { dictionary } from '../i18n/dictionary';
import { href } from '../routes';
import type { SiteIdentity } from './jsonld';
import { feedPaths } from './metadata';
import { absoluteUrl } from './urls';

/** Feeds carry the newest articles; older ones stay in the sitemap. */
const FEED_LIMIT = 50;

/** Text as HTML that shows exactly that text. */
const textAsHtml = (text: string) => escapeUTF8(text);

function buildFeed(posts: readonly PostCard[], site: SiteIdentity): Feed {
  const items = posts.slice(0, FEED_LIMIT);
  const dateOf = (post: PostCard) => new Date(contentDateMillis(post.publishedAt, site.timeZone));
  const updatedOf = (post: PostCard) => new Date(contentDateMillis(post.updatedAt ?? post.publishedAt, site.timeZone));
  const updated = items.reduce<Date | undefined>((latest, post) => {
    const at = updatedOf(post);
    return !latest || at > latest ? at : latest;
  }, undefined);
  // Each language's feed: its own home, its own posts, its own title and language.
  const language = site.language;
  const words = dictionary(language);
  const paths = feedPaths(language);
  const home = absoluteUrl(href('home', {}, language), site.origin);
  const feed = new Feed({
    id: home,
    link: home,
    title: words.site.feedTitle(site.siteName),
    description: site.description ?? words.site.description(site.siteName),
    language: words.htmlLang,
    copyright: `© ${site.organization?.name ?? site.siteName}`,
    generator: false,
    // A fixed date when there are no posts keeps the feed byte-for-byte stable between builds.
    updated: updated ?? new Date(0),
    feedLinks: {
      rss: absoluteUrl(paths.rss, site.origin),
      json: absoluteUrl(paths.json, site.origin),
    },
  });
  for (const post of items) {
    const url = absoluteUrl(href('post', { slug: post.slug }, language), site.origin);
    feed.addItem({
      title: textAsHtml(post.title),
      id: url,
      guid: url,
      link: url,
      date: updatedOf(post),
      published: dateOf(post),
      description: textAsHtml(post.excerpt),
      // content:encoded also declares the dc namespace that dc:creator needs.
      content: `<p>${textAsHtml(post.excerpt)}</p>`,
      extensions: [{ name: 'dc:creator', objects: { _text: formatAuthorName(post.author) } }],
      category: [{ name: post.category.title, domain: absoluteUrl(href('category', { slug: post.category.slug }, language), site.origin) }],
    });
  }
  return feed;
}

/** RSS 2.0 (/feed.xml, /es/feed.xml). */
export function rssFeed(posts: readonly PostCard[], site: SiteIdentity): string {
  return buildFeed(posts, site).rss2();
}

interface JsonFeedItem {
  id: string;
  title?: string;
  summary?: string;
  content_html?: string;
  author?: unknown;
  authors?: Array<{ name: string; url: string }>;
  [field: string]: unknown;
}

/**
 * JSON Feed 1.1 (/feed.json). The package writes version 1 with one `author`; 1.1 names `authors`
 * and the `language`, and its `title` and `summary` are plain text.
 */
export function jsonFeed(posts: readonly PostCard[], site: SiteIdentity): string {
  const feed = JSON.parse(buildFeed(posts, site).json1()) as { items: JsonFeedItem[]; [field: string]: unknown };
  const items = posts.slice(0, FEED_LIMIT);
  const publisher = site.organization?.name ?? site.siteName;
  const channel: Record<string, unknown> = { ...feed };
  delete channel.version;
  delete channel.items;
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      ...channel,
      language: dictionary(site.language).htmlLang,
      authors: [{ name: publisher, url: absoluteUrl(href('home', {}, site.language), site.origin) }],
      items: feed.items.map((item, i) => {
        const post = items[i];
        const rest: JsonFeedItem = { ...item };
        // The package's one `author` becomes 1.1's `authors`; the RSS-only dc:creator is not JSON Feed's.
        delete rest.author;
        delete rest['dc:creator'];
        return {
          ...rest,
          title: post.title,
          summary: post.excerpt,
          content_html: `<p>${textAsHtml(post.excerpt)}</p>`,
          authors: [
            {
              name: formatAuthorName(post.author),
              url: absoluteUrl(href('author', { slug: post.author.slug }, site.language), site.origin),
            },
          ],
        };
      }),
    },
    null,
    2,
  );
}
