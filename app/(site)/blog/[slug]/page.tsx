import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPost, getPostSlugs, getSiteChrome } from '@/lib/content';
import { ArticleBody } from '../../../_components/ArticleBody';
import { Byline } from '../../../_components/Byline';
import { ContentDate } from '../../../_components/ContentDate';
import { CrisisResources } from '../../../_components/CrisisResources';
import { ReferenceList } from '../../../_components/ReferenceList';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getPostSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  if (!post) return { title: 'Page not found', robots: { index: false } };
  return {
    title: post.title,
    description: post.excerpt,
    alternates: { canonical: `/blog/${post.slug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const post = await getPost((await params).slug);
  if (!post) notFound();
  const { crisis } = await getSiteChrome();
  const citationNumbers = new Map(post.citations.map((c, i) => [c._id, i + 1]));

  return (
    <article className="article">
      <header className="article-header">
        <p className="article-category">{post.category.title}</p>
        <h1>{post.title}</h1>
        <p className="standfirst">{post.excerpt}</p>
        <Byline author={post.author} />
        <p className="article-dates">
          Published <ContentDate value={post.publishedAt} />
          {post.updatedAt ? (
            <>
              {' · '}Updated <ContentDate value={post.updatedAt} />
            </>
          ) : null}
        </p>
      </header>
      <div className="article-body">
        <ArticleBody blocks={post.body} citationNumbers={citationNumbers} />
      </div>
      {post.crisisSupport ? <CrisisResources crisis={crisis} /> : null}
      <ReferenceList citations={post.citations} />
    </article>
  );
}
