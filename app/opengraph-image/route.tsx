import { siteCardRoute } from '@/app/_pages/files';

// A plain route handler at the address lib/routes.ts gives it (siteOgImage), linked explicitly by
// lib/seo/metadata.ts; the file convention would add its own hashed link beside ours.
export const dynamic = 'force-static';

/** The site's card, for the home page and every page without a card of its own. */
export const GET = siteCardRoute('en').GET;
