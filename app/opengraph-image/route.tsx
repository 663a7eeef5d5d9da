import { getSiteChrome } from '@/lib/content';
import { siteNameOf } from '@/lib/editorial/site';
import { ogCardResponse } from '@/lib/seo/og-card';

// A plain route handler at the address lib/routes.ts gives it (siteOgImage), linked explicitly by
// lib/seo/metadata.ts; the file convention would add its own hashed link beside ours.
export const dynamic = 'force-static';

/** The site's card, for the home page and every page without a card of its own. */
export async function GET() {
  const { settings } = await getSiteChrome();
  const siteName = siteNameOf(settings);
  const place = [settings.organization?.address?.addressLocality, settings.organization?.address?.addressRegion].filter(Boolean).join(', ');
  return ogCardResponse({ siteName, title: settings.description ?? siteName, footer: place || undefined });
}
