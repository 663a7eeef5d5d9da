import { getAuthor, getAuthors, getSiteChrome } from '@/lib/content';
import { formatAuthorName } from '@/lib/editorial/people';
import { siteNameOf } from '@/lib/editorial/site';
import { ogCardResponse } from '@/lib/seo/og-card';

// A route handler, as the article's card (see blog/[slug]/opengraph-image/route.tsx).
export const dynamic = 'force-static';
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getAuthors()).map((author) => ({ slug: author.slug }));
}

/** An author's card: name with credentials, and their role at the clinic. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const author = await getAuthor((await params).slug);
  if (!author) return new Response('Not found', { status: 404 });
  const { settings } = await getSiteChrome();
  return ogCardResponse({ siteName: siteNameOf(settings), kicker: 'Author', title: formatAuthorName(author), footer: author.jobTitle });
}
