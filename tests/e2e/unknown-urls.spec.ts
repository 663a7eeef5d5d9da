/**
 * Unknown and garbled URLs on the seed build (proxy.ts, docs/ARCHITECTURE.md "Unknown URLs"): every
 * dynamic route answers an address it does not have with the site's complete not-found page, in the
 * raw HTML and in a browser with JavaScript switched off; malformed percent-encoding answers 400 with
 * the same page and the site's headers; a forged draft-mode cookie gets the static page.
 */
import { expect, test, type APIResponse } from '@playwright/test';

const SLUG = 'how-ketamine-assisted-psychotherapy-helps-reduce-suicidality';

const UNKNOWN = [
  '/blog/no-such-article',
  `/blog/${SLUG}-2`,
  '/authors/nobody',
  '/categories/nothing',
  '/page/1',
  '/page/2',
  '/page/99',
  '/page/02',
  '/blog/no-such-article/opengraph-image',
  '/authors/nobody/opengraph-image',
  '/categories/nothing/opengraph-image',
  '/preview/blog/no-such-article',
  '/no-such-page',
];

const MALFORMED = ['/blog/%ZZ', '/authors/%FF', '/categories/%C0%AF', '/page/%E0%A4%A', '/blog/x/%FF', '/studio/%ZZ'];

const SITE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/** The not-found page as HTML alone can show it: language, one heading, the site's shell, the crisis line. */
async function expectCompletePage(res: APIResponse, label: string) {
  const html = await res.text();
  expect(html, label).toMatch(/^<!DOCTYPE html><html lang="en"/);
  expect(html.match(/<h1\b/g), label).toHaveLength(1);
  expect(html, label).toContain('We could not find that page</h1>');
  expect(html, label).toMatch(/<header\b[^>]*class="[^"]*site-header/);
  expect(html, label).toMatch(/<footer\b[^>]*class="[^"]*site-footer/);
  expect(html, label).toContain('href="tel:988"');
  expect(html, label).toContain('name="robots" content="noindex');
  const h = res.headers();
  expect(h['content-security-policy'], label).toBe(SITE_CSP);
  expect(h['x-content-type-options'], label).toBe('nosniff');
  expect(h['strict-transport-security'], label).toContain('max-age=');
  expect(h['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
}

test('an unknown URL on every dynamic route answers 404 with the complete not-found page in its HTML', async ({ request }) => {
  const plain = await (await request.get('/no-such-page')).text();
  for (const path of UNKNOWN) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
    await expectCompletePage(res, path);
    // The prerendered page itself, byte for byte: nothing was rendered for this address.
    expect(await res.text(), path).toBe(plain);
  }
});

test('without JavaScript, an unknown URL still shows the heading, the way home and the crisis line', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const path of [...UNKNOWN, MALFORMED[0]]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path === MALFORMED[0] ? 400 : 404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('We could not find that page');
    await expect(page.getByRole('link', { name: 'Go to the latest articles' }), path).toBeVisible();
    await expect(page.locator('.site-footer').getByRole('link', { name: 'Call 988', exact: true }), path).toBeVisible();
  }
  await context.close();
});

test('the pages that exist still answer 200, with JavaScript off too', async ({ browser, request }) => {
  for (const path of ['/', `/blog/${SLUG}`, `/blog/${SLUG}/opengraph-image`, '/authors/katie-coon', '/categories/ketamine']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/blog/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ketamine');
  await context.close();
});

test('malformed percent-encoding answers 400 with the site’s page and headers, never 500', async ({ request }) => {
  for (const path of MALFORMED) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(res.headers()['content-type'], path).toContain('text/html');
    expect(res.headers()['cache-control'], path).toBe('no-store');
    await expectCompletePage(res, path);
    const head = await request.head(path);
    expect(head.status(), `HEAD ${path}`).toBe(400);
  }
  // Well-formed encoding of an existing slug is the article.
  const encoded = SLUG.replace('k', '%6B');
  expect((await request.get(`/blog/${encoded}`)).status()).toBe(200);
});

test('a forged draft-mode cookie is cleared and served the static page with the static policy', async ({ request }) => {
  const path = `/blog/${SLUG}`;
  const plain = await request.get(path);
  const forged = await request.get(path, { headers: { cookie: '__prerender_bypass=forged-value; theme=dark' } });
  expect(forged.status()).toBe(200);
  expect(await forged.text()).toBe(await plain.text());
  const h = forged.headers();
  expect(h['content-security-policy']).toBe(SITE_CSP);
  expect(h['x-nextjs-cache']).toBe('HIT');
  expect(h['set-cookie']).toMatch(/__prerender_bypass=; Path=\/; Max-Age=0/);
  expect(plain.headers()['set-cookie']).toBeUndefined();
  // Home, listings and 404s alike.
  for (const p of ['/', '/authors/katie-coon', '/blog/no-such-article']) {
    const res = await request.get(p, { headers: { cookie: '__prerender_bypass=x' } });
    expect(res.status(), p).toBe(p.includes('no-such') ? 404 : 200);
    expect(res.headers()['content-security-policy'], p).toBe(SITE_CSP);
    expect(await res.text(), p).not.toContain('Preview: unpublished changes');
  }
});
