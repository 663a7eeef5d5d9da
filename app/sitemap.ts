import type { MetadataRoute } from 'next';
import { getAllCategories, getAllPages, getAllPostCards, getAuthors, getLocations, getTranslationGroups } from '@/lib/content';
import { serverEnv } from '@/lib/env.server';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { siteOrigin } from '@/lib/seo/urls';

/** /sitemap.xml: absolute URLs of every valid page a reader can land on, in every language, with their alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [posts, authors, categories, pages, locations, translations] = await Promise.all([
    getAllPostCards(),
    getAuthors(),
    getAllCategories(),
    getAllPages(),
    getLocations(),
    getTranslationGroups(),
  ]);
  return sitemapEntries({ posts, authors, categories, pages, locations, translations }, siteOrigin(), serverEnv.SITE_TIME_ZONE);
}
