/**
 * `npm run bench`: every performance number of the project in one table (bench/RESULTS.md records a
 * run). Numbers, never pass/fail: the byte budgets are asserted by the test suite instead.
 *
 *   1. Page weight of the seed article vs a bare App Router page of the same Next (bench/bare-app.ts,
 *      the framework floor) and the site's own 404, with the article's scripts chunk by chunk
 *   2. Build scaling with synthetic datasets (bench/build-scaling.ts)
 *   3. Query cost at 5,000 posts on the local source (bench/queries.ts)
 *   4. Lighthouse 12.2.3 on the article, mobile and desktop, median of 3; mobile once more with the
 *      throttling applied to the browser instead of simulated, and a bare App Router page of the
 *      same Next (bench/bare-app.ts) as the framework's own floor
 *   5. Throughput: next start against a plain static file server with the same HTML (autocannon)
 *   6. Unknown URLs: server memory and build directory before and after 10,000 made-up addresses,
 *      and the article's throughput with and without the proxy's check (bench/unknown-urls.ts)
 *   7. Import: content:import of a WordPress export of 1,000 posts (bench/import.ts)
 *
 *   npm run bench [-- --only weight,queries,lighthouse,throughput,builds,unknown,import] [-- --sizes 100,1000]
 *
 * Needs the production build of the seed in .next (npm run build; built here if missing) and, for
 * Lighthouse, Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { pageWeight, type PageWeight } from '../tests/e2e/weight';
import { startBareApp } from './bare-app';
import { buildOnce, type BuildResult } from './build-scaling';
import { measureImport } from './import';
import { measureQueries } from './queries';
import { measureUnknownUrls } from './unknown-urls';
import { startNext, stop, waitFor } from './server';
import { table } from './table';

const ARTICLE = '/blog/how-ketamine-assisted-psychotherapy-helps-reduce-suicidality';
const FLOOR = '/no-such-page';
const NEXT_PORT = 3220;
const STATIC_PORT = 3221;
const BARE_PORT = 3222;
const ORIGIN = `http://127.0.0.1:${NEXT_PORT}`;

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ONLY = new Set((arg('only') ?? 'weight,queries,lighthouse,throughput,builds,unknown,import').split(','));
const SIZES = (arg('sizes') ?? '100,1000,5000').split(',').map(Number);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/**
 * One Lighthouse run. `simulate` is Lighthouse's default: the page loads at full speed and Lantern
 * estimates the throttled timings from the trace. `devtools` applies the same network and CPU
 * throttling to the browser, so the timings are what the throttled browser did.
 */
function lighthouse(url: string, preset: 'mobile' | 'desktop', throttling: 'simulate' | 'devtools' = 'simulate'): LighthouseRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lh-'));
  const out = path.join(dir, 'report.json');
  const result = spawnSync(
    path.resolve('node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      `--throttling-method=${throttling}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed: ${result.stderr.slice(-500)}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue: number }>;
  };
  const score = (k: string) => Math.round(report.categories[k].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: report.audits['first-contentful-paint'].numericValue,
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    tbtMs: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
  };
}

async function cannon(url: string) {
  const r = await autocannon({ url, connections: 50, duration: 20 });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** A fresh `next start` on the seed build for one part of the bench (Lighthouse's Chrome runs between parts). */
async function withNext(part: () => Promise<void>): Promise<void> {
  const server: ChildProcess = await startNext(NEXT_PORT);
  let stopping = false;
  server.on('exit', (code, signal) => {
    if (!stopping) console.error(`next start exited during the bench (code ${code}, signal ${signal})`);
  });
  try {
    await part();
  } finally {
    stopping = true;
    await stop(server);
  }
}

async function main() {
  const report: string[] = [
    `npm run bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  ];
  if ((ONLY.has('weight') || ONLY.has('lighthouse') || ONLY.has('throughput') || ONLY.has('unknown')) && !existsSync('.next/BUILD_ID')) {
    console.error('No production build in .next: building the seed (npm run build)…');
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(1);
  }
  if (ONLY.has('weight')) {
    const bareServer = await startBareApp(BARE_PORT);
    let bare: PageWeight;
    try {
      bare = await pageWeight(`http://127.0.0.1:${BARE_PORT}`, '/');
    } finally {
      await stop(bareServer);
    }
    await withNext(async () => {
      const article = await pageWeight(ORIGIN, ARTICLE);
      const notFound = await pageWeight(ORIGIN, FLOOR);
      const row = (label: string, w: PageWeight) => [
        label,
        `${w.htmlBytes} B`,
        `${w.htmlGzip} B`,
        String(w.scripts.length),
        `${w.scriptGzip} B`,
      ];
      const ratio = (label: string, floor: PageWeight) => [
        label,
        '',
        '',
        '',
        `${(article.scriptGzip / floor.scriptGzip).toFixed(3)}× (+${article.scriptGzip - floor.scriptGzip} B)`,
      ];
      // Each chunk of the article, and whether the bare page ships a chunk of the same bytes.
      const bareBytes = new Set(bare.scriptSizes.map((c) => `${c.raw}/${c.gzip}`));
      const chunks = article.scriptSizes.map((c) => [
        c.src.replace(/^.*\//, ''),
        `${c.raw} B`,
        `${c.gzip} B`,
        bareBytes.has(`${c.raw}/${c.gzip}`) ? 'same bytes as a bare-page chunk' : '',
      ]);
      report.push(
        '\n1. Page weight (gzip unless raw)\n' +
          table([
            ['page', 'HTML raw', 'HTML gzip', 'scripts', 'first-load JS gzip'],
            row('seed article', article),
            row('bare App Router page (floor)', bare),
            row('site 404 (same build)', notFound),
            ratio('article / bare page', bare),
            ratio('article / site 404', notFound),
          ]) +
          "\n\nThe article's scripts\n" +
          table([['chunk', 'raw', 'gzip', ''], ...chunks]),
      );
      console.log(report.at(-1));
    });
  }
  if (ONLY.has('lighthouse')) {
    const rows = [['Lighthouse 12.2.3 (median of 3)', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'perf runs']];
    const row = (label: string, runs: LighthouseRun[]) => {
      const m = (k: keyof LighthouseRun) => median(runs.map((r) => r[k]));
      rows.push([
        label,
        String(m('performance')),
        String(m('accessibility')),
        String(m('bestPractices')),
        String(m('seo')),
        `${m('fcpMs').toFixed(0)} ms`,
        `${m('lcpMs').toFixed(0)} ms`,
        `${m('tbtMs').toFixed(0)} ms`,
        m('cls').toFixed(3),
        runs.map((r) => r.performance).join('/'),
      ]);
    };
    const three = (url: string, preset: 'mobile' | 'desktop', throttling?: 'simulate' | 'devtools') =>
      [0, 1, 2].map(() => lighthouse(url, preset, throttling));
    await withNext(async () => {
      row('article, mobile', three(`${ORIGIN}${ARTICLE}`, 'mobile'));
      row('article, desktop', three(`${ORIGIN}${ARTICLE}`, 'desktop'));
      row('article, mobile, throttling applied', three(`${ORIGIN}${ARTICLE}`, 'mobile', 'devtools'));
    });
    const bare = await startBareApp(BARE_PORT);
    try {
      row('bare App Router page, mobile (floor)', three(`http://127.0.0.1:${BARE_PORT}/`, 'mobile'));
    } finally {
      await stop(bare);
    }
    report.push(`\n4. Lighthouse\n${table(rows)}`);
    console.log(report.at(-1));
  }
  if (ONLY.has('throughput')) {
    await withNext(async () => {
      // The same HTML the article answers with, from a plain static file server in its own process.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'static-'));
      writeFileSync(path.join(dir, 'index.html'), await (await fetch(`${ORIGIN}${ARTICLE}`)).text());
      const staticServer = spawn(process.execPath, ['--import', 'tsx', path.resolve('bench/static-server.ts'), dir, String(STATIC_PORT)], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      try {
        await waitFor(`http://127.0.0.1:${STATIC_PORT}/index.html`, staticServer);
        for (let i = 0; i < 3; i += 1) await fetch(`${ORIGIN}${ARTICLE}`).then((r) => r.arrayBuffer());
        const next = await cannon(`${ORIGIN}${ARTICLE}`);
        const plain = await cannon(`http://127.0.0.1:${STATIC_PORT}/index.html`);
        report.push(
          '\n5. Throughput (autocannon, 50 connections × 20 s, the pre-rendered article)\n' +
            table([
              ['server', 'req/s', 'p50', 'p99', 'errors+non-2xx'],
              ['next start', next.rps.toFixed(0), `${next.p50} ms`, `${next.p99} ms`, String(next.errors)],
              ['static file server', plain.rps.toFixed(0), `${plain.p50} ms`, `${plain.p99} ms`, String(plain.errors)],
              ['next / static', (next.rps / plain.rps).toFixed(2), '', '', ''],
            ]),
        );
        console.log(report.at(-1));
      } finally {
        await stop(staticServer);
      }
    });
  }
  if (ONLY.has('unknown')) {
    const runs = await measureUnknownUrls(NEXT_PORT);
    report.push(
      '\n6. Unknown URLs (a copy of the seed build; distinct made-up article, author, category and page URLs, 16 at a time; then the article, 50 connections × 10 s)\n' +
        table([
          [
            'index check',
            'unknown URLs',
            'answered',
            'time',
            'server memory: start → after as many article requests → after the unknown URLs',
            'build dir growth',
            'article req/s',
            'article p99',
          ],
          ...runs.map((r) => [
            r.check === 'on' ? 'on (proxy.ts)' : 'off (URL_INDEX=off)',
            r.urls.toLocaleString('en-US'),
            Object.entries(r.statuses)
              .map(([status, n]) => `${n} × ${status}`)
              .join(', '),
            `${r.seconds.toFixed(1)} s (${(r.urls / r.seconds).toFixed(0)}/s)`,
            `${r.rssBeforeMB.toFixed(0)} → ${r.rssControlMB === null ? '(not sent)' : r.rssControlMB.toFixed(0)} → ${r.rssAfterMB.toFixed(0)} MB`,
            `${r.diskGrowthMB.toFixed(2)} MB`,
            r.articleRps.toFixed(0),
            `${r.articleP99} ms`,
          ]),
        ]),
    );
    console.log(report.at(-1));
  }
  if (ONLY.has('queries')) {
    const q = await measureQueries(5000);
    report.push(
      `\n3. Query cost at ${q.n} posts, local source (dataset loaded in ${q.loadMs.toFixed(0)} ms and indexed in ${q.indexMs.toFixed(0)} ms once per file version)\n` +
        table([
          ['query', 'params', 'engine median', 'engine p90', 'as pages get it', 'result'],
          ...q.rows.map((r) => [
            r.query + (r.usedByPages ? '' : ' (content:check)'),
            r.params,
            `${r.medianMs.toFixed(2)} ms`,
            `${r.p90Ms.toFixed(2)} ms`,
            r.servedMedianMs === undefined ? 'same' : `${r.servedMedianMs.toFixed(3)} ms`,
            kb(r.resultBytes),
          ]),
        ]) +
        `\n\nCache layers of the local source: what a page pays with each, and without it\n` +
        table([
          ['layer', 'with', 'without'],
          ...q.layers.map((l) => [l.layer, `${l.withMs.toFixed(3)} ms`, `${l.withoutMs.toFixed(2)} ms`]),
        ]),
    );
    console.log(report.at(-1));
  }
  if (ONLY.has('import')) {
    const cost = measureImport(1000);
    report.push(
      `\n7. Import: npm run content:import of a WordPress export of ${cost.posts} posts (${kb(cost.exportBytes)}; every post with headings, nested lists, a table, shortcodes, an embed, images and references)\n` +
        table([
          ['posts', 'wall time', 'posts/s', 'documents written'],
          [String(cost.posts), `${cost.seconds.toFixed(1)} s`, (cost.posts / cost.seconds).toFixed(0), String(cost.documents)],
        ]),
    );
    console.log(report.at(-1));
  }
  if (ONLY.has('builds')) {
    const results: BuildResult[] = [];
    for (const n of SIZES) {
      const r = await buildOnce(n);
      results.push(r);
      console.log(`  built N=${n}: ${r.wallS.toFixed(1)} s${r.ok ? '' : ' (FAILED)'}`);
    }
    report.push(
      '\n2. Build scaling (next build, local source, synthetic datasets: 20 authors, 200 citations)\n' +
        table([
          ['posts', 'dataset', 'wall time', 'static generation', 'pages', 'ms/page', 'peak memory (tree)'],
          ...results.map((r) => [
            String(r.n),
            `${r.datasetMB.toFixed(1)} MB`,
            `${r.wallS.toFixed(1)} s${r.ok ? '' : ' FAILED'}`,
            `${r.generateS.toFixed(1)} s (${r.workers} worker${r.workers === 1 ? '' : 's'})`,
            String(r.pages),
            r.msPerPage.toFixed(1),
            `${r.peakMB.toFixed(0)} MB`,
          ]),
        ]),
    );
    console.log(report.at(-1));
  }
  console.log(`\n${'='.repeat(40)}\n${report.join('\n')}`);
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
