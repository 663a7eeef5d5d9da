import { getPost, getPostSlugs, getSiteChrome } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import { siteNameOf } from '@/lib/editorial/site';
import { drawableText } from '@/lib/seo/og';
import { ogCardResponse } from '@/lib/seo/og-card';

// A route handler rather than the opengraph-image file convention: the convention gives
// statically generated dynamic segments a hashed path, and the routes contract promises this one.
export const dynamic = 'force-static';
// A post published after the build gets its image on the first request; unknown slugs 404.
export const dynamicParams = true;

/**
 * The newest posts' images are drawn at build time (they are the ones being shared); the others on
 * their first request, then cached like a built one. Drawing one takes about 0.1 s, so drawing every
 * post's at build time would add minutes to a large site's build for images few will ask for.
 */
const OG_IMAGES_AT_BUILD = 20;

export async function generateStaticParams() {
  return (await getPostSlugs()).slice(0, OG_IMAGES_AT_BUILD).map((slug) => ({ slug }));
}

/** 1200×630 social preview: site name, topic, title, author with credentials. Calm, legible, offline. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = await getPost((await params).slug);
  if (!post) return new Response('Not found', { status: 404 });
  const { settings } = await getSiteChrome();
  const author = drawableText(formatAuthorName(post.author));
  return ogCardResponse({
    siteName: siteNameOf(settings),
    kicker: post.category.title,
    title: post.title,
    footer: author ? `By ${author}` : undefined,
  });
}
