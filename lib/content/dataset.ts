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
