/**
 * Query cost: the median time of each query in lib/queries.ts over 20 runs on the local source at
 * N posts (default 5,000; a synthetic dataset, bench/synthetic-dataset.ts). What is timed is the
 * engine a page's query goes through on a miss: the in-memory index and groq-js
 * (lib/content/dataset.ts queryIndexed). The local source additionally answers a list once per
 * version of the file (lib/content/sources.ts); that memo is not what is measured here.
 *
 *   node --import tsx bench/queries.ts [N] [--json]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { indexDataset, loadDataset, queryDocuments, queryIndexed } from '../lib/content/dataset';
import { selectAuthors, selectPostCards } from '../lib/content/select';
import { createLocalSource } from '../lib/content/sources';
import { parse } from 'groq-js';
import * as queries from '../lib/queries';
import { writeSyntheticDataset } from './synthetic-dataset';

export interface QueryCost {
  query: string;
  params: string;
  medianMs: number;
  p90Ms: number;
  resultBytes: number;
  usedByPages: boolean;
  /** Through the local source as a page calls it: lists come from the per-version memo. */
  servedMedianMs?: number;
}

const RUNS = 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];

export async function measureQueries(
  n: number,
): Promise<{ n: number; loadMs: number; indexMs: number; rows: QueryCost[]; layers: LayerCost[] }> {
  const file = path.resolve('.bench', `data-${n}.ndjson`);
  if (!existsSync(file)) writeSyntheticDataset(n, file);
  let t = performance.now();
  const dataset = loadDataset(file);
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = indexDataset(dataset, 'published');
  const indexMs = performance.now() - t;
  const slugs = [...(index.bySlug.get('post') ?? new Map()).keys()];
  const rows: QueryCost[] = [];
  for (const [name, query] of Object.entries(queries)) {
    if (typeof query !== 'string') continue;
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS + 2; run += 1) {
      // A different post on every run for per-slug queries (as a build walks the articles).
      const params = query.includes('$slug') ? { slug: slugs[(run * 997) % slugs.length] } : {};
      const started = performance.now();
      const result = await queryIndexed(index, query, params);
      const ms = performance.now() - started;
      if (run >= 2) times.push(ms); // two warm-up runs: the JIT, and the parsed query kept
      if (run === 2) bytes = Buffer.byteLength(JSON.stringify(result) ?? '');
    }
    let servedMedianMs: number | undefined;
    if (!query.includes('$slug')) {
      const source = createLocalSource(file);
      await source.query(query, {}, []);
      const served: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        await source.query(query, {}, []);
        served.push(performance.now() - started);
      }
      servedMedianMs = median(served);
    }
    rows.push({
      servedMedianMs,
      query: name,
      params: query.includes('$slug') ? '$slug (20 posts)' : '',
      medianMs: median(times),
      p90Ms: p90(times),
      resultBytes: bytes,
      // postsQuery (every post, whole) is content:check's; no page runs it.
      usedByPages: name !== 'postsQuery',
    });
  }
  return { n, loadMs, indexMs, rows, layers: await measureLayers(index, slugs, file) };
}

export interface LayerCost {
  layer: string;
  /** What a page pays with the layer, and what it would pay without it. */
  withMs: number;
  withoutMs: number;
}

async function timeMedian(run: (i: number) => unknown, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const started = performance.now();
    await run(i);
    if (i >= 2) times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * What each cache layer of the local source saves a page (docs/ARCHITECTURE.md, "Cache layers"),
 * and what the layers removed in issue 15 would have saved.
 */
async function measureLayers(index: ReturnType<typeof indexDataset>, slugs: string[], file: string): Promise<LayerCost[]> {
  const slug = (i: number) => ({ slug: slugs[(i * 997) % slugs.length] });
  const quiet = { error: console.error, warn: console.warn };
  const cards = await queryIndexed(index, queries.postCardsQuery);
  const authors = await queryIndexed(index, queries.authorsQuery);
  const source = createLocalSource(file);
  await source.query(queries.postCardsQuery, {}, []);
  console.error = console.warn = () => undefined;
  try {
    return [
      {
        layer: 'index: an article query (postBySlugQuery) through it / over every document',
        withMs: await timeMedian((i) => queryIndexed(index, queries.postBySlugQuery, slug(i))),
        withoutMs: await timeMedian((i) => queryDocuments(index.documents, queries.postBySlugQuery, slug(i)), 5),
      },
      {
        layer: 'list answers per file version: postCardsQuery served / run',
        withMs: await timeMedian(() => source.query(queries.postCardsQuery, {}, [])),
        withoutMs: await timeMedian(() => queryIndexed(index, queries.postCardsQuery), 5),
      },
      {
        layer: 'parsed post cards per answer: kept / parsed again',
        withMs: 0,
        withoutMs: await timeMedian(() => selectPostCards(cards), 5),
      },
      {
        layer: '(removed) parsed authors per answer: kept / parsed again',
        withMs: 0,
        withoutMs: await timeMedian(() => selectAuthors(authors)),
      },
      {
        layer: '(removed) parsed GROQ trees: kept / parsed again (postBySlugQuery)',
        withMs: 0,
        withoutMs: await timeMedian((i) => parse(queries.postBySlugQuery, { params: slug(i) })),
      },
    ];
  } finally {
    Object.assign(console, quiet);
  }
}

async function main() {
  const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5000);
  const result = await measureQueries(n);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(
    `Query cost at ${n} posts: load ${result.loadMs.toFixed(0)} ms, index ${result.indexMs.toFixed(0)} ms (once per file version)`,
  );
  for (const l of result.layers)
    console.log(`${l.layer.padEnd(78)} ${l.withMs.toFixed(3).padStart(9)} / ${l.withoutMs.toFixed(3).padStart(9)} ms`);
  for (const r of result.rows) {
    console.log(
      `${r.query.padEnd(22)} ${r.params.padEnd(17)} median ${r.medianMs.toFixed(2).padStart(8)} ms  p90 ${r.p90Ms.toFixed(2).padStart(8)} ms  served ${r.servedMedianMs === undefined ? '    same' : r.servedMedianMs.toFixed(3).padStart(8)}  ${String(r.resultBytes).padStart(10)} B${r.usedByPages ? '' : '  (content:check only)'}`,
    );
  }
}

if (process.argv[1]?.endsWith('queries.ts')) void main();
