import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPost, getPosts, getPostSlugs, getSiteChrome } from '@/lib/content';
import { relatedPosts } from '@/lib/content/article';
import { ArticleView } from '../../../_components/ArticleView';

type Props = { params: Promise<{ slug: string }> };

/**
 * Only slugs of valid published posts exist. An unknown slug is answered by the prerendered
 * not-found page: Next 16 renders notFound() from an on-demand (dynamicParams) render as an empty
 * HTML shell filled in by client JavaScript, which crawlers and readers without JavaScript never see.
 */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPostSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  if (!post) return { title: 'Page not found' };
  return {
    title: post.title,
    description: post.excerpt,
    alternates: { canonical: `/blog/${post.slug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const post = await getPost((await params).slug);
  if (!post) notFound();
  const [{ crisis, settings }, posts] = await Promise.all([getSiteChrome(), getPosts()]);
  return (
    <ArticleView post={post} crisis={crisis} disclaimer={settings.disclaimer} related={relatedPosts(post, posts)} />
  );
}
