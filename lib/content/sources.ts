/**
 * Two content sources behind one interface, running the same GROQ strings (DESIGN.md "Data flow").
 */
import type { SanityClient } from 'next-sanity';
import { applyPerspective, loadDataset, queryDocuments } from './dataset';
import { reportDatasetProblems } from './report';

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

/** The embedded dataset: groq-js over an NDJSON file. Published: drafts and other dotted ids are never visible. */
export function createLocalSource(file: string, perspective: 'published' | 'drafts' = 'published'): ContentSource {
  return {
    kind: 'local',
    version: () => {
      const dataset = loadDataset(file);
      return `${dataset.file}@${dataset.loadedAt}`;
    },
    async query(query, params) {
      const dataset = loadDataset(file);
      reportDatasetProblems(dataset.file, dataset.problems);
      return queryDocuments(applyPerspective(dataset.documents, perspective), query, params);
    },
  };
}

/** The Content Lake, with Next's data cache tags for on-demand revalidation. */
export function createSanitySource(client: SanityClient): ContentSource {
  return {
    kind: 'sanity',
    version: () => 'sanity',
    query(query, params, tags) {
      return client.fetch(query, params, { next: { tags, revalidate: REVALIDATE_SECONDS }, cache: 'force-cache' });
    },
  };
}

/** Draft mode: the drafts client (token, perspective "drafts"), fetched fresh on every request. */
export function createPreviewSource(client: SanityClient): ContentSource {
  return {
    kind: 'sanity',
    version: () => 'preview',
    query(query, params) {
      return client.fetch(query, params, { cache: 'no-store' });
    },
  };
}
