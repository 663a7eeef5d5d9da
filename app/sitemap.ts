import type { MetadataRoute } from 'next';
import { getAuthors, getCategories, getLocations, getPages, getPostCards } from '@/lib/content';
import { serverEnv } from '@/lib/env.server';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { siteOrigin } from '@/lib/seo/urls';

/** /sitemap.xml: absolute URLs of every valid page a reader can land on. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [posts, authors, categories, pages, locations] = await Promise.all([
    getPostCards(),
    getAuthors(),
    getCategories(),
    getPages(),
    getLocations(),
  ]);
  return sitemapEntries({ posts, authors, categories, pages, locations }, siteOrigin(), serverEnv.SITE_TIME_ZONE);
}
