/**
 * A production build from another dataset (tests/fixtures/e2e-dataset.ndjson, built with
 * LOCAL_DATASET): other authors and credentials, a 25-author citation, a numbered list, drafts,
 * dangling references, a bad date, hostile markup, a broken citation beside a good one, a truncated
 * line, and no siteSettings at all. The "dataset" project reads it with groq-js (LOCAL_DATASET); the
 * "sanity" project reads it through the real Sanity client from the local query endpoint. Both must
 * show the same site.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { watchPage, withDoubleTextSize } from './helpers';
import { htmlErrors, jsonLdNodes, nodeOfType, rssItems, sitemapUrls, validateSitemap } from './seo';
import { displayed, feedparser } from '../fixtures/feedparser';

test('home lists only the valid published posts, newest first, 10 a page', async ({ page }) => {
  await page.goto('/');
  const titles = await page.locator('.post-card h2').allInnerTexts();
  expect(titles).toEqual([
    'Building a safety plan with your therapist',
    'How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality',
    '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> Hostile title',
    'Ketamine FAQ, version 2.1',
    'Questions to ask your prescriber',
    'Keeping a mood journal',
    'When to call your care team',
    'Breathing exercises that help',
    'Preparing for your first appointment',
    'What an integration session is like',
  ]);
  const pages = page.getByRole('navigation', { name: 'Pages of articles' });
  await expect(pages).toContainText('Page 1 of 2');
  await pages.getByRole('link', { name: 'Older articles →' }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.locator('h1')).toHaveText('Latest articles, page 2');
  expect(await page.locator('.post-card h2').allInnerTexts()).toEqual(['Talking with family about treatment', 'Sleep and mood']);
  await expect(page.getByRole('navigation', { name: 'Pages of articles' }).getByRole('link', { name: '← Newer articles' })).toHaveAttribute(
    'href',
    '/',
  );
  expect((await page.goto('/page/3'))?.status()).toBe(404);
  await page.goto('/');
  await expect(page.locator('.post-card').first()).toContainText('Ana Ruiz, PhD, LPC-S');
  await expect(page.locator('.post-card').first()).toContainText('October 15, 2025');
});

test('a URL-safe slug in another style (capitals, a dot) is served', async ({ page }) => {
  const response = await page.goto('/blog/Ketamine-FAQ-v2.1');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Ketamine FAQ, version 2.1');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Ketamine FAQ, version 2.1' })).toHaveAttribute('href', '/blog/Ketamine-FAQ-v2.1');
});

test('broken, draft and dangling posts answer 404', async ({ page }) => {
  for (const slug of ['bad-date', 'dangling-author', 'draft-only']) {
    const response = await page.goto(`/blog/${slug}`);
    expect(response?.status(), slug).toBe(404);
  }
});

test('missing siteSettings: the built-in crisis line is on every page', async ({ page }) => {
  for (const path of ['/', '/blog/building-a-safety-plan', '/blog/bad-date']) {
    await page.goto(path);
    const footer = page.locator('.site-footer');
    await expect(footer.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(footer.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute('href', 'tel:911');
  }
  await page.goto('/blog/building-a-safety-plan');
  await expect(page.locator('aside.crisis')).toContainText('call or text 988');
});

test('a numbered list, an inline citation, a 25-author reference; the broken citation is left out', async ({ page }) => {
  await page.goto('/blog/building-a-safety-plan');
  await expect(page.locator('.article-body ol > li')).toHaveCount(4);
  await expect(page.locator('.byline')).toContainText('Ana Ruiz, PhD, LPC-S');
  const refs = page.locator('.references li');
  await expect(refs).toHaveCount(1);
  await expect(refs.first()).toContainText(
    'Reyes, R., Singh, S., . . . Young, Y. (2024). A multi-site trial of integration sessions. Journal of Psychedelic Care, 3, 1–19. https://doi.org/10.5555/jpc.2024.001',
  );
  const marker = page.locator('sup.cite a');
  await expect(marker).toHaveText('[1]');
  await marker.click();
  await expect(page).toHaveURL(/#ref-1$/);
  await expect(page.locator('.article-body')).toContainText('Read more at the Lifeline or do not click this');
  await expect(page.getByRole('link', { name: 'Read more at the Lifeline' })).toHaveAttribute('href', 'https://988lifeline.org/');
  expect(await page.locator('a[href^="javascript"], a[href^="JAVASCRIPT" i]').count()).toBe(0);
});

test('hostile markup is shown as text and never runs', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const response = await page.goto('/blog/hostile-markup');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> Hostile title');
  await expect(page.locator('.article-body')).toContainText('</p><script>window.__pwned=4</script> plain text only.');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toContain('"><script>window.__pwned=3</script>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(watch.offSite).toEqual([]);
});

test('no page prints undefined, null, NaN, Invalid Date or [object Object]', async ({ page }) => {
  for (const path of [
    '/',
    '/blog/building-a-safety-plan',
    '/blog/hostile-markup',
    '/blog/how-ketamine-assisted-psychotherapy-helps-reduce-suicidality',
  ]) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    expect(text, path).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|Invalid Date|\[object Object\]/);
  }
});

test('inline citations link to their reference and back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/blog/building-a-safety-plan');
  const marker = page.locator('sup.cite a');
  await expect(marker).toHaveAttribute('id', 'cite-1-1');
  // One section only: no table of contents.
  await expect(page.locator('.toc')).toHaveCount(0);
  await marker.click();
  await expect(page).toHaveURL(/#ref-1$/);
  await expect(page.locator('#ref-1')).toBeInViewport();
  const back = page.locator('#ref-1 .backlinks a');
  await expect(back).toHaveAttribute('aria-label', 'Back to where reference 1 is cited');
  await back.click();
  await expect(page).toHaveURL(/#cite-1-1$/);
  await expect(marker).toBeInViewport();
});

test('the article shows its image, reviewer, update date, author card with photo and related articles', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  await page.goto('/blog/building-a-safety-plan');
  const hero = page.getByRole('img', { name: 'A calm meadow at first light' });
  await expect(hero).toHaveAttribute('width', /\d+/);
  await expect(hero).toHaveAttribute('height', /\d+/);
  expect(await hero.getAttribute('src')).toMatch(/^\/_next\/image\?url=%2Ffixtures%2Fmeadow-1600x900\.jpg/);
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('.reviewed-by')).toContainText('Medically reviewed by Katie Coon, BSN, RN on October 20, 2025 · Next review');
  await expect(page.locator('.article-meta')).toContainText('Updated October 21, 2025');
  const card = page.getByRole('region', { name: 'About the author' });
  await expect(card.getByRole('img', { name: 'Ana Ruiz smiling in the clinic garden' })).toBeVisible();
  await expect(card).toContainText('Director of Psychotherapy');
  await expect(card).toContainText('helped patients write safety plans');
  const related = page.getByRole('region', { name: 'More on Therapy' }).getByRole('link');
  expect(await related.allInnerTexts()).toEqual([
    'Questions to ask your prescriber',
    'Keeping a mood journal',
    'When to call your care team',
  ]);
  expect(watch.offSite).toEqual([]);
  expect(watch.failed).toEqual([]);
});

test('the author page shows photo, credentials, license, bio and articles', async ({ page }) => {
  await page.goto('/authors/ana-ruiz');
  await expect(page.locator('h1')).toHaveText('Ana Ruiz, PhD, LPC-S');
  await expect(page.locator('.profile')).toContainText('Director of Psychotherapy');
  await expect(page.locator('.profile-license')).toHaveText('Licensed LPC-S, TX, license no. 70123');
  await expect(page.locator('.profile-photo')).toHaveAttribute('alt', 'Ana Ruiz smiling in the clinic garden');
  await expect(page.locator('.profile-bio')).toContainText('fifteen years');
  await expect(page.getByRole('region', { name: 'Articles by Ana Ruiz' }).locator('.post-card')).toHaveCount(10);
  expect((await page.goto('/authors/author-deleted'))?.status()).toBe(404);
});

test('axe finds no violation on pages with images, pagination and hostile content', async ({ page }) => {
  for (const path of ['/blog/building-a-safety-plan', '/authors/ana-ruiz', '/categories/therapy', '/page/2', '/blog/hostile-markup']) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
});

test('sitemap and feed list only valid documents', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(validateSitemap(xml)).toBe('');
  const locs = sitemapUrls(xml).map((u) => new URL(u.loc).pathname);
  for (const path of [
    '/blog/building-a-safety-plan',
    '/blog/Ketamine-FAQ-v2.1',
    '/blog/hostile-markup',
    '/authors/ana-ruiz',
    '/categories/therapy',
  ]) {
    expect(locs).toContain(path);
  }
  for (const path of ['/blog/bad-date', '/blog/dangling-author', '/blog/draft-only', '/blog/truncated', '/authors/author-deleted']) {
    expect(locs).not.toContain(path);
  }
  const safety = sitemapUrls(xml).find((u) => u.loc.endsWith('/blog/building-a-safety-plan'));
  expect(safety?.lastmod).toBe('2025-10-21T00:00:00-05:00');
  const links = rssItems(await (await request.get('/feed.xml')).text()).map((i) => new URL(i.link).pathname);
  expect(links).toHaveLength(12);
  expect(links).not.toContain('/blog/bad-date');
  expect(links).not.toContain('/blog/dangling-author');
});

test('JSON-LD names the reviewer and review date the page shows, and survives hostile titles', async ({ page, request }) => {
  await page.goto('/blog/building-a-safety-plan');
  const nodes = await jsonLdNodes(page);
  expect(nodeOfType(nodes, 'MedicalWebPage')).toMatchObject({
    reviewedBy: { '@type': 'Person', name: 'Katie Coon', honorificSuffix: 'BSN, RN' },
    lastReviewed: '2025-10-20',
  });
  await expect(page.locator('.reviewed-by time').first()).toHaveAttribute('datetime', '2025-10-20');
  const article = nodeOfType(nodes, 'BlogPosting');
  expect(article.dateModified).toBe('2025-10-21T00:00:00-05:00');
  expect(article.image).toBe('http://localhost:3000/fixtures/meadow-1600x900.jpg');

  await page.goto('/blog/hostile-markup');
  const hostile = nodeOfType(await jsonLdNodes(page), 'BlogPosting');
  expect(hostile.headline).toBe(await page.locator('h1').innerText());
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const og = await request.get('/blog/hostile-markup/opengraph-image');
  expect(og.status()).toBe(200);
  expect(og.headers()['content-type']).toBe('image/png');
  expect(await htmlErrors(await (await request.get('/blog/hostile-markup')).text())).toEqual([]);
  expect(await htmlErrors(await (await request.get('/authors/ana-ruiz')).text())).toEqual([]);
});

test('privacy: no page type makes a request that leaves the site, images included', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  const pages = [
    '/',
    '/page/2',
    '/blog/building-a-safety-plan',
    '/authors/ana-ruiz',
    '/categories/therapy',
    '/contact',
    '/locations',
    '/locations/medical-center',
    '/no-such-page',
    '/blog/no-such-article',
  ];
  for (const path of pages) {
    await page.goto(path);
    // Lazy images load once near the viewport: bring every one of them in.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // Every image on the page has loaded, so its request is in the list.
    await expect
      .poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0)), { message: path })
      .toBe(true);
  }
  const offSite = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  expect(offSite).toEqual([]);
  // The images came, through next/image's optimizer on this origin.
  const images = requests.filter((url) => url.startsWith(`${origin}/_next/image?`));
  expect(images.length).toBeGreaterThanOrEqual(2);
  // Fonts are the site's own or the system's: no font request leaves, and none is needed from elsewhere.
  expect(requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url) && !url.startsWith(origin))).toEqual([]);
});

test('a scheduled post (dated 2099) is nowhere on the site before its moment', async ({ request }) => {
  const slug = 'sleep-hygiene-weeks-ahead';
  const title = 'Sleep hygiene for the weeks ahead';
  for (const path of [`/blog/${slug}`, `/blog/${slug}/opengraph-image`]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).not.toContain(title);
  }
  for (const path of ['/', '/page/2', '/categories/therapy', '/authors/katie-coon', '/sitemap.xml', '/feed.xml', '/feed.json']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const body = await res.text();
    expect(body, path).not.toContain(slug);
    expect(body, path).not.toContain(title);
  }
});

test('the feeds read back through python3-feedparser: hostile titles arrive as text, authors as dc:creator', async ({ request }) => {
  const rss = await (await request.get('/feed.xml')).text();
  // Nothing in the feed is markup a reader would run: the hostile title is escaped inside CDATA.
  expect(rss).not.toMatch(/<script|<img/i);
  const parsed = feedparser(rss);
  expect(parsed).toMatchObject({ version: 'rss20', bozo: false });
  const titles = parsed.entries.map((e) => displayed(e.title, e.title_type));
  expect(titles).toContain('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> Hostile title');
  expect(titles).toContain('Building a safety plan with your therapist');
  expect(parsed.entries.find((e) => e.link?.endsWith('/blog/building-a-safety-plan'))?.author).toBe('Ana Ruiz, PhD, LPC-S');
  const json = await (await request.get('/feed.json')).json();
  expect(json.items.map((i: { title: string }) => i.title)).toEqual(titles);
});

test.describe('the clinic behind the articles (issue 19)', () => {
  test('a trust page is served at its slug, linked from every footer by its kind; a hidden or reserved one is a 404', async ({ page }) => {
    const response = await page.goto('/contact');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact the test clinic');
    await expect(page.locator('.article-meta')).toHaveText('Last updated November 1, 2025');
    await expect(page.locator('.article-body h2')).toHaveText('Directions');
    expect(nodeOfType(await jsonLdNodes(page), 'ContactPage')).toMatchObject({ name: 'Contact the test clinic' });
    await expectNoAxeViolations(page, 'trust page');
    for (const path of ['/', '/blog/building-a-safety-plan', '/authors/ana-ruiz', '/no-such-page']) {
      await page.goto(path);
      const links = page.getByRole('navigation', { name: 'About the clinic' }).getByRole('link');
      // The About page has no text and the dataset no policy page: only what exists is linked.
      await expect(links, path).toHaveText(['Locations', 'Contact']);
      await expect(links.nth(1)).toHaveAttribute('href', '/contact');
    }
    for (const path of ['/contcat', '/empty-page', '/draft-page', '/blog', '/favicon.ico', '/wp-login.php']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('We could not find that page');
    }
  });

  test('a location shows its address, phone, hours, services and booking link, and is a MedicalClinic', async ({ page }) => {
    await page.goto('/locations');
    const names = page.locator('.location-list h2');
    await expect(names).toHaveText(['Hostile booking', 'Test Clinic, Medical Center']);
    await names.getByRole('link', { name: 'Test Clinic, Medical Center' }).click();
    await expect(page).toHaveURL(/\/locations\/medical-center$/);
    await expect(page.locator('.location-address')).toHaveText('100 Example Way, Suite 200San Antonio, TX 78229');
    await expect(page.getByRole('link', { name: '(210) 555-0100' })).toHaveAttribute('href', 'tel:+12105550100');
    await expect(page.locator('.opening-hours li')).toHaveText(['Monday–Friday: 9 a.m. to 5:30 p.m.', 'Saturday: 10 a.m. to 2 p.m.']);
    await expect(page.locator('section[aria-labelledby="services"] li')).toHaveText([
      'Ketamine-assisted psychotherapy',
      'Medication management',
    ]);
    await expect(page.getByText('Accepting new patients.')).toBeVisible();
    const booking = page.getByRole('link', { name: 'Request an appointment' });
    await expect(booking).toHaveAttribute('href', 'https://booking.example/test-clinic');
    await expect(booking).toHaveAttribute('rel', 'noreferrer');
    // Help in a crisis comes before the booking link.
    const crisisNote = await page.locator('.clinic-crisis-note').boundingBox();
    expect(crisisNote!.y).toBeLessThan((await booking.boundingBox())!.y);
    const clinic = nodeOfType(await jsonLdNodes(page), 'MedicalClinic');
    expect(clinic).toMatchObject({
      name: 'Test Clinic, Medical Center',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '100 Example Way, Suite 200',
        addressLocality: 'San Antonio',
        addressRegion: 'TX',
        postalCode: '78229',
        addressCountry: 'US',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 29.5077, longitude: -98.5757 },
      telephone: '(210) 555-0100',
      medicalSpecialty: 'https://schema.org/Psychiatric',
      isAcceptingNewPatients: true,
    });
    expect(clinic.openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
        opens: '09:00',
        closes: '17:30',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '10:00', closes: '14:00' },
    ]);
    await expectNoAxeViolations(page, 'location');

    // A hostile booking address and an undialable phone are dropped; the clinic is still shown.
    await page.goto('/locations/hostile-booking');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile booking');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await expect(page.locator('.location-phone')).toHaveText('Phone: call us!');
    expect(nodeOfType(await jsonLdNodes(page), 'MedicalClinic').telephone).toBeUndefined();
    expect(nodeOfType(await jsonLdNodes(page), 'MedicalClinic').geo).toBeUndefined();
    expect((await page.goto('/locations/no-address'))?.status()).toBe(404);
  });

  test('key points sit between the crisis callout and the text, five at most', async ({ page }) => {
    await page.goto('/blog/building-a-safety-plan');
    const points = page.locator('.key-points li');
    await expect(points).toHaveCount(5);
    await expect(points.first()).toHaveText('A safety plan is a short list you write with your therapist, before a crisis.');
    await expect(page.locator('.key-points')).not.toContainText('A sixth point');
    const callout = (await page.locator('.crisis-callout').boundingBox())!;
    const box = (await page.locator('.key-points').boundingBox())!;
    const body = (await page.locator('.article-body').boundingBox())!;
    expect(callout.y).toBeLessThan(box.y);
    expect(box.y).toBeLessThan(body.y);
  });

  test('at 360×740 the crisis callout is in the first screen, above the title and key points, with text at 100 % and 200 %', async ({
    browser,
  }) => {
    for (const double of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      if (double) await withDoubleTextSize(page, '/blog/building-a-safety-plan');
      await page.goto('/blog/building-a-safety-plan');
      const callout = (await page.locator('.crisis-callout').boundingBox())!;
      const label = double ? '200 %' : '100 %';
      expect(callout.y, label).toBeLessThan((await page.locator('h1').boundingBox())!.y);
      // Its heading and first way to reach help are whole in the first screen (at 200 % the callout's
      // last line, "More ways to get help", may fall below it).
      const call = (await page.locator('.crisis-callout').getByRole('link', { name: 'Call 988', exact: true }).boundingBox())!;
      expect(call.y + call.height, label).toBeLessThanOrEqual(740);
      if (!double) expect(callout.y + callout.height, label).toBeLessThanOrEqual(740);
      await context.close();
    }
  });

  test('the review line says when the next review is due; the reviewer’s page lists what they reviewed', async ({ page }) => {
    await page.goto('/blog/building-a-safety-plan');
    // Reviewed on October 20, 2025: current through October 20, 2026 on the clinic's clock (UTC−5 then).
    const overdue = Date.now() >= Date.parse('2026-10-21T05:00:00Z');
    await expect(page.locator('.reviewed-by')).toHaveText(
      `Medically reviewed by Katie Coon, BSN, RN on October 20, 2025 · Next review ${overdue ? 'was due' : 'due'} October 20, 2026`,
    );
    await page.goto('/authors/katie-coon');
    const reviewed = page.locator('section[aria-labelledby="author-reviewed"]');
    await expect(reviewed.getByRole('heading', { level: 2 })).toHaveText('Articles reviewed by Katie Coon');
    await expect(reviewed.getByRole('link', { name: 'Building a safety plan with your therapist' })).toHaveAttribute(
      'href',
      '/blog/building-a-safety-plan',
    );
    await page.goto('/authors/ana-ruiz');
    await expect(page.locator('section[aria-labelledby="author-reviewed"]')).toHaveCount(0);
  });

  test('the sitemap lists the trust pages and locations that are shown, and only those', async ({ request }) => {
    const locs = sitemapUrls(await (await request.get('/sitemap.xml')).text()).map((u) => new URL(u.loc).pathname);
    for (const path of ['/contact', '/locations', '/locations/medical-center', '/locations/hostile-booking']) expect(locs).toContain(path);
    for (const path of ['/blog', '/empty-page', '/draft-page', '/locations/no-address']) expect(locs).not.toContain(path);
  });
});
