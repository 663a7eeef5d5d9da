/**
 * What a request may reach, decided before Next routes it (docs/ARCHITECTURE.md "Unknown URLs"):
 *
 * - An address that is not valid percent-encoding (`/blog/%ZZ`) answers 400, with the site's page and
 *   headers; Next alone answers 500.
 * - Draft mode: only a cookie equal to this build's previewModeId reaches the preview tree
 *   (app/preview), with a fresh CSP nonce. Any other `__prerender_bypass` cookie is cleared and the
 *   request served as every reader's: the static page, with the static policy.
 * - A dynamic route's URL that the index of existing URLs does not know (`/blog/<typo>`,
 *   `/page/99`) is answered with the prerendered not-found page, status 404: complete HTML without
 *   JavaScript, and nothing rendered or written to disk.
 * - An old address of a post (a previous slug, the old site's permalink: lib/content/redirects.ts)
 *   answers 308 to where the post is now.
 * - A signed webhook refreshes that index, so a post published after the build gets its URL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { BUILT_IN_CRISIS, BUILT_IN_CRISIS_ES } from './lib/content/crisis';
import { dictionary } from './lib/i18n/dictionary';
import type { Language } from './lib/i18n/languages';
import { createReplayGuard, verifyWebhook } from './lib/content/revalidate';
import { createPublishedSource } from './lib/content/source';
import { createUrlIndexKeeper, loadUrlIndex, urlIndexFromPaths, urlIndexStamp, type UrlIndexKeeper } from './lib/content/url-index';
import { serverEnv } from './lib/env.server';
import { apiRoutes, decodeSegments, isOneSegmentPage, localeOfPath, matchRoute, nonPagePaths, previewPath } from './lib/routes';
import { draftCsp, newNonce, siteCsp } from './lib/security/csp';
import { distDir, readPrerenderManifest, readSiteFiles } from './lib/build-manifest';
import { DRAFT_COOKIE, isGenuineDraftCookie, readPreviewModeId } from './lib/security/draft-cookie';
import { redact } from './lib/security/redact';

const isDev = process.env.NODE_ENV === 'development';
/** Next's prerendered not-found page (app/global-not-found.tsx); a rewrite to it answers 404. */
const NOT_FOUND_PAGE = '/_not-found';
/**
 * The Spanish one, app/(es)/es/no-encontrada: a static page in the Spanish layout (Spanish header
 * and crisis line). Next has one not-found route, and a rewrite keeps the status of the page it
 * serves, so an unknown `/es/…` address is answered here with that page's prerendered HTML and 404.
 */
const SPANISH_NOT_FOUND_PAGE = '/es/no-encontrada';
const PREVIEW = nonPagePaths.preview.path;
const STUDIO = nonPagePaths.studio.path;

/** How long a webhook waits for the index to load again before it is passed on anyway. */
const WEBHOOK_INDEX_WAIT_MS = 5_000;
/** The proxy's own record of signatures seen (it shares no state with the route): a replay reloads nothing. */
const webhookReplays = createReplayGuard();
/** How often the index is checked against the content without a webhook. */
const URL_INDEX_CHECK_MS = 60_000;

const under = (pathname: string, root: string) => pathname === root || pathname.startsWith(`${root}/`);

let previewModeId: string | null = null;
/** Read once from the build; `next dev` writes its manifest after start-up, so a miss is read again. */
function buildPreviewModeId(): string | null {
  previewModeId ??= readPreviewModeId(distDir()) ?? (isDev ? readPreviewModeId(`${distDir()}/dev`) : null);
  return previewModeId;
}

let urlIndex: UrlIndexKeeper | undefined;
function existingUrls(): UrlIndexKeeper {
  if (!urlIndex) {
    const source = createPublishedSource('fresh');
    const built = readPrerenderManifest(distDir());
    const keeper = createUrlIndexKeeper(() => loadUrlIndex(source, serverEnv.SITE_TIME_ZONE), {
      stamp: () => urlIndexStamp(source),
      initial: built ? urlIndexFromPaths(built.routes) : null,
      maxAgeMs: URL_INDEX_CHECK_MS,
      log: (line) => console.error(redact(line)),
    });
    // The timer: an idle server's index is checked too (the check is one small query, or a file's date).
    setInterval(() => void keeper.refresh(), URL_INDEX_CHECK_MS).unref();
    urlIndex = keeper;
  }
  return urlIndex;
}

let siteFiles: Set<string> | undefined;
/** The site's own one-segment files (lib/build-manifest.ts readSiteFiles): never a trust page's 404. */
function isSiteFile(segments: readonly string[]): boolean {
  if (segments.length !== 1) return false;
  siteFiles ??= readSiteFiles(distDir(), path.join(process.cwd(), 'public'), isOneSegmentPage);
  return siteFiles.has(segments[0]);
}

const notFoundHtml: Partial<Record<Language, string>> = {};
/**
 * A not-found page's prerendered HTML in a language, for what a rewrite cannot answer: a 400, and
 * every Spanish 404 (a rewrite cannot change the status of the page it serves). Without a build
 * (next dev), a plain page with the built-in crisis line of the language.
 */
function notFoundPage(language: Language): string {
  let html = notFoundHtml[language];
  if (html === undefined) {
    const file = language === 'es' ? SPANISH_NOT_FOUND_PAGE : NOT_FOUND_PAGE;
    try {
      html = readFileSync(path.join(distDir(), 'server', 'app', `${file.slice(1)}.html`), 'utf8');
    } catch {
      const crisis = language === 'es' ? BUILT_IN_CRISIS_ES : BUILT_IN_CRISIS;
      const words = dictionary(language).notFound;
      const actions = crisis.actions.map((a) => `<a href="${a.href}">${a.label}</a>`).join(' · ');
      html =
        `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${words.title}</title></head><body><main><h1>${words.heading}</h1><p><a href="${language === 'es' ? '/es' : '/'}">${words.home}</a></p>` +
        `<section><h2>${crisis.heading}</h2><p>${crisis.message}</p><p>${actions}</p></section></main></body></html>`;
    }
    notFoundHtml[language] = html;
  }
  return html;
}

/** The site's not-found page as a response with its own status (400 or 404) and the static page's policy. */
function notFoundResponse(request: NextRequest, language: Language, status: 400 | 404): NextResponse {
  return new NextResponse(request.method === 'HEAD' ? null : notFoundPage(language), {
    status,
    // The static page's policy, whatever cookie came with the request.
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': siteCsp(isDev) },
  });
}

function rewrite(request: NextRequest, pathname: string, headers?: Headers): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return headers ? NextResponse.rewrite(url, { request: { headers } }) : NextResponse.rewrite(url);
}

/**
 * Every reader's path: the webhook, the preview tree's door, the index of existing URLs. `headers`
 * replace the request's only when given (a forged cookie taken out): an override costs Next work on
 * every request.
 */
async function publicResponse(request: NextRequest, pathname: string, segments: string[], headers?: Headers): Promise<NextResponse> {
  const pass = () => (headers ? NextResponse.next({ request: { headers } }) : NextResponse.next());
  if (request.method === 'POST' && pathname === apiRoutes.revalidate) {
    // The route answers the webhook; here a genuine one only makes the index read the content again.
    const verified = await verifyWebhook(request.clone(), serverEnv.SANITY_REVALIDATE_SECRET);
    // Waited for (within a bound, should the Content Lake be slow) so that the new URL answers as soon
    // as the webhook has been answered.
    if (verified.ok && webhookReplays.firstTime(verified.signature)) {
      await existingUrls().refresh({ force: true, waitMs: WEBHOOK_INDEX_WAIT_MS });
    }
    return pass();
  }
  // Without a genuine draft cookie the preview tree is nobody's.
  if (under(pathname, PREVIEW)) return rewrite(request, NOT_FOUND_PAGE, headers);
  // An address under /es that is no route at all: Next's own not-found page is English.
  const spanish = localeOfPath(segments) === 'es';
  if (spanish && !matchRoute(segments)) return notFoundResponse(request, 'es', 404);
  // Whatever the method: a POST to a made-up article must not render it either.
  if (serverEnv.URL_INDEX === 'off' || isSiteFile(segments)) return pass();
  const verdict = await existingUrls().lookUp(segments, { pathname, search: request.nextUrl.search });
  if (typeof verdict === 'object') {
    // An old address of a post: permanently where the post is now (its query, the old site's, left
    // behind). Next makes a Location on the request's own host site-relative, so a forged Host header
    // never chooses where it leads.
    const target = request.nextUrl.clone();
    target.pathname = verdict.redirect;
    target.search = '';
    return NextResponse.redirect(target, 308);
  }
  if (verdict !== 'unknown') return pass();
  return spanish ? notFoundResponse(request, 'es', 404) : rewrite(request, NOT_FOUND_PAGE, headers);
}

/** A genuine draft cookie: pages go to the preview tree, every response gets a fresh nonce policy. */
function draftResponse(request: NextRequest, pathname: string): NextResponse {
  const policy = draftCsp(newNonce(), isDev);
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on every script it writes.
  headers.set('Content-Security-Policy', policy);
  const target = previewPath(pathname);
  const response = target ? rewrite(request, target, headers) : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const segments = decodeSegments(pathname);
  // The site's not-found page, as 400: the reader of a garbled link still sees the crisis line.
  if (!segments) return notFoundResponse(request, localeOfPath(pathname.split('/').filter(Boolean)), 400);
  // The Spanish not-found page is a page only to be served as a 404.
  if (pathname === SPANISH_NOT_FOUND_PAGE) return notFoundResponse(request, 'es', 404);
  if (under(pathname, STUDIO)) return NextResponse.next();
  // The not-found page itself: rewritten here, it must not be looked up again (a request with the
  // draft cookie still reaches the proxy for it).
  if (pathname === NOT_FOUND_PAGE) return NextResponse.next();

  const cookie = request.cookies.get(DRAFT_COOKIE);
  if (!cookie) return publicResponse(request, pathname, segments);
  if (isGenuineDraftCookie(cookie.value, buildPreviewModeId())) return draftResponse(request, pathname);

  // Forged, or left from an earlier build: forgotten here, cleared in the browser, and the static
  // policy the headers in next.config.ts leave out whenever the cookie is present.
  request.cookies.delete(DRAFT_COOKIE);
  const headers = new Headers(request.headers);
  const response = await publicResponse(request, pathname, segments, headers);
  response.cookies.set(DRAFT_COOKIE, '', { path: '/', maxAge: 0 });
  response.headers.set('Content-Security-Policy', siteCsp(isDev));
  return response;
}

/**
 * Only the requests the proxy has work for: the dynamic routes (the index, and 400s: Next answers a
 * garbled path elsewhere with its own 404) including every one-segment path but the site's files
 * (a trust page, or a typo of one), the preview tree, the webhook, the Studio's catch-all
 * (Next answers `/studio/%ZZ` with 500), and anything carrying the draft cookie. The home page,
 * feeds, sitemap and assets never run it: a proxy in front of every request costs a third of the
 * static pages' throughput (bench/RESULTS.md, "Unknown URLs"). The matcher must be a literal;
 * tests/unit/proxy-matcher.test.ts checks it against the route table.
 */
export const config = {
  matcher: [
    '/blog/:path*',
    '/authors/:path*',
    '/categories/:path*',
    '/page/:path*',
    '/locations/:path*',
    // Everything under /es but its feeds: its dynamic routes, and what no route answers (a Spanish 404).
    '/es/((?!(?:feed\\.xml|feed\\.json)$).+)',
    // One segment (a trust page, or a typo of one), except the site's own one-segment files.
    // (`_not-found` is where the proxy sends an unknown URL: through it again, it would loop.)
    '/((?!(?:feed\\.xml|feed\\.json|sitemap\\.xml|robots\\.txt|icon\\.svg|opengraph-image|_not-found)$)[^/]+)',
    // The old site's dated permalinks (`/2025/09/03/<slug>/`) and `/?p=<id>`: a post's old addresses.
    '/:year(\\d{4})/:path*',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    '/preview/:path*',
    '/studio/:path+',
    '/api/revalidate',
    { source: '/((?!_next/static/|_next/image).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
};
