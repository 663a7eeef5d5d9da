import { feedRoutes } from '@/app/_pages/files';

// Built with the pages and revalidated with them (same content tags).
export const dynamic = 'force-static';

export const GET = feedRoutes('en').json;
