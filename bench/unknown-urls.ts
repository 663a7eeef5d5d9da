/**
 * What made-up addresses cost the server (proxy.ts and its index of existing URLs), part 6 of
 * `npm run bench`: on a throwaway copy of the seed build, the server's memory (its process tree) and
 * build directory before and after 10,000 distinct unknown article, author, category and page URLs
 * (and, as the control, after 10,000 requests for the article itself first: a server's heap grows to
 * its working size under any load, then stays), and the article's throughput with the index's check and without it (URL_INDEX=off). Without the
 * check a smaller flood is sent: Next alone renders and stores each unknown URL (about 116 kB of disk
 * apiece), and 10,000 of them would fill gigabytes.
 *
 *   npm run bench -- --only unknown
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bytesUnder } from '../tests/fixtures/disk';
import autocannon from 'autocannon';
import { treeRss } from './build-scaling';
import { startNext, stop } from './server';

const ARTICLE = '/blog/how-ketamine-assisted-psychotherapy-helps-reduce-suicidality';
const COPY = '.bench/unknown-urls';

/** `count` requests, `concurrency` at a time, for the URLs `url(i)` gives; the statuses seen. */
async function send(
  origin: string,
  count: number,
  url: (i: number) => string,
  concurrency = 16,
): Promise<{ seconds: number; statuses: Record<number, number> }> {
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const res = await fetch(`${origin}${url(next++)}`);
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, statuses };
}

/** `count` distinct unknown URLs over every dynamic route. */
function flood(origin: string, count: number) {
  const kinds = ['/blog/', '/authors/', '/categories/', '/page/'];
  return send(origin, count, (i) => {
    const kind = kinds[i % kinds.length];
    return `${kind}${kind === '/page/' ? 1_000 + i : `made-up-${i}-${Math.random().toString(36).slice(2)}`}`;
  });
}

export interface UnknownUrlRun {
  check: 'on' | 'off';
  urls: number;
  seconds: number;
  statuses: Record<number, number>;
  rssBeforeMB: number;
  /** After as many requests for the article (the control); null when not measured. */
  rssControlMB: number | null;
  rssAfterMB: number;
  diskGrowthMB: number;
  articleRps: number;
  articleP99: number;
}

export async function measureUnknownUrls(port: number, { urls = 10_000, urlsWithoutCheck = 1_000 } = {}): Promise<UnknownUrlRun[]> {
  const runs: UnknownUrlRun[] = [];
  for (const check of ['on', 'off'] as const) {
    rmSync(COPY, { recursive: true, force: true });
    cpSync('.next', COPY, { recursive: true, filter: (src) => path.relative('.next', src) !== 'cache' });
    const server = await startNext(port, { NEXT_DIST_DIR: COPY, URL_INDEX: check });
    const origin = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; i < 20; i += 1) await fetch(`${origin}${ARTICLE}`).then((r) => r.arrayBuffer());
      const count = check === 'on' ? urls : urlsWithoutCheck;
      const rssBefore = treeRss(server.pid!);
      let rssControl: number | null = null;
      if (check === 'on') {
        await send(origin, count, () => ARTICLE);
        rssControl = treeRss(server.pid!);
      }
      const diskBefore = bytesUnder(COPY);
      const { seconds, statuses } = await flood(origin, count);
      const rssAfter = treeRss(server.pid!);
      const diskAfter = bytesUnder(COPY);
      const load = await autocannon({ url: `${origin}${ARTICLE}`, connections: 50, duration: 10 });
      runs.push({
        check,
        urls: count,
        seconds,
        statuses,
        rssBeforeMB: rssBefore / 2 ** 20,
        rssControlMB: rssControl === null ? null : rssControl / 2 ** 20,
        rssAfterMB: rssAfter / 2 ** 20,
        diskGrowthMB: (diskAfter - diskBefore) / 2 ** 20,
        articleRps: load.requests.average,
        articleP99: load.latency.p99,
      });
    } finally {
      await stop(server);
      rmSync(COPY, { recursive: true, force: true });
    }
  }
  return runs;
}
