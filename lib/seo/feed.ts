/**
 * RSS 2.0 and JSON Feed from the same valid posts, with the `feed` package: title, link, guid,
 * publication date, author, category and description (the excerpt) for each article.
 */
import { Feed } from 'feed';
import type { PostCard } from '../content';
import { contentDateMillis } from '../editorial/dates';
import { formatAuthorName } from '../editorial/people';
import { href } from '../routes';
import type { SiteIdentity } from './jsonld';
import { FEED_PATHS } from './metadata';
import { absoluteUrl } from './urls';

/** Feeds carry the newest articles; older ones stay in the sitemap. */
const FEED_LIMIT = 50;

export function buildFeed(posts: readonly PostCard[], site: SiteIdentity): Feed {
  const items = posts.slice(0, FEED_LIMIT);
  const dateOf = (post: PostCard) => new Date(contentDateMillis(post.publishedAt, site.timeZone));
  const updatedOf = (post: PostCard) => new Date(contentDateMillis(post.updatedAt ?? post.publishedAt, site.timeZone));
  const updated = items.reduce<Date | undefined>((latest, post) => {
    const at = updatedOf(post);
    return !latest || at > latest ? at : latest;
  }, undefined);
  const home = absoluteUrl(href('home'), site.origin);
  const feed = new Feed({
    id: home,
    link: home,
    title: site.siteName,
    description: site.description ?? `Articles from ${site.siteName}`,
    language: 'en',
    copyright: `© ${site.organization?.name ?? site.siteName}`,
    generator: false,
    // A fixed date when there are no posts keeps the feed byte-for-byte stable between builds.
    updated: updated ?? new Date(0),
    feedLinks: {
      rss: absoluteUrl(FEED_PATHS.rss, site.origin),
      json: absoluteUrl(FEED_PATHS.json, site.origin),
    },
  });
  for (const post of items) {
    const url = absoluteUrl(href('post', { slug: post.slug }), site.origin);
    feed.addItem({
      title: post.title,
      id: url,
      guid: url,
      link: url,
      date: updatedOf(post),
      published: dateOf(post),
      description: post.excerpt,
      author: [{ name: formatAuthorName(post.author), link: absoluteUrl(href('author', { slug: post.author.slug }), site.origin) }],
      category: [{ name: post.category.title, domain: absoluteUrl(href('category', { slug: post.category.slug }), site.origin) }],
    });
  }
  return feed;
}
