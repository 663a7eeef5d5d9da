/**
 * The sitemap's entries from valid content only: home, the locations list, and every page of the
 * route table (articles, authors, categories, locations, trust pages), each
 * `lastmod` from what readers see (updatedAt, else publishedAt), never the system's _updatedAt.
 */
import type { Author, Category, ClinicLocation, PostCard, TrustPage } from '../content';
import { contentDateMillis, isoDateTime } from '../editorial/dates';
import { documentRoutes, href, type DocumentTypeName } from '../routes';
import { absoluteUrl } from './urls';

export interface SitemapEntry {
  url: string;
  lastModified?: string;
}

function newest(posts: readonly PostCard[], timeZone: string): string | undefined {
  let best: { at: number; value: string } | undefined;
  for (const post of posts) {
    const value = post.updatedAt ?? post.publishedAt;
    const at = contentDateMillis(value, timeZone);
    if (!best || at > best.at) best = { at, value };
  }
  return best ? isoDateTime(best.value, timeZone) : undefined;
}

export function sitemapEntries(
  input: {
    posts: readonly PostCard[];
    authors: readonly Author[];
    categories: readonly Category[];
    pages: readonly TrustPage[];
    locations: readonly ClinicLocation[];
  },
  origin: string,
  timeZone: string,
): SitemapEntry[] {
  const byAuthor = new Map<string, PostCard[]>();
  const byCategory = new Map<string, PostCard[]>();
  const add = (map: Map<string, PostCard[]>, key: string, post: PostCard) => {
    const list = map.get(key);
    if (list) list.push(post);
    else map.set(key, [post]);
  };
  for (const post of input.posts) {
    add(byAuthor, post.author._id, post);
    add(byCategory, post.category._id, post);
  }
  const entry = (path: string, lastModified: string | undefined): SitemapEntry => ({
    url: absoluteUrl(path, origin),
    ...(lastModified ? { lastModified } : {}),
  });
  // Every document type a route shows must be listed here; entries follow the route table's order.
  const byType: { [T in DocumentTypeName]: SitemapEntry[] } = {
    post: input.posts.map((post) => entry(href('post', { slug: post.slug }), isoDateTime(post.updatedAt ?? post.publishedAt, timeZone))),
    author: input.authors.map((author) => entry(href('author', { slug: author.slug }), newest(byAuthor.get(author._id) ?? [], timeZone))),
    category: input.categories.map((category) =>
      entry(href('category', { slug: category.slug }), newest(byCategory.get(category._id) ?? [], timeZone)),
    ),
    page: input.pages.map((page) => entry(href('trustPage', { slug: page.slug }), isoDateTime(page.updatedAt, timeZone))),
    location: input.locations.map((location) => entry(href('location', { slug: location.slug }), undefined)),
  };
  const lists = input.locations.length > 0 ? [entry(href('locations'), undefined)] : [];
  return [entry(href('home'), newest(input.posts, timeZone)), ...lists, ...documentRoutes.flatMap((route) => byType[route.type])];
}
