import type { MetadataRoute } from 'next';
import { getAuthors, getCategories, getPostCards } from '@/lib/content';
import { serverEnv } from '@/lib/env.server';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { siteOrigin } from '@/lib/seo/urls';

/** /sitemap.xml: absolute URLs of every valid page a reader can land on. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [posts, authors, categories] = await Promise.all([getPostCards(), getAuthors(), getCategories()]);
  return sitemapEntries({ posts, authors, categories }, siteOrigin(), serverEnv.SITE_TIME_ZONE);
}
