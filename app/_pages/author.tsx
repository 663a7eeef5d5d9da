import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAuthor, getAuthors, getPostCards } from '@/lib/content';
import { imageSource } from '@/lib/content/images';
import { otherLanguages } from '@/lib/content/translations';
import { formatAuthorName, formatLicense } from '@/lib/editorial/people';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { authorJsonLd } from '@/lib/seo/jsonld';
import { authorMetadata, everyLanguage } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { absoluteUrl } from '@/lib/seo/urls';
import { PortableBody } from '../_components/ArticleBody';
import { Breadcrumb } from '../_components/Breadcrumb';
import { JsonLd } from '../_components/JsonLd';
import { LanguageLinks } from '../_components/LanguageLinks';
import { PostList } from '../_components/PostList';
import { SanityImage } from '../_components/SanityImage';
import { fitHeading } from '../_components/fit';

type Props = { params: Promise<{ slug: string }> };

/**
 * An author's page in one language: the same person (their bio as they wrote it), the articles they
 * wrote and reviewed in that language. An author added after the build renders on its first request;
 * unknown slugs answer 404 (see article.tsx).
 */
export function authorRoute(language: Language) {
  async function generateStaticParams() {
    return (await getAuthors()).map((author) => ({ slug: author.slug }));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const author = await getAuthor((await params).slug);
    if (!author) return { title: dictionary(language).notFound.title };
    return authorMetadata(await getSiteIdentity(language), author);
  }

  async function AuthorPage({ params }: Props) {
    const author = await getAuthor((await params).slug);
    if (!author) notFound();
    const words = dictionary(language);
    const cards = await getPostCards(language);
    const posts = cards.filter((post) => post.author._id === author._id);
    // What this clinician vouches for: the articles they medically reviewed (never their own).
    const reviewed = cards.filter((post) => post.reviewerId === author._id);
    const license = author.license ? formatLicense(author.license, language) : undefined;
    const site = await getSiteIdentity(language);
    const image = author.image ? imageSource(author.image, 320, 1) : null;
    const paths = everyLanguage((l) => href('author', { slug: author.slug }, l));
    return (
      <>
        <JsonLd data={authorJsonLd(author, site, { imageUrl: image ? absoluteUrl(image.src, site.origin) : undefined })} />
        <LanguageLinks links={otherLanguages(paths, language)} />
        <Breadcrumb label={words.breadcrumb.label} items={[{ href: href('home', {}, language), label: words.breadcrumb.home }]} />
        <header className="profile">
          {author.image ? (
            <SanityImage image={author.image} maxWidth={320} aspect={1} sizes="160px" className="profile-photo" eager />
          ) : null}
          <div>
            <h1 className="page-title" style={fitHeading(formatAuthorName(author))}>
              {formatAuthorName(author)}
            </h1>
            {author.jobTitle ? <p className="profile-role">{author.jobTitle}</p> : null}
            {license ? <p className="profile-license">{license}</p> : null}
          </div>
        </header>
        {author.bio ? (
          <div className="profile-bio">
            <PortableBody blocks={author.bio} />
          </div>
        ) : null}
        <section aria-labelledby="author-articles">
          <h2 id="author-articles" style={fitHeading(words.author.articlesBy(author.name))}>
            {words.author.articlesBy(author.name)}
          </h2>
          <PostList posts={posts} headingLevel={3} empty={words.author.noArticles(author.name)} language={language} />
        </section>
        {reviewed.length > 0 ? (
          <section aria-labelledby="author-reviewed">
            <h2 id="author-reviewed" style={fitHeading(words.author.reviewedBy(author.name))}>
              {words.author.reviewedBy(author.name)}
            </h2>
            <PostList posts={reviewed} headingLevel={3} empty="" language={language} />
          </section>
        ) : null}
      </>
    );
  }

  return { generateStaticParams, generateMetadata, AuthorPage };
}
