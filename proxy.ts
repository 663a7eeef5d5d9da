/**
 * Draft mode only: a fresh CSP nonce per response. The matcher admits only requests carrying Next's
 * draft-mode cookie, so ordinary readers never run this code and keep their static pages and static
 * policy (next.config.ts). Next reads the nonce from the request's Content-Security-Policy header and
 * puts it on every script it writes; the same policy goes out on the response.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { draftCsp, newNonce } from './lib/security/csp';

export function proxy(request: NextRequest) {
  const policy = draftCsp(newNonce(), process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything but the Studio (its own policy), and only with the draft-mode cookie. Keep the cookie
  // name in step with DRAFT_COOKIE in next.config.ts; the matcher must be a literal.
  matcher: [{ source: '/((?!studio(?:/|$)).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] }],
};
