/**
 * The Spanish edition, on the test dataset's build (tests/fixtures/e2e-dataset.ndjson): a Spanish
 * translation of the seed article and its topic (linked by `translation.metadata`), a Spanish-only
 * post, a Spanish contact page, and no siteSettings at all, so the Spanish pages show the built-in
 * Spanish crisis text. The "dataset" project reads it with groq-js, the "sanity" project through the
 * Sanity client: both must show the same Spanish site.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { watchPage } from './helpers';
import { jsonLdNodes, nodeOfType, rssItems, sitemapUrls, validateSitemap } from './seo';

const ES_ARTICLE = '/es/blog/psicoterapia-asistida-con-ketamina-y-suicidio';
const EN_ARTICLE = '/blog/how-ketamine-assisted-psychotherapy-helps-reduce-suicidality';
const ES_TITLE = 'Cómo la psicoterapia asistida con ketamina ayuda a reducir el riesgo de suicidio';
// What the English crisis text says; never on a Spanish page.
const ENGLISH_CRISIS = /If you are in crisis|Call 988|Text 988|Suicide & Crisis Lifeline/;

/** hreflang → href of the page's <link rel="alternate" hreflang>. */
async function hreflangs(page: Page): Promise<Record<string, string>> {
  return page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname])));
}

test('/es lists the Spanish posts only, in Spanish, with dates in Spanish and the Spanish crisis line', async ({ page, baseURL }) => {
  const watched = watchPage(page, baseURL!);
  await page.goto('/es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText('Artículos recientes');
  expect(await page.locator('.post-card h2').allInnerTexts()).toEqual(['Cómo hablar con su familia sobre el tratamiento', ES_TITLE]);
  // A calendar date and an instant, both in the clinic's time zone, in Spanish.
  await expect(page.locator('.post-card').nth(0)).toContainText('2 de marzo de 2026');
  await expect(page.locator('.post-card').nth(1)).toContainText('12 de febrero de 2026');
  await expect(page.getByRole('navigation', { name: 'Sitio' }).getByRole('link', { name: 'Ayuda ahora' })).toHaveAttribute(
    'href',
    '#crisis-line',
  );
  const footer = page.locator('#crisis-line');
  await expect(footer).toContainText('Si está en crisis');
  await expect(footer.getByRole('link', { name: 'Llame al 988 y oprima 2' })).toHaveAttribute('href', 'tel:988');
  await expect(footer.getByRole('link', { name: 'Envíe AYUDA al 988' })).toHaveAttribute('href', 'sms:988?body=AYUDA');
  await expect(page.locator('body')).not.toContainText(ENGLISH_CRISIS);
  // The same page in English, named in English and marked as such.
  const english = page.locator('.language-links a');
  await expect(english).toHaveText('English');
  await expect(english).toHaveAttribute('href', '/');
  await expect(english).toHaveAttribute('hreflang', 'en');
  await expect(english).toHaveAttribute('lang', 'en');
  expect(await hreflangs(page)).toEqual({ en: '/', es: '/es', 'x-default': '/' });
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/es\/feed\.xml$/);
  await expectNoAxeViolations(page, '/es');
  expect(watched).toEqual({ consoleErrors: [], offSite: [], failed: [] });
});

test('/ keeps to the English posts, and its Spanish crisis option is marked as Spanish', async ({ page }) => {
  await page.goto('/');
  const titles = await page.locator('.post-card h2').allInnerTexts();
  expect(titles).not.toContain(ES_TITLE);
  expect(titles).not.toContain('Cómo hablar con su familia sobre el tratamiento');
  const spanish = page.locator('#crisis-line a[href="sms:988?body=AYUDA"]');
  await expect(spanish).toHaveAttribute('lang', 'es');
  await expect(page.locator('.language-links a')).toHaveAttribute('href', '/es');
  await expect(page.locator('.language-links a')).toHaveText('Español');
});

test('a translated article and its original link to each other, with hreflang both ways and x-default', async ({ page }) => {
  await page.goto(ES_ARTICLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText(ES_TITLE);
  await expect(page.locator('.article-meta')).toContainText('Publicado el 12 de febrero de 2026');
  await expect(page.locator('.article-meta')).toContainText('min de lectura');
  // The crisis resources come first, in Spanish.
  await expect(page.locator('.crisis-callout')).toContainText('Si está en crisis:');
  await expect(page.locator('.crisis-callout')).toContainText('Más formas de pedir ayuda');
  await expect(page.locator('#crisis-resources h2')).toHaveText('Si está en crisis');
  await expect(page.locator('main')).not.toContainText(ENGLISH_CRISIS);
  await expect(page.getByRole('navigation', { name: 'Ruta de navegación' }).getByRole('link')).toHaveText(['Inicio', 'Ketamina']);
  await expect(page.getByRole('link', { name: 'Ketamina' })).toHaveAttribute('href', '/es/categories/ketamina');
  await expect(page.locator('.key-points h2')).toHaveText('Puntos clave');
  await expect(page.locator('.byline')).toContainText('Por Katie Coon');
  await expect(page.locator('.byline a')).toHaveAttribute('href', '/es/authors/katie-coon');
  const paths = { en: EN_ARTICLE, es: ES_ARTICLE, 'x-default': EN_ARTICLE };
  expect(await hreflangs(page)).toEqual(paths);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${ES_ARTICLE}$`));
  const graph = await jsonLdNodes(page);
  expect(nodeOfType(graph, 'BlogPosting')).toMatchObject({ inLanguage: 'es', headline: ES_TITLE });
  expect(nodeOfType(graph, 'MedicalWebPage')).toMatchObject({ inLanguage: 'es' });
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_US');
  await page.locator('.language-links a').click();
  await expect(page).toHaveURL(new RegExp(`${EN_ARTICLE}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const spanish = page.locator('.language-links a');
  await expect(spanish).toHaveText('Español');
  await expect(spanish).toHaveAttribute('lang', 'es');
  await expect(spanish).toHaveAttribute('hreflang', 'es');
  expect(await hreflangs(page)).toEqual(paths);
  await expectNoAxeViolations(page, EN_ARTICLE);
});

test('a Spanish post without a translation has no language link and no alternates', async ({ page }) => {
  await page.goto('/es/blog/hablar-con-su-familia');
  await expect(page.locator('h1')).toHaveText('Cómo hablar con su familia sobre el tratamiento');
  await expect(page.locator('.language-links')).toHaveCount(0);
  expect(await hreflangs(page)).toEqual({});
  // Not about suicide: no crisis block of its own, but the Spanish crisis line in the footer.
  await expect(page.locator('#crisis-resources')).toHaveCount(0);
  await expect(page.locator('#crisis-line')).toContainText('Si está en crisis');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an unknown Spanish address answers 404 in Spanish, whole, with the Spanish crisis line', async ({ page }) => {
    for (const path of [
      '/es/blog/no-existe',
      '/es/no-existe',
      '/es/categories/ketamine',
      '/es/a/b/c',
      EN_ARTICLE.replace('/blog/', '/es/blog/'),
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.locator('h1')).toHaveText('No encontramos esa página');
      await expect(page.getByRole('link', { name: 'Ir a los artículos recientes' })).toHaveAttribute('href', '/es');
      await expect(page.locator('#crisis-line')).toContainText('Llame al 988 y oprima 2');
      await expect(page.locator('body')).not.toContainText(ENGLISH_CRISIS);
    }
    // An English address stays English.
    expect((await page.goto('/blog/no-such-post'))?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('We could not find that page');
  });

  test('the Spanish article reads whole at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(ES_ARTICLE);
    await expect(page.locator('.crisis-callout')).toBeInViewport();
    await expect(page.locator('.article-body')).toContainText('La ketamina es un medicamento');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('the Spanish topic, author, contact and locations pages are in Spanish', async ({ page }) => {
  await page.goto('/es/categories/ketamina');
  await expect(page.locator('h1')).toHaveText('Ketamina');
  await expect(page.locator('.language-links a')).toHaveAttribute('href', '/categories/ketamine');
  expect(await page.locator('.post-card h3').allInnerTexts()).toEqual(['Cómo hablar con su familia sobre el tratamiento', ES_TITLE]);

  await page.goto('/es/authors/katie-coon');
  await expect(page.locator('#author-articles')).toHaveText('Artículos de Katie Coon');
  expect(await page.locator('section[aria-labelledby="author-articles"] .post-card h3').allInnerTexts()).toEqual([ES_TITLE]);
  await expect(page.locator('.language-links a')).toHaveAttribute('href', '/authors/katie-coon');

  await page.goto('/es/contacto');
  await expect(page.locator('h1')).toHaveText('Contacto');
  await expect(page.locator('.language-links a')).toHaveAttribute('href', '/contact');
  await expect(page.getByRole('navigation', { name: 'Sobre la clínica' }).getByRole('link', { name: 'Contacto' })).toHaveAttribute(
    'href',
    '/es/contacto',
  );

  await page.goto('/es/locations/medical-center');
  await expect(page.locator('#hours')).toHaveText('Horario');
  await expect(page.locator('.opening-hours')).toContainText('lunes a viernes');
  await expect(page.locator('.opening-hours')).toContainText('a. m.');
  await expectNoAxeViolations(page, '/es/locations/medical-center');
});

test('Spanish feeds carry the Spanish posts; the sitemap lists both languages with their alternates', async ({ request }) => {
  const rss = await (await request.get('/es/feed.xml')).text();
  expect(rss).toContain('<language>es</language>');
  expect(rssItems(rss).map((i) => new URL(i.link).pathname)).toEqual(['/es/blog/hablar-con-su-familia', ES_ARTICLE]);
  const json = (await (await request.get('/es/feed.json')).json()) as { language: string; items: Array<{ url: string }> };
  expect(json.language).toBe('es');
  expect(json.items.map((i) => new URL(i.url).pathname)).toEqual(['/es/blog/hablar-con-su-familia', ES_ARTICLE]);
  // And the English feed has none of them.
  const english = rssItems(await (await request.get('/feed.xml')).text()).map((i) => new URL(i.link).pathname);
  expect(english.some((p) => p.startsWith('/es/'))).toBe(false);

  const xml = await (await request.get('/sitemap.xml')).text();
  expect(validateSitemap(xml)).toBe('');
  const locs = sitemapUrls(xml).map((u) => new URL(u.loc).pathname);
  for (const path of [
    '/es',
    ES_ARTICLE,
    '/es/blog/hablar-con-su-familia',
    '/es/categories/ketamina',
    '/es/contacto',
    '/es/authors/katie-coon',
  ]) {
    expect(locs).toContain(path);
  }
  // The translated article's entry names both languages and x-default.
  const block = xml.split('<url>').find((u) => u.includes(`${ES_ARTICLE}</loc>`)) ?? '';
  expect(block).toMatch(new RegExp(`hreflang="en" href="[^"]*${EN_ARTICLE}"`));
  expect(block).toMatch(new RegExp(`hreflang="es" href="[^"]*${ES_ARTICLE}"`));
  expect(block).toMatch(new RegExp(`hreflang="x-default" href="[^"]*${EN_ARTICLE}"`));
});
