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

/** The Studio talks to Sanity's APIs (and Crossref for DOI lookups); it is wider, and only for /studio. */
export function studioCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://cdn.sanity.io https://*.sanity.io https://lh3.googleusercontent.com https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    "connect-src 'self' https://*.sanity.io wss://*.sanity.io https://*.api.sanity.io wss://*.api.sanity.io https://*.apicdn.sanity.io https://api.crossref.org",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}
