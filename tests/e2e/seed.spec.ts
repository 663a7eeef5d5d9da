/**
 * The seed article in a real browser, from a production build of the embedded dataset.
 */
import { expect, test } from '@playwright/test';
import { seedBodySentences, squash } from '../fixtures/seed-text';
import { watchPage } from './helpers';

const SLUG = 'how-ketamine-assisted-psychotherapy-helps-reduce-suicidality';
test('home lists the seed article and links to it', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  await page.goto('/');
  await expect(page).toHaveTitle('San Antonio Clinic');
  const link = page.getByRole('link', { name: 'How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality' });
  await expect(link).toHaveAttribute('href', `/blog/${SLUG}`);
  await expect(page.locator('.post-card')).toContainText('September 3, 2025');
  await expect(page.locator('.post-card')).toContainText('Katie Coon, BSN, RN');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/blog/${SLUG}$`));
  await expect(page.locator('h1')).toHaveText('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offSite).toEqual([]);
});

test('the article shows every sentence, the list, credentials, references and the 988 note', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const response = await page.goto(`/blog/${SLUG}`);
  expect(response?.status()).toBe(200);
  const text = squash(await page.locator('main').innerText());
  for (const sentence of seedBodySentences()) expect(text).toContain(squash(sentence));

  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.article-body ul > li')).toHaveCount(4);
  await expect(page.locator('.byline')).toContainText('Katie Coon, BSN, RN');
  await expect(page.locator('.byline')).toContainText('San Antonio Clinic Manager');
  await expect(page.locator('.article-dates time')).toHaveText('September 3, 2025');
  await expect(page.locator('.article-category')).toHaveText('Ketamine');

  const refs = page.locator('.references li');
  await expect(refs).toHaveCount(4);
  await expect(refs.first()).toHaveText(
    'Ballard, E. D., Yarrington, J. S., Farmer, C. A., Lally, N., Nugent, A. C., Park, L., ... & Zarate, C. A. (2019). Parsing the antidepressant and antisuicidal effects of ketamine: Two separate entities? Biological Psychiatry, 85(10), e35–e37. https://doi.org/10.1016/j.biopsych.2018.08.012',
  );
  await expect(refs.locator('a')).toHaveCount(4);
  for (const a of await refs.locator('a').all()) expect(await a.getAttribute('href')).toMatch(/^https:\/\/doi\.org\/10\./);

  const crisis = page.locator('aside.crisis');
  await expect(crisis).toContainText('please call or text 988 in the U.S. to connect with the Suicide & Crisis Lifeline.');
  await expect(crisis.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
  await expect(page.locator('.site-footer')).toContainText('Call 988');
  expect(await page.content()).not.toMatch(/press 3/i);

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offSite).toEqual([]);
  expect(watch.failed).toEqual([]);
});

test('security headers are sent on pages', async ({ request }) => {
  const res = await request.get(`/blog/${SLUG}`);
  const h = res.headers();
  expect(h['content-security-policy']).toContain("default-src 'self'");
  expect(h['content-security-policy']).toContain("object-src 'none'");
  expect(h['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(h['content-security-policy']).not.toContain('unsafe-eval');
  expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['x-powered-by']).toBeUndefined();
});

test('an unknown slug answers 404 with the site’s own page and the crisis line', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const response = await page.goto('/blog/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('We could not find that page');
  await expect(page.locator('.site-footer')).toContainText('Call 988');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  await expect(page.locator('.site-footer')).toHaveCount(1);
  for (const path of ['/no-such-page', '/blog/a/b']) {
    const r = await page.goto(path);
    expect(r?.status()).toBe(404);
    await expect(page.locator('.site-footer')).toContainText('Call 988');
  }
  expect(watch.offSite).toEqual([]);
});

test('/studio without a project explains how to connect one, with no Studio code and no request off the site', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  const response = await page.goto('/studio');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Connect a Sanity project to use the Studio');
  await expect(page.locator('body')).toContainText('NEXT_PUBLIC_SANITY_PROJECT_ID');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  await page.waitForLoadState('networkidle');
  // The framework runtime loads (about 150 kB); the Studio bundle (megabytes) never does.
  const bytes = await page.evaluate(() =>
    performance.getEntriesByType('resource').reduce((sum, e) => sum + ((e as PerformanceResourceTiming).encodedBodySize || 0), 0),
  );
  expect(bytes).toBeLessThan(400_000);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offSite).toEqual([]);
});

test('the app icon is served (no favicon 404)', async ({ request }) => {
  const res = await request.get('/icon.svg');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('image/svg+xml');
});

for (const [name, width, height] of [
  ['phone', 375, 812],
  ['small-phone', 320, 640],
  ['desktop', 1280, 900],
] as const) {
  test(`the article fits a ${name} screen without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/blog/${SLUG}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/article-${name}.png`, fullPage: true });
  });
}
