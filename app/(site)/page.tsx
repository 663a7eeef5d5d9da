import type { Metadata } from 'next';
import { getCategories, getPosts } from '@/lib/content';
import { HomeView } from '../_components/HomeView';

export const metadata: Metadata = { alternates: { canonical: '/' } };

export default async function HomePage() {
  const [posts, categories] = await Promise.all([getPosts(), getCategories()]);
  return <HomeView posts={posts} categories={categories} page={1} />;
}
