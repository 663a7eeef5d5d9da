import { getCategories, getCategory, getSiteChrome } from '@/lib/content';
import { siteNameOf } from '@/lib/editorial/site';
import { ogCardResponse } from '@/lib/seo/og-card';

// A route handler, as the article's card (see blog/[slug]/opengraph-image/route.tsx).
export const dynamic = 'force-static';
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getCategories()).map((category) => ({ slug: category.slug }));
}

/** A topic's card: its title and description. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const category = await getCategory((await params).slug);
  if (!category) return new Response('Not found', { status: 404 });
  const { settings } = await getSiteChrome();
  return ogCardResponse({ siteName: siteNameOf(settings), kicker: 'Topic', title: category.title, footer: category.description });
}
