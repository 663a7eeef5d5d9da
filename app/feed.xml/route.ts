import { getPostCards } from '@/lib/content';
import { rssFeed } from '@/lib/seo/feed';
import { getSiteIdentity } from '@/lib/seo/site';

// Built with the pages and revalidated with them (same content tags).
export const dynamic = 'force-static';

export async function GET() {
  const [posts, site] = await Promise.all([getPostCards(), getSiteIdentity()]);
  return new Response(rssFeed(posts, site), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
