import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCategories, getPostCards } from '@/lib/content';
import { pageCount, parsePageParam } from '@/lib/content/article';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { homeJsonLd } from '@/lib/seo/jsonld';
import { everyLanguage, pageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { HomeView } from '../_components/HomeView';
import { JsonLd } from '../_components/JsonLd';
import { LanguageLinks } from '../_components/LanguageLinks';
import { otherLanguages } from '@/lib/content/translations';

/** The home page of a language: its latest articles (`/` English only, `/es` Spanish only). */
export function homeRoute(language: Language) {
  const paths = everyLanguage((l) => href('home', {}, l));

  async function generateMetadata(): Promise<Metadata> {
    return pageMetadata(await getSiteIdentity(language), { path: href('home', {}, language), translations: paths });
  }

  async function HomePage() {
    const [posts, categories, site] = await Promise.all([getPostCards(language), getCategories(language), getSiteIdentity(language)]);
    return (
      <>
        <JsonLd data={homeJsonLd(site)} />
        <LanguageLinks links={otherLanguages(paths, language)} />
        <HomeView posts={posts} categories={categories} page={1} language={language} />
      </>
    );
  }

  return { generateMetadata, HomePage };
}

/** Pages 2…N of a language's home. */
export function homePageRoute(language: Language) {
  async function generateStaticParams() {
    const pages = pageCount((await getPostCards(language)).length);
    return Array.from({ length: pages - 1 }, (_, i) => ({ n: String(i + 2) }));
  }

  async function generateMetadata({ params }: { params: Promise<{ n: string }> }): Promise<Metadata> {
    const page = parsePageParam((await params).n, (await getPostCards(language)).length);
    if (!page) return { title: dictionary(language).notFound.title };
    return pageMetadata(await getSiteIdentity(language), {
      path: href('homePage', { n: page }, language),
      title: dictionary(language).site.pageTitle(page),
    });
  }

  async function HomePageN({ params }: { params: Promise<{ n: string }> }) {
    const [posts, categories] = await Promise.all([getPostCards(language), getCategories(language)]);
    const page = parsePageParam((await params).n, posts.length);
    if (!page) notFound();
    return <HomeView posts={posts} categories={categories} page={page} language={language} />;
  }

  return { generateStaticParams, generateMetadata, HomePageN };
}
