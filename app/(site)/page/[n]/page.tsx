import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCategories, getPostCards } from '@/lib/content';
import { pageCount, parsePageParam } from '@/lib/content/article';
import { href } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { HomeView } from '../../../_components/HomeView';

type Props = { params: Promise<{ n: string }> };

// Pages 2…N exist and are prerendered; a page added by new posts renders on its first request.
// "/page/1" and pages past the end answer 404 (see blog/[slug]/page.tsx).
export const dynamicParams = true;

export async function generateStaticParams() {
  const pages = pageCount((await getPostCards()).length);
  return Array.from({ length: pages - 1 }, (_, i) => ({ n: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).n, (await getPostCards()).length);
  if (!page) return { title: 'Page not found' };
  return pageMetadata(await getSiteIdentity(), { path: href('homePage', { n: page }), title: `Latest articles, page ${page}` });
}

export default async function HomePageN({ params }: Props) {
  const [posts, categories] = await Promise.all([getPostCards(), getCategories()]);
  const page = parsePageParam((await params).n, posts.length);
  if (!page) notFound();
  return <HomeView posts={posts} categories={categories} page={page} />;
}
