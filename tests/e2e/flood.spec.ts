/**
 * A stranger's flood of made-up addresses costs the server nothing lasting (proxy.ts, the index of
 * existing URLs): 2,000 distinct unknown slugs across every dynamic route, against a copy of the
 * dataset build, all answered 404 with the complete page, and the build directory grows by less than
 * 5 MB (Next alone rendered and stored each one: 252 MB for 1,500). A post added to the dataset
 * without any webhook still gets its URL within seconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bytesUnder } from '../fixtures/disk';
import { expect, test } from '@playwright/test';
import { siteCopyPaths } from '../fixtures/serve-site-copy';
import { PORTS } from './servers';

test.describe.configure({ mode: 'serial' });

// The copy without a webhook secret: no other test edits its content.
const PORT = PORTS.publishNoSecret;
const ORIGIN = `http://127.0.0.1:${PORT}`;

test('2,000 distinct unknown slugs answer 404 and grow the build directory by less than 5 MB', async () => {
  test.setTimeout(180_000);
  const { distDir, log } = siteCopyPaths(PORT);
  const dir = path.resolve(distDir);
  const before = bytesUnder(dir, log);
  const kinds = ['/blog/', '/authors/', '/categories/', '/blog/x-', '/page/'];
  const paths = Array.from({ length: 2_000 }, (_, i) => {
    const kind = kinds[i % kinds.length];
    if (kind === '/page/') return `/page/${1_000 + i}`;
    if (kind === '/blog/x-') return `/blog/x-${i}-${Math.random().toString(36).slice(2)}/opengraph-image`;
    return `${kind}flood-${i}-${Math.random().toString(36).slice(2)}`;
  });
  const statuses = new Map<number, number>();
  let complete = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < paths.length) {
        const p = paths[next++];
        const res = await fetch(`${ORIGIN}${p}`);
        const html = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (html.includes('We could not find that page</h1>') && html.includes('href="tel:988"')) complete += 1;
      }
    }),
  );
  expect(Object.fromEntries(statuses)).toEqual({ 404: 2_000 });
  expect(complete).toBe(2_000);
  const grown = bytesUnder(dir, log) - before;
  console.log(`build directory grew by ${grown} bytes over 2,000 unknown URLs`);
  expect(grown).toBeLessThan(5 * 1024 * 1024);
  // And the site still answers.
  expect((await fetch(`${ORIGIN}/`)).status).toBe(200);
});

test('a post added without a webhook gets its URL once the index is a few seconds old', async () => {
  const file = siteCopyPaths(PORT).dataset;
  const lines = readFileSync(file, 'utf8').split('\n');
  const source = lines.flatMap((line) => {
    try {
      const doc = JSON.parse(line) as Record<string, unknown>;
      return doc._id === 'post-filler-1' ? [doc] : [];
    } catch {
      return [];
    }
  })[0];
  expect(source).toBeTruthy();
  const slug = 'found-without-a-webhook';
  expect((await fetch(`${ORIGIN}/blog/${slug}`)).status).toBe(404);
  const fresh = { ...source, _id: 'post-found-later', title: 'Found without a webhook', slug: { _type: 'slug', current: slug } };
  writeFileSync(file, `${readFileSync(file, 'utf8').replace(/\n?$/, '\n')}${JSON.stringify(fresh)}\n`);
  let status = 0;
  const until = Date.now() + 15_000;
  while (status !== 200 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1_000));
    status = (await fetch(`${ORIGIN}/blog/${slug}`)).status;
  }
  expect(status).toBe(200);
});
