import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCategories, getCategory, getPostCards } from '@/lib/content';
import { otherLanguages, translationPaths } from '@/lib/content/translations';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { categoryJsonLd } from '@/lib/seo/jsonld';
import { categoryMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { Breadcrumb } from '../_components/Breadcrumb';
import { JsonLd } from '../_components/JsonLd';
import { LanguageLinks } from '../_components/LanguageLinks';
import { PostList } from '../_components/PostList';
import { fitHeading } from '../_components/fit';

type Props = { params: Promise<{ slug: string }> };

/** A topic in one language and its articles. A category added after the build renders on its first request. */
export function categoryRoute(language: Language) {
  async function generateStaticParams() {
    return (await getCategories(language)).map((category) => ({ slug: category.slug }));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const category = await getCategory((await params).slug, language);
    if (!category) return { title: dictionary(language).notFound.title };
    return categoryMetadata(await getSiteIdentity(language), category, await translationPaths('category', category._id));
  }

  async function CategoryPage({ params }: Props) {
    const category = await getCategory((await params).slug, language);
    if (!category) notFound();
    const words = dictionary(language);
    const [posts, site, paths] = await Promise.all([
      getPostCards(language),
      getSiteIdentity(language),
      translationPaths('category', category._id),
    ]);
    const listed = posts.filter((post) => post.category._id === category._id);
    return (
      <>
        <JsonLd data={categoryJsonLd(category, site, listed)} />
        <LanguageLinks links={otherLanguages(paths, language)} />
        <Breadcrumb label={words.breadcrumb.label} items={[{ href: href('home', {}, language), label: words.breadcrumb.home }]} />
        <h1 className="page-title" style={fitHeading(category.title)}>
          {category.title}
        </h1>
        {category.description ? <p className="standfirst">{category.description}</p> : null}
        <section aria-labelledby="category-articles">
          <h2 id="category-articles" style={fitHeading(words.category.articles)}>
            {words.category.articles}
          </h2>
          <PostList posts={listed} headingLevel={3} showCategory={false} empty={words.category.noArticles} language={language} />
        </section>
      </>
    );
  }

  return { generateStaticParams, generateMetadata, CategoryPage };
}
