/**
 * Publishing and preview, end to end and offline: `next start` on copies of the dataset build and
 * its NDJSON file (tests/fixtures/serve-site-copy.ts), real signed webhooks from @sanity/webhook,
 * and draft mode through next-sanity against the local query endpoint.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { encodeSignatureHeader } from '@sanity/webhook';
import { siteCopyPaths } from '../fixtures/serve-site-copy';
import { collectViolations } from './helpers';
import { DUMMY_READ_TOKEN, PORTS, PREVIEW_SECRET, REVALIDATE_SECRET } from './servers';

test.describe.configure({ mode: 'serial' });

const PUBLISH = `http://127.0.0.1:${PORTS.publish}`;
const NO_SECRET = `http://127.0.0.1:${PORTS.publishNoSecret}`;
const SANITY = `http://127.0.0.1:${PORTS.sanity}`;
const DATASET = `http://127.0.0.1:${PORTS.dataset}`;

const POST_ID = 'post-safety-plan';
const POST_PATH = '/blog/building-a-safety-plan';
const TITLE = 'Building a safety plan with your therapist';
const AUTHOR_PATH = '/authors/ana-ruiz';

type Doc = Record<string, unknown> & { _id: string };

/** Rewrites one document of a served copy's NDJSON file, as an editor's publish would change it. */
function editDocument(port: number, id: string, change: (doc: Doc) => void) {
  const file = siteCopyPaths(port).dataset;
  const lines = readFileSync(file, 'utf8').split('\n');
  let found = false;
  const next = lines.map((line) => {
    if (!line.trim()) return line;
    let doc: Doc;
    try {
      doc = JSON.parse(line) as Doc;
    } catch {
      return line; // the fixture's deliberately malformed line stays as it is
    }
    if (doc._id !== id) return line;
    found = true;
    change(doc);
    return JSON.stringify(doc);
  });
  if (!found) throw new Error(`${id} is not in ${file}`);
  writeFileSync(file, next.join('\n'));
}

async function h1(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await res.text());
  return (match?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The page over `tries` requests, half a second apart: stale-while-revalidate may serve the old one first. */
async function readings(request: APIRequestContext, url: string, read: (body: string) => string, tries = 3) {
  const seen: string[] = [];
  for (let i = 0; i < tries; i += 1) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    seen.push(read(await res.text()));
    if (i < tries - 1) await new Promise((r) => setTimeout(r, 500));
  }
  return seen;
}

const titleOf = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';

async function webhook(request: APIRequestContext, origin: string, body: string, signature?: string) {
  const res = await request.post(`${origin}/api/revalidate`, {
    // A Buffer goes out byte for byte (Playwright would re-encode a string that is not valid JSON).
    data: Buffer.from(body),
    headers: { 'content-type': 'application/json', ...(signature ? { 'sanity-webhook-signature': signature } : {}) },
  });
  return { status: res.status(), json: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

const sign = (body: string, secret = REVALIDATE_SECRET) => encodeSignatureHeader(body, Date.now(), secret);

test('a signed webhook makes an edited title live within three requests; every bad one is refused and changes nothing', async ({
  request,
}) => {
  expect(await h1(request, `${PUBLISH}${POST_PATH}`)).toBe(TITLE);
  expect(await h1(request, `${NO_SECRET}${POST_PATH}`)).toBe(TITLE);

  const newTitle = `${TITLE}: updated ${Date.now()}`;
  for (const port of [PORTS.publish, PORTS.publishNoSecret]) editDocument(port, POST_ID, (doc) => (doc.title = newTitle));

  const payload = JSON.stringify({ _id: POST_ID, _type: 'post', slug: 'building-a-safety-plan' });
  const other = JSON.stringify({ _id: 'post-faq', _type: 'post', slug: 'faq' });
  const big = JSON.stringify({ _id: POST_ID, _type: 'post', slug: 'x'.repeat(70 * 1024) });
  const refusals: Array<[string, string, () => Promise<{ status: number }>, number]> = [
    ['no secret on the server', NO_SECRET, async () => webhook(request, NO_SECRET, payload, await sign(payload)), 401],
    ['no signature', PUBLISH, () => webhook(request, PUBLISH, payload), 401],
    [
      'a signature made with the wrong secret',
      PUBLISH,
      async () => webhook(request, PUBLISH, payload, await sign(payload, 'not-the-secret-0123456789')),
      401,
    ],
    ['a signature of a different body', PUBLISH, async () => webhook(request, PUBLISH, payload, await sign(other)), 401],
    ['a garbled signature header', PUBLISH, () => webhook(request, PUBLISH, payload, 't=1,v1=garbage'), 401],
    [
      'signed malformed JSON',
      PUBLISH,
      async () => webhook(request, PUBLISH, '{"_id": "post-safety-plan",', await sign('{"_id": "post-safety-plan",')),
      400,
    ],
    ['a signed body that is not the projection', PUBLISH, async () => webhook(request, PUBLISH, '{"id": 1}', await sign('{"id": 1}')), 400],
    ['an oversized body', PUBLISH, async () => webhook(request, PUBLISH, big, await sign(big)), 413],
    [
      'a genuine delivery signed six minutes ago (a replay)',
      PUBLISH,
      async () => webhook(request, PUBLISH, payload, await encodeSignatureHeader(payload, Date.now() - 6 * 60_000, REVALIDATE_SECRET)),
      401,
    ],
    [
      'a signature dated two minutes ahead',
      PUBLISH,
      async () => webhook(request, PUBLISH, payload, await encodeSignatureHeader(payload, Date.now() + 2 * 60_000, REVALIDATE_SECRET)),
      401,
    ],
  ];
  for (const [what, origin, send, status] of refusals) {
    expect((await send()).status, what).toBe(status);
    // The file has changed, but without a valid webhook the page must not.
    expect(await readings(request, `${origin}${POST_PATH}`, titleOf), what).toEqual([TITLE, TITLE, TITLE]);
  }

  // A retry of a delivery first signed two minutes ago still counts.
  const accepted = await webhook(
    request,
    PUBLISH,
    payload,
    await encodeSignatureHeader(payload, Date.now() - 2 * 60_000, REVALIDATE_SECRET),
  );
  expect(accepted.status).toBe(200);
  expect(accepted.json).toEqual({
    revalidated: [`doc:${POST_ID}`, 'type:post'],
    id: POST_ID,
    type: 'post',
    slug: 'building-a-safety-plan',
  });
  const after = await readings(request, `${PUBLISH}${POST_PATH}`, titleOf);
  expect(after, 'the new title within three requests').toContain(newTitle);
  expect(after[after.length - 1]).toBe(newTitle);
  // Lists read posts too: the home page and the feed show the new title within a few requests.
  expect(await readings(request, `${PUBLISH}/`, (html) => (html.includes(newTitle) ? 'new' : 'old'))).toContain('new');
  expect(await readings(request, `${PUBLISH}/feed.xml`, (xml) => (xml.includes(newTitle) ? 'new' : 'old'))).toContain('new');
  // The server without a secret still shows what it showed.
  expect(await h1(request, `${NO_SECRET}${POST_PATH}`)).toBe(TITLE);
});

test('an author change reaches every page that shows the author', async ({ request }) => {
  const jobTitle = `Clinical Director ${Date.now()}`;
  editDocument(PORTS.publish, 'author-ana-ruiz', (doc) => (doc.jobTitle = jobTitle));
  const payload = JSON.stringify({ _id: 'author-ana-ruiz', _type: 'author', slug: 'ana-ruiz' });
  const res = await webhook(request, PUBLISH, payload, await sign(payload));
  expect(res.status).toBe(200);
  expect(res.json?.revalidated).toEqual(['doc:author-ana-ruiz', 'type:author']);
  for (const url of [`${PUBLISH}${POST_PATH}`, `${PUBLISH}${AUTHOR_PATH}`]) {
    expect(await readings(request, url, (html) => (html.includes(jobTitle) ? 'new' : 'old')), url).toContain('new');
  }
});

test('a post published after the build is served at its address once the webhook arrives', async ({ request }) => {
  const file = siteCopyPaths(PORTS.publish).dataset;
  const source = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => {
      try {
        return JSON.parse(line) as Doc;
      } catch {
        return null;
      }
    })
    .find((doc) => doc?._id === 'post-filler-1');
  expect(source).toBeTruthy();
  const fresh = {
    ...source!,
    _id: 'post-published-later',
    title: 'Sleep and mood: a short guide',
    slug: { _type: 'slug', current: 'sleep-and-mood' },
    publishedAt: '2026-11-01T09:00:00Z',
  };
  expect((await request.get(`${PUBLISH}/blog/sleep-and-mood`)).status()).toBe(404);
  writeFileSync(file, `${readFileSync(file, 'utf8').replace(/\n?$/, '\n')}${JSON.stringify(fresh)}\n`);
  const payload = JSON.stringify({ _id: fresh._id, _type: 'post', slug: 'sleep-and-mood' });
  expect((await webhook(request, PUBLISH, payload, await sign(payload))).status).toBe(200);
  const statuses: number[] = [];
  for (let i = 0; i < 3 && !statuses.includes(200); i += 1) {
    statuses.push((await request.get(`${PUBLISH}/blog/sleep-and-mood`)).status());
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(statuses).toContain(200);
  expect(await h1(request, `${PUBLISH}/blog/sleep-and-mood`)).toBe('Sleep and mood: a short guide');
  expect(await readings(request, `${PUBLISH}/`, (html) => (html.includes('Sleep and mood') ? 'listed' : 'absent'))).toContain('listed');
});

test('the draft-mode exit never redirects off the site', async ({ request }) => {
  const cases: Array<[string, string]> = [
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/blog/building-a-safety-plan', '/blog/building-a-safety-plan'],
  ];
  for (const [redirect, expected] of cases) {
    const res = await request.get(`${DATASET}/api/draft-mode/disable?redirect=${encodeURIComponent(redirect)}`, { maxRedirects: 0 });
    expect(res.status(), redirect).toBe(307);
    expect(res.headers().location, redirect).toBe(expected);
  }
  const none = await request.get(`${DATASET}/api/draft-mode/disable`, { maxRedirects: 0 });
  expect(none.headers().location).toBe('/');
});

test('draft mode cannot be entered without a project and token, nor with a wrong or missing secret', async ({ request }) => {
  // The local source has no preview at all.
  const local = await request.get(`${DATASET}/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}`, { maxRedirects: 0 });
  expect(local.status()).toBe(404);
  for (const query of ['', '?sanity-preview-secret=wrong-secret', `?sanity-preview-secret=${PREVIEW_SECRET.toUpperCase()}`]) {
    const res = await request.get(`${SANITY}/api/draft-mode/enable${query}`, { maxRedirects: 0 });
    expect(res.status(), query || '(no secret)').toBe(401);
    expect(res.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass');
  }
});

test('in draft mode pages show drafts, are noindex, carry the banner and the overlays; the exit restores the public page', async ({
  browser,
}) => {
  // The draft cookie is Secure (SameSite=None, for the Studio's frame): Chromium keeps Secure
  // cookies over plain http on localhost only, so this browser talks to localhost.
  const origin = SANITY.replace('127.0.0.1', 'localhost');
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto(POST_PATH);
  const publicScripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  await expect(page.locator('h1')).toHaveText(TITLE);
  await expect(page.getByText('Preview: unpublished changes')).toHaveCount(0);

  // A pathname off the site given to the enable route lands on the home page.
  const hostile = await context.request.get(
    `/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=${encodeURIComponent('//evil.example/x')}`,
    { maxRedirects: 0 },
  );
  expect(hostile.status()).toBe(307);
  expect(hostile.headers().location).toBe('/');
  await context.clearCookies();

  // As the Presentation tool opens it: the secret and the page to show.
  const enabled = await page.goto(
    `/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=${encodeURIComponent(POST_PATH)}`,
  );
  expect(new URL(page.url()).pathname).toBe(POST_PATH);
  expect(enabled?.status()).toBe(200);
  expect((await context.cookies()).find((c) => c.name === '__prerender_bypass')?.value).toBeTruthy();

  const violations = await collectViolations(page);
  const draftResponse = await page.goto(POST_PATH);
  await expect(page.locator('h1')).toHaveText('Building a safety plan with your therapist, revised in draft');
  // A draft-mode response is rendered per request, so it carries a nonce policy: no 'unsafe-inline',
  // a fresh nonce each time, and every script Next wrote carries it (the overlays load through
  // 'strict-dynamic' and raise no violation).
  const draftPolicy = draftResponse?.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(draftPolicy)?.[1];
  expect(nonce, draftPolicy).toBeTruthy();
  expect(draftPolicy).toContain("'strict-dynamic'");
  expect(/script-src ([^;]*)/.exec(draftPolicy)?.[1]).not.toContain('unsafe-inline');
  const scriptTags = ((await draftResponse?.text()) ?? '').match(/<script\b[^>]*>/g) ?? [];
  const executable = scriptTags.filter((tag) => !tag.includes('application/ld+json'));
  expect(executable.length).toBeGreaterThan(2);
  for (const tag of executable) expect(tag).toContain(`nonce="${nonce}"`);
  const again = (await context.request.get(POST_PATH)).headers()['content-security-policy'] ?? '';
  expect(again).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(again).not.toContain(`'nonce-${nonce}'`);
  await expect(page.getByText('Preview: unpublished changes')).toBeVisible();
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
  // A post that exists only as a draft can be previewed too.
  expect((await page.goto('/blog/draft-only'))?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Draft only');

  // The preview's client code (banner tools, overlays) is only in draft mode: it is in scripts this
  // page loads now, and in none of the scripts the public page loaded.
  await page.goto(POST_PATH);
  await page.waitForLoadState('networkidle');
  const draftScripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
  const extra = draftScripts.filter((src) => !publicScripts.includes(src));
  expect(extra.length, 'visual editing loads in draft mode').toBeGreaterThan(0);
  const mentions = async (srcs: string[]) => {
    const hits: string[] = [];
    for (const src of srcs) if ((await (await context.request.get(src)).text()).includes('VisualEditing')) hits.push(src);
    return hits;
  };
  expect((await mentions(draftScripts)).length, 'the overlays are loaded in draft mode').toBeGreaterThan(0);
  expect(await violations(), 'no CSP violation in draft mode').toEqual([]);
  expect(await mentions(publicScripts), 'no public script carries preview code').toEqual([]);

  // The exit needs no script: the route returns to the page it was followed from.
  await page.getByRole('link', { name: 'Exit preview' }).click();
  await expect(page).toHaveURL(`${origin}${POST_PATH}`);
  await expect(page.locator('h1')).toHaveText(TITLE);
  await expect(page.getByText('Preview: unpublished changes')).toHaveCount(0);
  expect((await context.cookies()).find((c) => c.name === '__prerender_bypass')?.value ?? '').toBe('');
  expect((await page.goto('/blog/draft-only'))?.status()).toBe(404);
  await context.close();
});

test('public pages never read drafts, and the read token is in no file the browser can download', async ({ request }) => {
  const html = await (await request.get(`${SANITY}${POST_PATH}`)).text();
  expect(html).not.toContain('revised in draft');
  expect(html).not.toContain(DUMMY_READ_TOKEN);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk('.next-sanity/static');
  expect(files.length).toBeGreaterThan(10);
  const leaking = files.filter((file) => readFileSync(file).includes(DUMMY_READ_TOKEN));
  expect(leaking).toEqual([]);
  // The token did reach the server build's environment at run time (this is what makes the test mean something).
  expect((await request.get(`${SANITY}/api/draft-mode/enable?sanity-preview-secret=wrong`, { maxRedirects: 0 })).status()).toBe(401);
});

test('a scheduled post comes out at its moment: hidden before, on every page within 60 s after, with no rebuild and no second webhook', async ({
  request,
}) => {
  test.setTimeout(150_000);
  const slug = 'sleep-hygiene-weeks-ahead';
  const title = 'Sleep hygiene for the weeks ahead';
  // The editor moves the post's date from 2099 to 30 s from now and publishes: the one webhook Sanity sends.
  const due = Date.now() + 30_000;
  editDocument(PORTS.publish, 'post-scheduled', (doc) => {
    doc.publishedAt = new Date(due).toISOString();
  });
  const payload = JSON.stringify({ _id: 'post-scheduled', _type: 'post', slug });
  expect((await webhook(request, PUBLISH, payload, await sign(payload))).status).toBe(200);

  const pages = ['/', '/categories/therapy', '/authors/katie-coon', '/sitemap.xml', '/feed.xml', '/feed.json'];
  const shows = async (path: string) => {
    const res = await request.get(`${PUBLISH}${path}`);
    return res.status() === 200 && (await res.text()).includes(slug);
  };
  // Before its moment: the article is a 404 and no list names it, however often they are asked.
  for (let i = 0; i < 3; i += 1) {
    expect((await request.get(`${PUBLISH}/blog/${slug}`)).status()).toBe(404);
    for (const path of pages) expect(await shows(path), path).toBe(false);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  expect(Date.now()).toBeLessThan(due);

  // After it: every page shows it within 60 s (stale-while-revalidate may serve the old page once).
  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
  const seenAt = new Map<string, number>();
  while (seenAt.size < pages.length + 1 && Date.now() < due + 60_000) {
    if (!seenAt.has('article') && (await request.get(`${PUBLISH}/blog/${slug}`)).status() === 200) seenAt.set('article', Date.now());
    for (const path of pages) if (!seenAt.has(path) && (await shows(path))) seenAt.set(path, Date.now());
    await new Promise((r) => setTimeout(r, 2_000));
  }
  expect([...seenAt.keys()].sort()).toEqual(['article', ...pages].sort());
  expect(await h1(request, `${PUBLISH}/blog/${slug}`)).toBe(title);
  console.log(
    `scheduled post: seen ${[...seenAt].map(([p, t]) => `${p} +${((t - due) / 1000).toFixed(1)} s`).join(', ')} after its moment`,
  );
});
