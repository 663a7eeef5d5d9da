/**
 * The Sanity webhook: a signed `{_id, _type, "slug": slug.current}` revalidates the document's pages
 * (README, "Publishing"). See lib/content/revalidate.ts for the order of checks.
 */
import { revalidateTag } from 'next/cache';
import { createReplayGuard, handleWebhook } from '@/lib/content/revalidate';
import { serverEnv } from '@/lib/env.server';

export const dynamic = 'force-dynamic';

const replays = createReplayGuard();

export async function POST(request: Request): Promise<Response> {
  const result = await handleWebhook(request, {
    secret: serverEnv.SANITY_REVALIDATE_SECRET,
    // 'max': stale-while-revalidate; the next request renders the new page in the background.
    revalidate: (tag) => revalidateTag(tag, 'max'),
    replays,
  });
  return Response.json(result.body, { status: result.status, headers: { 'cache-control': 'no-store' } });
}

export function GET(): Response {
  return Response.json({ error: 'Use POST.' }, { status: 405, headers: { allow: 'POST' } });
}
