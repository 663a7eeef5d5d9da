import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPost, getPostCards, getPostSlugs, getSiteChrome } from '@/lib/content';
import { relatedPosts } from '@/lib/content/article';
import { imageSource } from '@/lib/content/images';
import { articleJsonLd } from '@/lib/seo/jsonld';
import { articleMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { absoluteUrl } from '@/lib/seo/urls';
import { JsonLd } from '../../../_components/JsonLd';
import { ArticleView } from '../../../_components/ArticleView';

type Props = { params: Promise<{ slug: string }> };

/**
 * The valid published posts are prerendered; a slug outside them renders on demand, so a post
 * published after the build is served on its first request. An unknown slug never gets here:
 * proxy.ts answers it with the prerendered not-found page (docs/ARCHITECTURE.md, "Unknown URLs"),
 * because Next 16 sends the not-found text of an on-demand render only inside the RSC payload
 * (vercel/next.js #95613). notFound() below is for the rest (a post unpublished a moment ago).
 */
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getPostSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  if (!post) return { title: 'Page not found' };
  return articleMetadata(await getSiteIdentity(), post);
}

export default async function ArticlePage({ params }: Props) {
  const post = await getPost((await params).slug);
  if (!post) notFound();
  const [{ crisis, settings }, posts, site] = await Promise.all([getSiteChrome(), getPostCards(), getSiteIdentity()]);
  const image = post.mainImage ? imageSource(post.mainImage, 1200, 16 / 9) : null;
  return (
    <>
      <JsonLd data={articleJsonLd(post, site, { imageUrl: image ? absoluteUrl(image.src, site.origin) : undefined })} />
      <ArticleView
        post={post}
        crisis={crisis}
        disclaimer={settings.disclaimer}
        related={relatedPosts(post, posts)}
        contact={
          settings.organization
            ? {
                name: settings.organization.name,
                telephone: settings.organization.telephone,
                telHref: settings.organization.telHref,
                bookingUrl: settings.organization.bookingUrl,
              }
            : undefined
        }
      />
    </>
  );
}
