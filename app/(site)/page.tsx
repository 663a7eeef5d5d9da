import type { Metadata } from 'next';
import { getCategories, getPostCards } from '@/lib/content';
import { href } from '@/lib/routes';
import { homeJsonLd } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { HomeView } from '../_components/HomeView';
import { JsonLd } from '../_components/JsonLd';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteIdentity(), { path: href('home') });
}

export default async function HomePage() {
  const [posts, categories, site] = await Promise.all([getPostCards(), getCategories(), getSiteIdentity()]);
  return (
    <>
      <JsonLd data={homeJsonLd(site)} />
      <HomeView posts={posts} categories={categories} page={1} />
    </>
  );
}
