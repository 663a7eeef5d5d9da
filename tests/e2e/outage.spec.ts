/**
 * Outages of the Content Lake, offline: copies of the Sanity build read either a port nothing
 * listens on, or a query endpoint told to answer HTTP 500 or to stall. A signed webhook makes the
 * pages stale, so the next requests try to fetch: pages already generated keep answering 200 with
 * their last content, the fetch gives up within its bound, and the log names the query and the cause.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { encodeSignatureHeader } from '@sanity/webhook';
import { SANITY_GIVE_UP_MS } from '../../lib/content/limits';
import { siteCopyPaths } from '../fixtures/serve-site-copy';
import { DUMMY_READ_TOKEN, PORTS, PREVIEW_SECRET, REVALIDATE_SECRET } from './servers';

test.describe.configure({ mode: 'serial' });

const OUTAGE = `http://127.0.0.1:${PORTS.outage}`;
const CLOSED = `http://127.0.0.1:${PORTS.outageClosed}`;
const FAULTS = `http://127.0.0.1:${PORTS.faultyEndpoint}/__fault`;
const POST_PATH = '/blog/building-a-safety-plan';
const TITLE = 'Building a safety plan with your therapist';
const PAGES = [POST_PATH, '/', '/authors/ana-ruiz', '/categories/therapy', '/sitemap.xml', '/feed.xml'];

async function makeStale(request: APIRequestContext, origin: string) {
  const body = JSON.stringify({ _id: 'post-safety-plan', _type: 'post', slug: 'building-a-safety-plan' });
  const res = await request.post(`${origin}/api/revalidate`, {
    data: Buffer.from(body),
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), REVALIDATE_SECRET),
    },
  });
  expect(res.status()).toBe(200);
}

/** Every page type, three times over: always 200, the article always with its last title. */
async function expectServing(request: APIRequestContext, origin: string) {
  for (let round = 0; round < 3; round += 1) {
    for (const path of PAGES) {
      const res = await request.get(`${origin}${path}`, { timeout: 5_000 });
      expect(res.status(), `${path}, round ${round + 1}`).toBe(200);
      if (path === POST_PATH) expect(await res.text()).toContain(`>${TITLE}</h1>`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Waits (within a bound) for the server log to name a failed query and its cause. */
async function failureLine(port: number, cause: RegExp, since: number): Promise<{ line: string; seconds: number }> {
  const until = Date.now() + SANITY_GIVE_UP_MS + 15_000;
  for (;;) {
    const lines = readFileSync(siteCopyPaths(port).log, 'utf8').slice(since).split('\n');
    const line = lines.find(
      (l) => /^\[content\] \w+Query failed after [\d.]+ s against http:\/\/127\.0\.0\.1:\d+: /.test(l) && cause.test(l),
    );
    if (line) return { line, seconds: Number(/failed after ([\d.]+) s/.exec(line)![1]) };
    if (Date.now() > until) throw new Error(`no failure matching ${cause} in ${siteCopyPaths(port).log}:\n${lines.slice(-20).join('\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const logSize = (port: number) => readFileSync(siteCopyPaths(port).log, 'utf8').length;

test('the API host refuses connections: every generated page keeps answering 200 with its content', async ({ request }) => {
  await expectServing(request, CLOSED);
  const since = logSize(PORTS.outageClosed);
  await makeStale(request, CLOSED);
  await expectServing(request, CLOSED);
  const { line } = await failureLine(PORTS.outageClosed, /ECONNREFUSED/, since);
  expect(line).toContain(`against http://127.0.0.1:${PORTS.closedPort}`);
});

test('the API answers HTTP 500: pages keep their last content and the log names the query and the status', async ({ request }) => {
  await expectServing(request, OUTAGE);
  const since = logSize(PORTS.outage);
  expect((await request.post(FAULTS, { data: { mode: 'http500' } })).status()).toBe(200);
  try {
    await makeStale(request, OUTAGE);
    await expectServing(request, OUTAGE);
    const { line } = await failureLine(PORTS.outage, /HTTP 500/, since);
    expect(line).toMatch(
      /^\[content\] (postBySlugQuery|postDocumentIdsQuery|postCardsQuery|siteSettingsQuery|authorsQuery|categoriesQuery|urlIndexStampQuery) failed/,
    );
  } finally {
    await request.post(FAULTS, { data: { mode: 'none' } });
  }
});

test('the API stalls: the fetch gives up within its bound while readers get the last page at once', async ({ request }) => {
  const since = logSize(PORTS.outage);
  expect((await request.post(FAULTS, { data: { mode: 'slow' } })).status()).toBe(200);
  try {
    await makeStale(request, OUTAGE);
    // Each request is answered from the last good page (5 s request timeout in expectServing),
    // not held while the fetch waits on the stalled API.
    await expectServing(request, OUTAGE);
    const { seconds } = await failureLine(PORTS.outage, /abort|timed? ?out/i, since);
    // Bounded: the client's limit (timeout × attempts + retry delay), plus scheduling slack.
    expect(seconds).toBeLessThanOrEqual(SANITY_GIVE_UP_MS / 1000 + 2);
  } finally {
    await request.post(FAULTS, { data: { mode: 'none' } });
  }
});

test('when the API is back, a webhook brings the pages up to date again', async ({ request }) => {
  await makeStale(request, OUTAGE);
  await expectServing(request, OUTAGE);
});

test('no secret reaches the log: the read token, the preview secret and the webhook secret, through failed requests', async ({
  request,
}) => {
  const enable = (origin: string) =>
    request.get(
      `${origin}/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=${encodeURIComponent(POST_PATH)}`,
      { maxRedirects: 0 },
    );
  const since = { closed: logSize(PORTS.outageClosed), outage: logSize(PORTS.outage) };
  // Draft mode asks the API whether the preview secret is valid, with the read token: once against a
  // port nothing listens on, once against an API answering HTTP 500 (its error carries the query URL).
  const refused = await enable(CLOSED);
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  expect((await request.post(FAULTS, { data: { mode: 'http500' } })).status()).toBe(200);
  try {
    const failed = await enable(OUTAGE);
    expect(failed.status()).toBeGreaterThanOrEqual(400);
    expect(await failed.text()).not.toContain(PREVIEW_SECRET);
    await makeStale(request, OUTAGE);
    await expectServing(request, OUTAGE);
  } finally {
    await request.post(FAULTS, { data: { mode: 'none' } });
  }
  await makeStale(request, CLOSED);
  await expectServing(request, CLOSED);
  await failureLine(PORTS.outageClosed, /ECONNREFUSED/, since.closed);
  await failureLine(PORTS.outage, /HTTP 500/, since.outage);
  for (const [port, from] of [
    [PORTS.outageClosed, since.closed],
    [PORTS.outage, since.outage],
  ] as const) {
    const log = readFileSync(siteCopyPaths(port).log, 'utf8').slice(from);
    // The failures were logged, with what they were about…
    expect(log).toMatch(port === PORTS.outage ? /previewUrlSecret|HTTP 500|500/ : /ECONNREFUSED/);
    // …and no secret, however it is encoded.
    for (const secret of [DUMMY_READ_TOKEN, PREVIEW_SECRET, REVALIDATE_SECRET]) {
      for (const form of new Set([secret, encodeURIComponent(secret), encodeURIComponent(JSON.stringify(secret))])) {
        expect(log.includes(form), `port ${port}: the log holds ${form}`).toBe(false);
      }
    }
  }
});
