/**
 * `npm run bench:load`: autocannon against `next start` on the production build in `.next` (run
 * `npm run build` first). 50 connections for 20 s on the seed article, the same article with a forged
 * draft-mode cookie (proxy.ts clears it and serves the static page: the two should match), the home
 * page and the sitemap, one after the other; prints requests/s, p50 and p99 latency, errors and non-2xx answers,
 * and exits 1 if any request failed or answered other than 2xx. A benchmark, not a test: it prints
 * numbers and never asserts a speed.
 *
 *   npm run bench:load [-- --connections 50 --seconds 20 --port 3210]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startNext, stop } from './server';
import { table } from './table';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const CONNECTIONS = Number(args.get('connections') ?? 50);
const SECONDS = Number(args.get('seconds') ?? 20);
const PORT = Number(args.get('port') ?? 3210);
const DIST = process.env.NEXT_DIST_DIR || '.next';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTICLE = '/blog/how-ketamine-assisted-psychotherapy-helps-reduce-suicidality';
const TARGETS: ReadonlyArray<readonly [name: string, route: string, headers?: Record<string, string>]> = [
  ['article', ARTICLE],
  ['article, forged draft cookie', ARTICLE, { cookie: '__prerender_bypass=forged-by-a-stranger' }],
  ['home', '/'],
  ['sitemap', '/sitemap.xml'],
];

async function main() {
  if (!existsSync(path.join(DIST, 'BUILD_ID'))) {
    console.error(`No production build in ${DIST}: run "npm run build" first.`);
    process.exit(2);
  }
  const server = await startNext(PORT);
  let failed = false;
  try {
    console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per target, next start on ${ORIGIN} (${DIST})\n`);
    const rows: string[][] = [['target', 'req/s (mean)', 'p50 ms', 'p99 ms', 'requests', 'errors', 'timeouts', 'non-2xx']];
    for (const [name, route, headers] of TARGETS) {
      // A few requests first, so a page rendered on first request is measured warm.
      for (let i = 0; i < 3; i += 1) await fetch(`${ORIGIN}${route}`, { headers }).then((r) => r.arrayBuffer());
      const result = await autocannon({ url: `${ORIGIN}${route}`, connections: CONNECTIONS, duration: SECONDS, headers });
      const non2xx = result.non2xx;
      if (result.errors > 0 || result.timeouts > 0 || non2xx > 0) failed = true;
      rows.push([
        `${name} ${route.length > 30 ? `${route.slice(0, 27)}…` : route}`,
        result.requests.average.toFixed(0),
        String(result.latency.p50),
        String(result.latency.p99),
        String(result.requests.total),
        String(result.errors),
        String(result.timeouts),
        String(non2xx),
      ]);
    }
    console.log(table(rows));
    console.log(failed ? '\nFAIL: some requests failed or answered other than 2xx.' : '\nAll requests answered 2xx.');
  } finally {
    await stop(server);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(`bench:load: ${error.message}`);
  process.exit(1);
});
