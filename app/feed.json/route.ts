import { getPostCards } from '@/lib/content';
import { jsonFeed } from '@/lib/seo/feed';
import { getSiteIdentity } from '@/lib/seo/site';

// Built with the pages and revalidated with them (same content tags).
export const dynamic = 'force-static';

export async function GET() {
  const [posts, site] = await Promise.all([getPostCards(), getSiteIdentity()]);
  return new Response(jsonFeed(posts, site), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
