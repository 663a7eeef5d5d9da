/**
 * Leaves draft mode and returns to a page of the site: `?redirect=<path>` when given, else the page
 * the "Exit preview" link was on (the Referer, which the site's Referrer-Policy sends in full to its
 * own origin), else `/`. Either is resolved against the site's origin and never leaves it (`//host`,
 * `/\host`, `https://host` all land on `/`).
 */
import { draftMode } from 'next/headers';
import { siteRedirectPath } from '@/lib/content/draft-mode';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const url = new URL(request.url);
  const wanted = url.searchParams.get('redirect') ?? request.headers.get('referer');
  const target = siteRedirectPath(wanted, url.origin);
  // A relative Location: the browser resolves it against the address it used, whatever proxy is in between.
  return new Response(null, { status: 307, headers: { location: target, 'cache-control': 'no-store' } });
}
