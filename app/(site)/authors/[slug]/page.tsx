import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAuthor, getAuthors, getPostCards } from '@/lib/content';
import { formatAuthorName, formatLicense } from '@/lib/editorial/people';
import { imageSource } from '@/lib/content/images';
import { href } from '@/lib/routes';
import { authorJsonLd } from '@/lib/seo/jsonld';
import { authorMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { absoluteUrl } from '@/lib/seo/urls';
import { JsonLd } from '../../../_components/JsonLd';
import { PortableBody } from '../../../_components/ArticleBody';
import { Breadcrumb } from '../../../_components/Breadcrumb';
import { PostList } from '../../../_components/PostList';
import { SanityImage } from '../../../_components/SanityImage';
import { fitHeading } from '@/app/_components/fit';

type Props = { params: Promise<{ slug: string }> };

// An author added after the build renders on its first request; unknown slugs answer 404
// (see blog/[slug]/page.tsx).
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getAuthors()).map((author) => ({ slug: author.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).slug);
  if (!author) return { title: 'Page not found' };
  return authorMetadata(await getSiteIdentity(), author);
}

export default async function AuthorPage({ params }: Props) {
  const author = await getAuthor((await params).slug);
  if (!author) notFound();
  const cards = await getPostCards();
  const posts = cards.filter((post) => post.author._id === author._id);
  // What this clinician vouches for: the articles they medically reviewed (never their own).
  const reviewed = cards.filter((post) => post.reviewerId === author._id);
  const license = author.license ? formatLicense(author.license) : undefined;
  const site = await getSiteIdentity();
  const image = author.image ? imageSource(author.image, 320, 1) : null;
  return (
    <>
      <JsonLd data={authorJsonLd(author, site, { imageUrl: image ? absoluteUrl(image.src, site.origin) : undefined })} />
      <Breadcrumb items={[{ href: href('home'), label: 'Home' }]} />
      <header className="profile">
        {author.image ? <SanityImage image={author.image} maxWidth={320} aspect={1} sizes="160px" className="profile-photo" eager /> : null}
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
        <h2 id="author-articles" style={fitHeading(`Articles by ${author.name}`)}>
          Articles by {author.name}
        </h2>
        <PostList posts={posts} headingLevel={3} empty={`${author.name} has not published an article yet.`} />
      </section>
      {reviewed.length > 0 ? (
        <section aria-labelledby="author-reviewed">
          <h2 id="author-reviewed" style={fitHeading(`Articles reviewed by ${author.name}`)}>
            Articles reviewed by {author.name}
          </h2>
          <PostList posts={reviewed} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
