import { ImageResponse } from 'next/og';
import { getPost, getPostSlugs, getSiteChrome } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import { siteNameOf } from '@/lib/editorial/site';
import { drawableText, OG_SIZE, ogFonts } from '@/lib/seo/og';

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
  const siteName = drawableText(siteNameOf(settings), 60);
  const title = drawableText(post.title, 120) || siteName;
  const category = drawableText(post.category.title, 40);
  const author = drawableText(formatAuthorName(post.author), 80);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#f7f5f0',
        borderLeft: '24px solid #2f5d50',
        color: '#1f2a27',
        fontFamily: 'Noto Sans',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#2f5d50' }}>{siteName}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {category ? <div style={{ display: 'flex', fontSize: 28, color: '#4d5b57', marginBottom: 16 }}>{category}</div> : null}
        <div style={{ display: 'flex', fontSize: title.length > 70 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#1f2a27' }}>{author ? `By ${author}` : ''}</div>
    </div>,
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
