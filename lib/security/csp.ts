/**
 * The Content Security Policies (docs/ARCHITECTURE.md, "Fetching, caching and security"), in one place for
 * next.config.ts (static headers) and proxy.ts (draft mode's per-request nonce).
 *
 * Public pages are pre-rendered and shared by every reader, so they cannot carry a nonce: escaping is
 * the XSS defence there and 'unsafe-inline' the price of static HTML. Draft-mode responses are
 * rendered per request anyway, so they get a fresh nonce and 'strict-dynamic' instead: only scripts
 * Next marked with this response's nonce, and what they load, run.
 */

/** Everything but script-src, shared by the site's two policies. */
function siteDirectives(isDev: boolean): string[] {
  return [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // The Studio is embedded at /studio on this origin, so 'self' covers its preview frames.
    "frame-ancestors 'self'",
  ];
}

/** React's development build needs eval; production never gets it. */
const evalInDev = (isDev: boolean) => (isDev ? " 'unsafe-eval'" : '');

/** The public site's policy: static, the same for every reader. */
export function siteCsp(isDev = false): string {
  const [defaultSrc, ...rest] = siteDirectives(isDev);
  return [defaultSrc, `script-src 'self' 'unsafe-inline'${evalInDev(isDev)}`, ...rest].join('; ');
}

/**
 * Draft mode's policy for one response. 'self' is the fallback of browsers that predate
 * 'strict-dynamic': they run same-origin files and this response's nonce'd inline scripts, and still
 * no other inline code (a nonce switches 'unsafe-inline' off, and it is not listed anyway).
 */
export function draftCsp(nonce: string, isDev = false): string {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(nonce)) throw new Error('draftCsp: the nonce must be base64 of at least 12 random bytes');
  const [defaultSrc, ...rest] = siteDirectives(isDev);
  return [defaultSrc, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev(isDev)}`, ...rest].join('; ');
}

/** 16 random bytes, base64: a fresh nonce per response (Web Crypto, so it runs wherever the proxy does). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The origins a Studio API host adds: the host itself and its project subdomains (the Studio puts the
 * project ID in front of the host: http://abc.localhost:3198), over HTTP(S) and websockets.
 */
function apiHostSources(apiHost: string): { http: string[]; ws: string[] } {
  const url = new URL(apiHost);
  const port = url.port ? `:${url.port}` : '';
  const ws = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return {
    http: [`${url.protocol}//${url.hostname}${port}`, `${url.protocol}//*.${url.hostname}${port}`],
    ws: [`${ws}//${url.hostname}${port}`, `${ws}//*.${url.hostname}${port}`],
  };
}

/**
 * The Studio talks to Sanity's APIs (and Crossref for DOI lookups); it is wider, and only for /studio.
 * `apiHost` is NEXT_PUBLIC_SANITY_STUDIO_API_HOST when set (the tests' stand-in): it is allowed too.
 */
export function studioCsp(apiHost?: string): string {
  const extra = apiHost ? apiHostSources(apiHost) : { http: [], ws: [] };
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    [
      "img-src 'self' data: blob: https://cdn.sanity.io https://*.sanity.io https://lh3.googleusercontent.com https://avatars.githubusercontent.com",
      ...extra.http,
    ].join(' '),
    "font-src 'self' data:",
    [
      "connect-src 'self' https://*.sanity.io wss://*.sanity.io https://*.api.sanity.io wss://*.api.sanity.io https://*.apicdn.sanity.io https://api.crossref.org",
      ...extra.http,
      ...extra.ws,
    ].join(' '),
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}
