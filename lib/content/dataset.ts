/**
 * The embedded dataset: an NDJSON file in Sanity's export format, queried with groq-js (Sanity's own
 * GROQ engine). Used by the local source and by the test query endpoint; no Next.js imports here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { evaluate, parse } from 'groq-js';

export interface RawDocument {
  _id: string;
  _type: string;
  [key: string]: unknown;
}

export interface DatasetProblem {
  line: number;
  message: string;
}

export interface LoadedDataset {
  file: string;
  /** When this copy was read: a new value means the file changed. */
  loadedAt: number;
  documents: RawDocument[];
  problems: DatasetProblem[];
}

export const SEED_DATASET = path.join('sanity', 'seed', 'production.ndjson');

/** Parse NDJSON text. A malformed line is reported with its number and skipped; the rest loads. */
export function parseNdjson(text: string): { documents: RawDocument[]; problems: DatasetProblem[] } {
  const documents: RawDocument[] = [];
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  // A byte-order mark (some editors add one) must not cost the first document.
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ line: lineNumber, message: `is not valid JSON (${(error as Error).message})` });
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ line: lineNumber, message: 'is not a JSON object' });
      return;
    }
    const doc = value as Partial<RawDocument>;
    if (typeof doc._id !== 'string' || doc._id === '' || typeof doc._type !== 'string' || doc._type === '') {
      problems.push({ line: lineNumber, message: 'has no string "_id" and "_type"' });
      return;
    }
    if (seen.has(doc._id)) {
      problems.push({ line: lineNumber, message: `repeats _id "${doc._id}"; the first one is kept` });
      return;
    }
    seen.add(doc._id);
    documents.push(doc as RawDocument);
  });
  return { documents, problems };
}

const cache = new Map<string, { mtimeMs: number; size: number; dataset: LoadedDataset }>();

/** Load a dataset file, cached by path and modification time (a changed file is read again). */
export function loadDataset(file: string): LoadedDataset {
  const absolute = path.resolve(file);
  let stat;
  try {
    stat = statSync(absolute);
  } catch {
    throw new Error(`The dataset file ${absolute} does not exist. Set LOCAL_DATASET to an NDJSON export, or unset it to use the seed.`);
  }
  const hit = cache.get(absolute);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.dataset;
  const { documents, problems } = parseNdjson(readFileSync(absolute, 'utf8'));
  const dataset = { file: absolute, loadedAt: stat.mtimeMs, documents, problems };
  cache.set(absolute, { mtimeMs: stat.mtimeMs, size: stat.size, dataset });
  return dataset;
}

export type Perspective = 'published' | 'drafts' | 'previewDrafts' | 'raw';

/**
 * The documents a perspective sees, as the Content Lake does: "published" drops every id with a dot
 * (drafts.*, versions.*); "drafts" lays drafts over their published documents under the published id.
 */
export function applyPerspective(documents: RawDocument[], perspective: Perspective): RawDocument[] {
  if (perspective === 'raw') return documents;
  const published = documents.filter((doc) => !doc._id.includes('.'));
  if (perspective === 'published') return published;
  const byId = new Map(published.map((doc) => [doc._id, doc]));
  for (const doc of documents) {
    if (doc._id.startsWith('drafts.') && !doc._id.slice('drafts.'.length).includes('.')) {
      const id = doc._id.slice('drafts.'.length);
      byId.set(id, { ...doc, _id: id, _originalId: doc._id });
    }
  }
  return [...byId.values()];
}

/** Run a GROQ query over documents with groq-js. */
export async function queryDocuments(
  documents: RawDocument[],
  query: string,
  params: Record<string, unknown> = {},
): Promise<unknown> {
  const tree = parse(query, { params });
  const value = await evaluate(tree, { dataset: documents, params });
  return value.get();
}

/**
 * One perspective of a loaded dataset, indexed so a query does not scan every document: by _id (for
 * references: groq-js otherwise looks each `->` up by scanning the dataset), by _type and by post
 * slug. Built once per dataset version and perspective.
 */
export interface IndexedDataset {
  documents: RawDocument[];
  byId: Map<string, RawDocument>;
  byType: Map<string, RawDocument[]>;
  postsBySlug: Map<string, RawDocument[]>;
}

const indexes = new WeakMap<LoadedDataset, Map<Perspective, IndexedDataset>>();

export function indexDataset(dataset: LoadedDataset, perspective: Perspective): IndexedDataset {
  let byPerspective = indexes.get(dataset);
  if (!byPerspective) indexes.set(dataset, (byPerspective = new Map()));
  const hit = byPerspective.get(perspective);
  if (hit) return hit;
  const index = indexDocuments(applyPerspective(dataset.documents, perspective));
  byPerspective.set(perspective, index);
  return index;
}

/** The index of documents already seen through a perspective (not cached: indexDataset caches). */
export function indexDocuments(documents: RawDocument[]): IndexedDataset {
  const index: IndexedDataset = { documents, byId: new Map(), byType: new Map(), postsBySlug: new Map() };
  for (const doc of documents) {
    index.byId.set(doc._id, doc);
    const ofType = index.byType.get(doc._type);
    if (ofType) ofType.push(doc);
    else index.byType.set(doc._type, [doc]);
    const slug = (doc.slug as { current?: unknown } | undefined)?.current;
    if (doc._type === 'post' && typeof slug === 'string') {
      const withSlug = index.postsBySlug.get(slug);
      if (withSlug) withSlug.push(doc);
      else index.postsBySlug.set(slug, [doc]);
    }
  }
  return index;
}

/**
 * The documents a query's top-level filter can match, when its text says so: `*[_id == "x"…`,
 * `*[_type == "post" && slug.current == $slug…` and `*[_type == "t"…` (alone or followed by `&&`).
 * Only for queries with a single `*`: a sub-query would otherwise see the narrowed set. Anything else
 * gets every document; the result is the same either way, only the work differs.
 */
function candidates(index: IndexedDataset, query: string, params: Record<string, unknown>): RawDocument[] {
  const q = query.trim();
  if (q.split('*').length !== 2 || !q.startsWith('*[')) return index.documents;
  const byId = /^\*\[_id == "([^"\\]+)"\s*[\]&]/.exec(q);
  if (byId) {
    const doc = index.byId.get(byId[1]);
    return doc ? [doc] : [];
  }
  if (/^\*\[_type == "post" && slug\.current == \$slug\s*[\]&]/.test(q) && typeof params.slug === 'string') {
    return index.postsBySlug.get(params.slug) ?? [];
  }
  const byType = /^\*\[_type == "([^"\\]+)"\s*(?:\]|&&)/.exec(q);
  if (byType) return index.byType.get(byType[1]) ?? [];
  return index.documents;
}

const trees = new Map<string, ReturnType<typeof parse>>();

/**
 * Run a GROQ query with groq-js over an indexed dataset: the same answer as queryDocuments over
 * index.documents, with references resolved through the _id map and the top-level filter given only
 * the documents it can match. Parsed queries are kept (the site has a handful).
 */
export async function queryIndexed(index: IndexedDataset, query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const key = Object.keys(params).length === 0 ? query : `${query}\u0000${JSON.stringify(params)}`;
  let tree = trees.get(key);
  if (!tree) {
    tree = parse(query, { params });
    // Per-slug trees would grow without bound over a long run; keep the parameterless ones.
    if (Object.keys(params).length === 0) trees.set(key, tree);
  }
  const value = await evaluate(tree, {
    dataset: candidates(index, query, params),
    params,
    dereference: ({ _ref }) => index.byId.get(_ref) ?? null,
  });
  return value.get();
}
