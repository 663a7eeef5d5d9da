/**
 * Security headers on every route type, with real HTTP requests, and the site's policy as a browser
 * enforces it: no CSP violation on any page, the site framed by its own origin (the Studio's
 * Presentation tool) and by no other.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { collectViolations } from './helpers';
import { PORTS } from './servers';

const SLUG = 'how-ketamine-assisted-psychotherapy-helps-reduce-suicidality';

/** The directives of a CSP header, by name. */
function directives(csp: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

const SITE_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

const ROUTES: Array<{ path: string; method?: 'GET' | 'POST'; status: number; kind: string }> = [
  { path: '/', status: 200, kind: 'home' },
  { path: `/blog/${SLUG}`, status: 200, kind: 'article' },
  { path: '/authors/katie-coon', status: 200, kind: 'author' },
  { path: '/categories/ketamine', status: 200, kind: 'category' },
  { path: '/no-such-page', status: 404, kind: 'not found' },
  { path: '/blog/no-such-article', status: 404, kind: 'unknown article' },
  { path: `/blog/${SLUG}/opengraph-image`, status: 200, kind: 'OG image' },
  { path: '/authors/katie-coon/opengraph-image', status: 200, kind: 'author OG image' },
  { path: '/categories/ketamine/opengraph-image', status: 200, kind: 'category OG image' },
  { path: '/opengraph-image', status: 200, kind: 'site OG image' },
  { path: '/sitemap.xml', status: 200, kind: 'sitemap' },
  { path: '/robots.txt', status: 200, kind: 'robots' },
  { path: '/feed.xml', status: 200, kind: 'RSS' },
  { path: '/feed.json', status: 200, kind: 'JSON Feed' },
  { path: '/icon.svg', status: 200, kind: 'icon' },
  { path: '/api/revalidate', method: 'POST', status: 401, kind: 'webhook' },
  { path: '/api/draft-mode/enable', status: 404, kind: 'draft mode (not configured)' },
  { path: '/api/draft-mode/disable', status: 307, kind: 'draft mode exit' },
];

test('every route type carries the site’s headers and its exact CSP; the Studio its own, wider one', async ({ request }) => {
  for (const route of ROUTES) {
    const res = await request.fetch(route.path, { method: route.method ?? 'GET', maxRedirects: 0 });
    expect(res.status(), route.kind).toBe(route.status);
    const h = res.headers();
    const csp = directives(h['content-security-policy']);
    for (const [name, values] of Object.entries(SITE_POLICY)) expect(csp.get(name), `${route.kind}: ${name}`).toEqual(values);
    expect(h['content-security-policy'], route.kind).not.toContain('unsafe-eval');
    expect(h['strict-transport-security'], route.kind).toMatch(/max-age=\d{7,}/);
    expect(h['x-content-type-options'], route.kind).toBe('nosniff');
    expect(h['referrer-policy'], route.kind).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], route.kind).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(h['x-powered-by'], route.kind).toBeUndefined();
  }
  // Next's own assets too.
  const html = await (await request.get(`/blog/${SLUG}`)).text();
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  const asset = await request.get(chunk);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['content-security-policy']).toContain("default-src 'self'");

  for (const path of ['/studio', '/studio/structure']) {
    const h = (await request.get(path)).headers();
    const csp = directives(h['content-security-policy']);
    expect(csp.get('connect-src'), path).toEqual(
      expect.arrayContaining(["'self'", 'https://*.api.sanity.io', 'wss://*.api.sanity.io', 'https://api.crossref.org']),
    );
    expect(csp.get('frame-src'), path).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors'), path).toEqual(["'self'"]);
    expect(csp.get('object-src'), path).toEqual(["'none'"]);
    expect(h['x-content-type-options'], path).toBe('nosniff');
  }
  // Only the Studio gets the wider policy.
  expect((await request.get(`/blog/${SLUG}`)).headers()['content-security-policy']).not.toContain('sanity.io');
});

test('a browser reports no CSP violation on any page type', async ({ page }) => {
  const violations = await collectViolations(page);
  for (const path of [
    '/',
    `/blog/${SLUG}`,
    '/authors/katie-coon',
    '/categories/ketamine',
    '/no-such-page',
    '/blog/no-such-article',
    '/studio',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(), path).toEqual([]);
  }
});

test('the site can be framed by its own origin (the Studio’s Presentation tool) and by no other', async ({ page }) => {
  const violations = await collectViolations(page);
  await page.goto('/studio');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Preview';
    frame.width = '800';
    frame.height = '600';
    document.body.append(frame);
  }, `/blog/${SLUG}`);
  const own = page.frameLocator('iframe[title="Preview"]');
  await expect(own.locator('h1')).toHaveText('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality');
  expect(await violations()).toEqual([]);

  // Any other origin (here an opaque about:blank document) is refused by frame-ancestors: the
  // browser shows its error page in the frame. The control, a page served without that header,
  // loads in the same kind of frame.
  const plain = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>plain</h1>'));
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  try {
    const control = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;
    const target = `http://127.0.0.1:${PORTS.seed}/blog/${SLUG}`;
    // A fresh page: an about:blank reached from the site would inherit the site's policy.
    const blank = await page.context().newPage();
    await blank.setContent(`<iframe name="control" src="${control}"></iframe><iframe name="foreign" src="${target}"></iframe>`);
    await expect(blank.frameLocator('iframe[name="control"]').locator('h1')).toHaveText('plain');
    await expect.poll(() => blank.frame({ name: 'foreign' })?.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    await expect(blank.frameLocator('iframe[name="foreign"]').getByText('How Ketamine-Assisted Psychotherapy')).toHaveCount(0);
    await blank.close();
  } finally {
    plain.close();
  }
});
