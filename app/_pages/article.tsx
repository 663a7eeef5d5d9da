import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPost, getPostCards, getPostSlugs, getSiteChrome } from '@/lib/content';
import { relatedPosts } from '@/lib/content/article';
import { imageSource } from '@/lib/content/images';
import { otherLanguages, translationPaths } from '@/lib/content/translations';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { articleJsonLd } from '@/lib/seo/jsonld';
import { articleMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { absoluteUrl } from '@/lib/seo/urls';
import { ArticleView } from '../_components/ArticleView';
import { JsonLd } from '../_components/JsonLd';

type Props = { params: Promise<{ slug: string }> };

/**
 * An article in one language (`/blog/<slug>`, `/es/blog/<slug>`). The valid published posts are
 * prerendered; a slug outside them renders on demand, so a post published after the build is served
 * on its first request. An unknown slug never gets here: proxy.ts answers it with the prerendered
 * not-found page (docs/ARCHITECTURE.md, "Unknown URLs"), because Next 16 sends the not-found text of
 * an on-demand render only inside the RSC payload (vercel/next.js #95613). notFound() below is for
 * the rest (a post unpublished a moment ago).
 */
export function articleRoute(language: Language) {
  async function generateStaticParams() {
    return (await getPostSlugs(language)).map((slug) => ({ slug }));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const post = await getPost((await params).slug, language);
    if (!post) return { title: dictionary(language).notFound.title };
    return articleMetadata(await getSiteIdentity(language), post, await translationPaths('post', post._id));
  }

  async function ArticlePage({ params }: Props) {
    const post = await getPost((await params).slug, language);
    if (!post) notFound();
    const [{ crisis, settings }, posts, site, paths] = await Promise.all([
      getSiteChrome(language),
      getPostCards(language),
      getSiteIdentity(language),
      translationPaths('post', post._id),
    ]);
    const image = post.mainImage ? imageSource(post.mainImage, 1200, 16 / 9) : null;
    return (
      <>
        <JsonLd data={articleJsonLd(post, site, { imageUrl: image ? absoluteUrl(image.src, site.origin) : undefined })} />
        <ArticleView
          post={post}
          crisis={crisis}
          disclaimer={settings.disclaimer}
          related={relatedPosts(post, posts)}
          translations={otherLanguages(paths, language)}
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

  return { generateStaticParams, generateMetadata, ArticlePage };
}
