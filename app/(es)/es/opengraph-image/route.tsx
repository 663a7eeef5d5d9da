import { siteCardRoute } from '@/app/_pages/files';

// The Spanish pages' card (siteSettings-es's description), at /es/opengraph-image.
export const dynamic = 'force-static';

export const GET = siteCardRoute('es').GET;
