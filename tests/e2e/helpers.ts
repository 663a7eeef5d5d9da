import type { Page } from '@playwright/test';

/** Collects console errors, failed requests and any request that leaves the site. */
export function watchPage(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const offSite: string[] = [];
  const failed: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) offSite.push(url);
  });
  page.on('requestfailed', (req) => failed.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
  return { consoleErrors, offSite, failed };
}

/** Starts recording CSP violations (event and console) on every document the page loads; call the result to read them. */
export async function collectViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const consoleCsp: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) consoleCsp.push(msg.text());
  });
  return async () => [...((await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) ?? []), ...consoleCsp];
}

/**
 * The root font size at 200 % for one path, as a reader's browser setting would make it (all text is
 * sized in rem): the served HTML gets one style rule in its head.
 */
export async function withDoubleTextSize(page: Page, path: string) {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</head>', '<style>html{font-size:200% !important}</style></head>');
    await route.fulfill({ response, body: html });
  });
}
