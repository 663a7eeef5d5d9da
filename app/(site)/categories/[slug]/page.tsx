import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCategories, getCategory, getPostCards } from '@/lib/content';
import { href } from '@/lib/routes';
import { categoryJsonLd } from '@/lib/seo/jsonld';
import { categoryMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { JsonLd } from '../../../_components/JsonLd';
import { Breadcrumb } from '../../../_components/Breadcrumb';
import { PostList } from '../../../_components/PostList';
import { fitHeading } from '@/app/_components/fit';

type Props = { params: Promise<{ slug: string }> };

// A category added after the build renders on its first request; unknown slugs answer 404
// (see blog/[slug]/page.tsx).
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getCategories()).map((category) => ({ slug: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategory((await params).slug);
  if (!category) return { title: 'Page not found' };
  return categoryMetadata(await getSiteIdentity(), category);
}

export default async function CategoryPage({ params }: Props) {
  const category = await getCategory((await params).slug);
  if (!category) notFound();
  const posts = (await getPostCards()).filter((post) => post.category._id === category._id);
  const site = await getSiteIdentity();
  return (
    <>
      <JsonLd data={categoryJsonLd(category, site, posts)} />
      <Breadcrumb items={[{ href: href('home'), label: 'Home' }]} />
      <h1 className="page-title" style={fitHeading(category.title)}>
        {category.title}
      </h1>
      {category.description ? <p className="standfirst">{category.description}</p> : null}
      <section aria-labelledby="category-articles">
        <h2 id="category-articles" style={fitHeading('Articles')}>
          Articles
        </h2>
        <PostList posts={posts} headingLevel={3} showCategory={false} empty="No articles in this topic yet." />
      </section>
    </>
  );
}
