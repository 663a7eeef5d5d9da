/**
 * Two content sources behind one interface, running the same GROQ strings (DESIGN.md "Data flow").
 */
import type { SanityClient } from 'next-sanity';
import { applyPerspective, loadDataset, queryDocuments } from './dataset';
import { reportDatasetProblems } from './report';

export type QueryParams = Record<string, string | number | boolean | string[]>;

export interface ContentSource {
  readonly kind: 'local' | 'sanity';
  /** A key that changes when the content behind the source may have changed without a webhook. */
  readonly version: () => string;
  query(query: string, params: QueryParams, tags: string[]): Promise<unknown>;
}

/** The embedded dataset: groq-js over an NDJSON file; drafts and other dotted ids are never visible. */
export function createLocalSource(file: string): ContentSource {
  return {
    kind: 'local',
    version: () => {
      const dataset = loadDataset(file);
      return `${dataset.file}@${dataset.loadedAt}`;
    },
    async query(query, params) {
      const dataset = loadDataset(file);
      reportDatasetProblems(dataset.file, dataset.problems);
      return queryDocuments(applyPerspective(dataset.documents, 'published'), query, params);
    },
  };
}

/** The Content Lake, with Next's data cache tags for on-demand revalidation. */
export function createSanitySource(client: SanityClient): ContentSource {
  return {
    kind: 'sanity',
    version: () => 'sanity',
    query(query, params, tags) {
      return client.fetch(query, params, { next: { tags }, cache: 'force-cache' });
    },
  };
}
