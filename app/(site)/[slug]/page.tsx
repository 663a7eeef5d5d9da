import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPage, getPages } from '@/lib/content';
import { buildArticleModel } from '@/lib/content/article';
import { href } from '@/lib/routes';
import { trustPageJsonLd } from '@/lib/seo/jsonld';
import { trustPageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { fitHeading } from '@/app/_components/fit';
import { PortableBody } from '../../_components/ArticleBody';
import { Breadcrumb } from '../../_components/Breadcrumb';
import { ContentDate } from '../../_components/ContentDate';
import { JsonLd } from '../../_components/JsonLd';

type Props = { params: Promise<{ slug: string }> };

// A page added after the build renders on its first request; unknown slugs answer 404 from the
// proxy's index of existing URLs (see blog/[slug]/page.tsx).
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getPages()).map((page) => ({ slug: page.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPage((await params).slug);
  if (!page) return { title: 'Page not found' };
  return trustPageMetadata(await getSiteIdentity(), page);
}

/** About, the editorial and review policies, Contact: the clinic's own words, as plain as an article. */
export default async function TrustPage({ params }: Props) {
  const page = await getPage((await params).slug);
  if (!page) notFound();
  const site = await getSiteIdentity();
  const model = buildArticleModel({ body: page.body, citations: [] });
  return (
    <>
      <JsonLd data={trustPageJsonLd(page, site)} />
      <article className="article trust-page">
        <header className="article-header">
          <Breadcrumb items={[{ href: href('home'), label: 'Home' }]} />
          <h1 style={fitHeading(page.title)}>{page.title}</h1>
          {page.description ? <p className="standfirst">{page.description}</p> : null}
          {page.updatedAt ? (
            <p className="article-meta">
              Last updated <ContentDate value={page.updatedAt} />
            </p>
          ) : null}
        </header>
        <div className="article-body">
          <PortableBody blocks={model.body} headingIds={model.headingIdByBlock} />
        </div>
      </article>
    </>
  );
}
