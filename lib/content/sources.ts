/**
 * Two content sources behind one interface, running the same GROQ strings (docs/ARCHITECTURE.md
 * "Data flow").
 */
import type { SanityClient } from 'next-sanity';
import { indexDataset, loadDataset, queryIndexed, type IndexedDataset } from './dataset';
import * as queries from '../queries';
import { reportLineFindings } from './report';
import { SANITY_GIVE_UP_MS } from './limits';
import { redact } from '../security/redact';

/**
 * The time-based fallback: pages are revalidated on demand by the webhook; should a webhook be lost,
 * no page stays older than this.
 */
export const REVALIDATE_SECONDS = 3600;

export type QueryParams = Record<string, string | number | boolean | string[]>;

export interface ContentSource {
  readonly kind: 'local' | 'sanity';
  /** A key that changes when the content behind the source may have changed without a webhook. */
  readonly version: () => string;
  query(query: string, params: QueryParams, tags: string[]): Promise<unknown>;
}

const listResults = new WeakMap<IndexedDataset, Map<string, Promise<unknown>>>();

/**
 * The embedded dataset: groq-js over an NDJSON file, kept in memory and indexed (lib/content/dataset.ts)
 * until the file changes. Published: drafts and other dotted ids are never visible.
 *
 * A query without parameters (the lists: post cards, authors, categories, settings) is answered once
 * per version of the file and the same result object handed to every caller: at 5,000 posts the post
 * cards take 200–280 ms to compute, and nearly every page of a build lists them (bench/RESULTS.md,
 * "Cache layers"). Callers must not mutate results. Per-slug queries run each time: through the slug
 * index they take about a millisecond.
 */
export function createLocalSource(file: string, perspective: 'published' | 'drafts' = 'published'): ContentSource {
  return {
    kind: 'local',
    version: () => {
      const dataset = loadDataset(file);
      return `${dataset.file}@${dataset.loadedAt}`;
    },
    async query(query, params) {
      const dataset = loadDataset(file);
      reportLineFindings(dataset.file, dataset.findings);
      const index = indexDataset(dataset, perspective);
      if (Object.keys(params).length > 0) return queryIndexed(index, query, params);
      let results = listResults.get(index);
      if (!results) listResults.set(index, (results = new Map()));
      let result = results.get(query);
      if (!result) {
        result = queryIndexed(index, query);
        results.set(query, result);
        // A failed query is not kept: the next caller tries again.
        result.catch(() => results.delete(query));
      }
      return result;
    },
  };
}

const queryNames = new Map<string, string>(
  Object.entries(queries).flatMap(([name, value]) => (typeof value === 'string' ? [[value, name] as const] : [])),
);

/** The name a query has in lib/queries.ts, for logs. */
function queryName(query: string): string {
  return queryNames.get(query) ?? `query "${query.replace(/\s+/g, ' ').trim().slice(0, 60)}…"`;
}

/** Why a request failed, in one line: the HTTP status, the network error code, or the message. */
function failureCause(error: unknown): string {
  const e = error as {
    statusCode?: number;
    response?: { statusCode?: number };
    code?: string;
    message?: string;
    cause?: { code?: string };
  };
  const status = e?.statusCode ?? e?.response?.statusCode;
  if (status) return `HTTP ${status}`;
  const code = e?.code ?? e?.cause?.code;
  // The request URL (with the whole query) adds nothing the query's name does not say.
  const message = (e?.message ?? String(error)).split('\n')[0].replace(/ (on request )?to https?:\/\/\S+/, '');
  return redact(code && !message.includes(code) ? `${code}: ${message}` : message);
}

/**
 * Runs a Content Lake request and, when it fails, logs one line naming the query, the host and the
 * cause before passing the error on (Next then keeps serving the last good page).
 */
async function logged<T>(client: SanityClient, query: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await run();
  } catch (error) {
    const host = new URL(client.config().url ?? 'https://api.sanity.io').origin;
    console.error(
      `[content] ${queryName(query)} failed after ${((Date.now() - started) / 1000).toFixed(1)} s against ${host}: ${failureCause(error)}`,
    );
    throw error;
  }
}

/** The Content Lake, with Next's data cache tags for on-demand revalidation. */
export function createSanitySource(client: SanityClient): ContentSource {
  return {
    kind: 'sanity',
    version: () => 'sanity',
    query(query, params, tags) {
      return logged(client, query, () =>
        client.fetch(query, params, {
          next: { tags, revalidate: REVALIDATE_SECONDS },
          cache: 'force-cache',
          // One bound for the whole request, retries included, whichever transport the client uses
          // (its `timeout` is per attempt; the outage tests saw it fire at 4.5 s).
          signal: AbortSignal.timeout(SANITY_GIVE_UP_MS),
        }),
      );
    },
  };
}

/**
 * Fetched fresh on every request, outside Next's data cache: draft mode (the drafts client, token and
 * perspective "drafts") and the proxy's index of existing URLs (the published client).
 */
export function createFreshSource(client: SanityClient): ContentSource {
  return {
    kind: 'sanity',
    version: () => 'fresh',
    query(query, params) {
      return logged(client, query, () =>
        client.fetch(query, params, { cache: 'no-store', signal: AbortSignal.timeout(SANITY_GIVE_UP_MS) }),
      );
    },
  };
}
