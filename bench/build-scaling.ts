/**
 * Build scaling: `next build` on the local source with synthetic datasets of N posts
 * (bench/synthetic-dataset.ts: bodies like the seed, 20 authors, 200 citations). For each N: wall
 * time, Next's static generation time, pages generated, ms per page (generation time / pages: the
 * compile and type-check steps before it cost the same at any N), and the peak memory of the whole
 * process tree (the build and its workers, summed, sampled every 100 ms from /proc).
 *
 *   node --import tsx bench/build-scaling.ts [N ...]        (default 100 1000 5000)
 *
 * Builds into .next-bench (removed afterwards); tsconfig.json is restored after each build (Next
 * adds the build's type folder to it).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSyntheticDataset } from './synthetic-dataset';

export interface BuildResult {
  n: number;
  datasetMB: number;
  wallS: number;
  /** Next's own "Generating static pages … in" time: the part that grows with the content. */
  generateS: number;
  workers: number;
  pages: number;
  /** Static generation time per page generated. */
  msPerPage: number;
  peakMB: number;
  ok: boolean;
}

const DIST = '.next-bench';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function buildOnce(n: number, { quiet = true } = {}): Promise<BuildResult> {
  const data = path.resolve('.bench', `data-${n}.ndjson`);
  const { bytes } = existsSync(data) ? { bytes: readFileSync(data).length } : writeSyntheticDataset(n, data);
  rmSync(DIST, { recursive: true, force: true });
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST, LOCAL_DATASET: data, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NEXT_PUBLIC_SANITY_PROJECT_ID;
  const started = performance.now();
  const child = spawn(path.resolve('node_modules/.bin/next'), ['build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const wallS = (performance.now() - started) / 1000;
  writeFileSync('tsconfig.json', tsconfig);
  if (code !== 0 && !quiet) console.error(log.slice(-4000));
  let pages = 0;
  try {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
    pages = Object.keys(manifest.routes).length;
  } catch {
    pages = 0;
  }
  rmSync(DIST, { recursive: true, force: true });
  // "✓ Generating static pages using 1 worker (165/165) in 12.3s" (or "in 845ms", "in 4.1min")
  const gen = /Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ([\d.]+)(ms|s|min)\b/.exec(log);
  const generateS = gen ? Number(gen[4]) * { ms: 0.001, s: 1, min: 60 }[gen[5] as 'ms' | 's' | 'min'] : NaN;
  return {
    n,
    datasetMB: bytes / 1e6,
    wallS,
    generateS,
    workers: gen ? Number(gen[1]) : NaN,
    pages,
    msPerPage: pages ? (generateS * 1000) / pages : NaN,
    peakMB: peak / 1e6,
    ok: code === 0,
  };
}

async function main() {
  const ns = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  const json = process.argv.includes('--json');
  const results: BuildResult[] = [];
  for (const n of ns.length > 0 ? ns : [100, 1000, 5000]) {
    const r = await buildOnce(n, { quiet: json });
    results.push(r);
    if (!json) {
      console.log(
        `N=${String(n).padStart(5)}  dataset ${r.datasetMB.toFixed(1).padStart(5)} MB  build ${r.wallS.toFixed(1).padStart(6)} s  static generation ${r.generateS.toFixed(1).padStart(6)} s (${r.workers} worker)  ${String(r.pages).padStart(5)} pages  ${r.msPerPage.toFixed(1).padStart(6)} ms/page  peak ${r.peakMB.toFixed(0).padStart(5)} MB${r.ok ? '' : '  BUILD FAILED'}`,
      );
    }
  }
  if (json) console.log(JSON.stringify(results));
  if (results.some((r) => !r.ok)) process.exit(1);
}

if (process.argv[1]?.endsWith('build-scaling.ts')) void main();
