/**
 * Draft mode through the Presentation tool's preview secret (next-sanity's defineEnableDraftMode):
 * a wrong, missing or expired secret answers 401. Without a project and a read token there is no
 * preview at all, and the route does not exist (404).
 */
import { defineEnableDraftMode } from 'next-sanity/draft-mode';
import { PREVIEW_PATHNAME_PARAM, siteRedirectPath } from '@/lib/content/draft-mode';
import { previewClient } from '@/lib/content/preview';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const client = previewClient();
  if (!client) return new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } });
  // The page to open after enabling must be on this site, whatever the link says.
  const url = new URL(request.url);
  const pathname = url.searchParams.get(PREVIEW_PATHNAME_PARAM);
  if (pathname !== null) url.searchParams.set(PREVIEW_PATHNAME_PARAM, siteRedirectPath(pathname, url.origin));
  return defineEnableDraftMode({ client }).GET(new Request(url, { headers: request.headers }));
}
