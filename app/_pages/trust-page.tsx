import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPage, getPages } from '@/lib/content';
import { buildArticleModel } from '@/lib/content/article';
import { otherLanguages, translationPaths } from '@/lib/content/translations';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { trustPageJsonLd } from '@/lib/seo/jsonld';
import { trustPageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { PortableBody } from '../_components/ArticleBody';
import { Breadcrumb } from '../_components/Breadcrumb';
import { ContentDate } from '../_components/ContentDate';
import { JsonLd } from '../_components/JsonLd';
import { LanguageLinks } from '../_components/LanguageLinks';
import { fitHeading } from '../_components/fit';

type Props = { params: Promise<{ slug: string }> };

/**
 * About, the editorial and review policies, Contact in one language: the clinic's own words, as plain
 * as an article. A page added after the build renders on its first request; unknown slugs answer 404
 * from the proxy's index of existing URLs (see article.tsx).
 */
export function trustPageRoute(language: Language) {
  async function generateStaticParams() {
    return (await getPages(language)).map((page) => ({ slug: page.slug }));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const page = await getPage((await params).slug, language);
    if (!page) return { title: dictionary(language).notFound.title };
    return trustPageMetadata(await getSiteIdentity(language), page, await translationPaths('page', page._id));
  }

  async function TrustPage({ params }: Props) {
    const page = await getPage((await params).slug, language);
    if (!page) notFound();
    const words = dictionary(language);
    const [site, paths] = await Promise.all([getSiteIdentity(language), translationPaths('page', page._id)]);
    const model = buildArticleModel({ body: page.body, citations: [] });
    return (
      <>
        <JsonLd data={trustPageJsonLd(page, site)} />
        <article className="article trust-page">
          <header className="article-header">
            <LanguageLinks links={otherLanguages(paths, language)} />
            <Breadcrumb label={words.breadcrumb.label} items={[{ href: href('home', {}, language), label: words.breadcrumb.home }]} />
            <h1 style={fitHeading(page.title)}>{page.title}</h1>
            {page.description ? <p className="standfirst">{page.description}</p> : null}
            {page.updatedAt ? (
              <p className="article-meta">
                {words.trustPage.lastUpdated} <ContentDate value={page.updatedAt} language={language} />
              </p>
            ) : null}
          </header>
          <div className="article-body">
            <PortableBody blocks={model.body} headingIds={model.headingIdByBlock} language={language} />
          </div>
        </article>
      </>
    );
  }

  return { generateStaticParams, generateMetadata, TrustPage };
}
